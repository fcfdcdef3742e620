package it.org.shoumi.portal.employees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.TestData;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.control.EmployeeSearch;
import org.shoumi.portal.employees.control.EmployeeSearch.SortField;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;

/** The roster query runs in the database: filters, sorting, paging, and the person behind a login. */
class EmployeesIT extends FromInside {

    @Inject
    TestData data;

    @Inject
    Employees employees;

    @Inject
    Accounts accounts;

    private String dept;
    private String prefix;

    /** A department of its own with five people, so the demo data and other tests do not interfere. */
    @BeforeEach
    void fiveColleagues() {
        String id = Long.toString(System.nanoTime(), 36).toUpperCase();
        dept = "D" + id;
        prefix = "T" + id.substring(Math.max(0, id.length() - 8));
        Department department = new Department(dept, "测试部门" + id, null);
        Post post = new Post("P" + id, "测试岗位", "Test post");
        LocalDate d = LocalDate.of(2020, 1, 1);
        data.persist(department, post,
                new Employee(prefix + "-1", "张三", department, post, SecrecyClass.CORE, EmployeeStatus.ACTIVE, d),
                new Employee(prefix + "-2", "李四", department, post, SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, d.plusDays(3)),
                new Employee(prefix + "-3", "王五", department, post, SecrecyClass.GENERAL, EmployeeStatus.LEFT_UNIT, d.plusDays(1)),
                new Employee(prefix + "-4", "张小花", department, post, SecrecyClass.NONE, EmployeeStatus.ACTIVE, d.plusDays(2)),
                new Employee(prefix + "-5", "百分名", department, post, SecrecyClass.GENERAL, EmployeeStatus.ONBOARDING, d.plusDays(4)));
    }

    private EmployeeSearch inDept(String name, SecrecyClass cls, EmployeeStatus status, SortField sort, boolean asc,
                                  int first, int size) {
        return new EmployeeSearch(null, name, dept, null, cls, status, sort, asc, first, size);
    }

    private static List<String> numbers(List<EmployeeRow> rows) {
        return rows.stream().map(EmployeeRow::getEmployeeNo).toList();
    }

    @Test
    void filtersByDepartmentNameClassAndStatus() {
        assertEquals(5, employees.count(inDept(null, null, null, null, true, 0, 20)));
        assertEquals(List.of(prefix + "-1", prefix + "-4"),
                numbers(employees.page(inDept("张", null, null, null, true, 0, 20))));
        assertEquals(List.of(prefix + "-3", prefix + "-5"),
                numbers(employees.page(inDept(null, SecrecyClass.GENERAL, null, null, true, 0, 20))));
        assertEquals(1, employees.count(inDept(null, null, EmployeeStatus.LEFT_UNIT, null, true, 0, 20)));
    }

    @Test
    void wildcardsInTheFilterAreTakenLiterally() {
        // no name holds % or _ (a name is letters), so a filter of them taken literally finds nobody; taken as
        // wildcards it would find all five
        assertEquals(List.of(), numbers(employees.page(inDept("%_", null, null, null, true, 0, 20))));
        assertEquals(List.of(), numbers(employees.page(inDept("_", null, null, null, true, 0, 20))));
    }

    @Test
    void sortsAndPagesOnTheServer() {
        List<EmployeeRow> newestFirst = employees.page(inDept(null, null, null, SortField.HIRE_DATE, false, 0, 2));
        assertEquals(List.of(prefix + "-5", prefix + "-2"), numbers(newestFirst));
        List<EmployeeRow> secondPage = employees.page(inDept(null, null, null, SortField.HIRE_DATE, false, 2, 2));
        assertEquals(List.of(prefix + "-4", prefix + "-3"), numbers(secondPage));
        EmployeeRow row = newestFirst.get(0);
        assertEquals("测试岗位", row.postIn("zh"));
        assertEquals("Test post", row.postIn("en"));
        assertTrue(row.departmentIn("en").startsWith("测试部门"), "no English name: the Chinese one is shown");
    }

    @Test
    void findsThePersonBehindALogin() throws Exception {
        String username = Deployments.uniqueName("li");
        data.inTransaction(em -> accounts.create(username, "Tide-Lamp-739".toCharArray(), Set.of(Role.EMPLOYEE),
                em.createNamedQuery(Employee.BY_NUMBER, Employee.class)
                        .setParameter("employeeNo", prefix + "-2").getSingleResult()));
        EmployeeRow me = employees.ofAccount(username).orElseThrow();
        assertEquals("李四", me.getName());
        assertEquals(SecrecyClass.IMPORTANT, me.getSecrecyClass());
    }

    @Test
    void theDemoUnitIsLoadedOnFirstStart() {
        // the demo's thirty staff numbers SM001–SM030 exactly: the roster's search matches "SM0" anywhere, and a
        // number another test drew at random (F1ABSM0X…) made it 31 now and then
        long demo = data.inTransaction(em -> em.createQuery("select count(e) from Employee e "
                + "where e.employeeNo like 'SM0__'", Long.class).getSingleResult());
        assertEquals(30, demo);
        assertTrue(employees.count(new EmployeeSearch("SM0", null, null, null, null, null, null, true, 0, 20)) >= 30,
                "the roster's search finds them");
        assertTrue(accounts.find("employee").isPresent());
        assertTrue(accounts.find("admin").isPresent());
    }
}
