package org.shoumi.portal.employees.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CompoundSelection;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.employees.control.EmployeeSearch;
import org.shoumi.content.text.Texts;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;

/** Reads the roster: paged, filtered and sorted in the database. */
@ApplicationScoped
@Boundary
public class Employees {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    public long count(EmployeeSearch search) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Employee> e = q.from(Employee.class);
        Join<Employee, Department> d = e.join("department");
        Join<Employee, Post> p = e.join("post");
        q.select(cb.count(e)).where(filters(cb, e, d, p, search));
        return em.createQuery(q).getSingleResult();
    }

    public List<EmployeeRow> page(EmployeeSearch search) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<EmployeeRow> q = cb.createQuery(EmployeeRow.class);
        Root<Employee> e = q.from(Employee.class);
        Join<Employee, Department> d = e.join("department");
        Join<Employee, Post> p = e.join("post");
        q.select(rowOf(cb, e, d, p)).where(filters(cb, e, d, p, search));
        Expression<?> sortKey = switch (search.sortField()) {
            case EMPLOYEE_NO -> e.get("employeeNo");
            case NAME -> e.get("name");
            case DEPARTMENT -> d.get("name");
            case POST -> p.get("name");
            case SECRECY_CLASS -> e.get("secrecyClass");
            case STATUS -> e.get("status");
            case HIRE_DATE -> e.get("hireDate");
        };
        // the staff number breaks ties so that paging is stable
        q.orderBy(search.ascending() ? cb.asc(sortKey) : cb.desc(sortKey), cb.asc(e.get("employeeNo")));
        return em.createQuery(q)
                .setFirstResult(search.first())
                .setMaxResults(search.pageSize())
                .getResultList();
    }

    /**
     * The people whose name or staff number contains the text (case-insensitively), by staff number, at most
     * {@code max}: the portal's search box for those who may see the roster.
     */
    public List<EmployeeRow> find(String text, int max) {
        // a staff number or name as an IME may type it (ＳＭ００２ is SM002)
        String t = text == null ? "" : Texts.halfWidth(text).strip();
        if (t.isEmpty()) {
            return List.of();
        }
        String pattern = EmployeeSearch.containsPattern(t.length() > EmployeeSearch.MAX_FILTER_LENGTH
                ? t.substring(0, EmployeeSearch.MAX_FILTER_LENGTH) : t);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<EmployeeRow> q = cb.createQuery(EmployeeRow.class);
        Root<Employee> e = q.from(Employee.class);
        Join<Employee, Department> d = e.join("department");
        Join<Employee, Post> p = e.join("post");
        q.select(rowOf(cb, e, d, p)).where(cb.or(cb.like(cb.lower(e.get("name")), pattern, '\\'),
                cb.like(cb.lower(e.get("employeeNo")), pattern, '\\'))).orderBy(cb.asc(e.get("employeeNo")));
        return em.createQuery(q).setMaxResults(Math.max(1, max)).getResultList();
    }

    /** A roster line read in the query itself, department and post joined (no lazy load per person). */
    private static CompoundSelection<EmployeeRow> rowOf(CriteriaBuilder cb,
            Root<Employee> e, Join<Employee, Department> d, Join<Employee, Post> p) {
        return cb.construct(EmployeeRow.class, e.get("id"), e.get("employeeNo"), e.get("name"),
                d.get("code"), d.get("name"), d.get("nameEn"),
                p.get("code"), p.get("name"), p.get("nameEn"),
                e.get("secrecyClass"), e.get("status"), e.get("hireDate"));
    }

    /** The roster entry of the person behind a login, if the account belongs to one. */
    public Optional<EmployeeRow> ofAccount(String username) {
        return personOf(username).map(Employees::row);
    }

    /**
     * The person behind a login, with department and post; empty for no login or a login without a person
     * (administrator, auditor). The one lookup every feature uses to find "me".
     */
    public Optional<Employee> personOf(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Employee.OF_ACCOUNT, Employee.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    /**
     * The name of the person behind every login that has one: for the records workbook, whose sheets each name who
     * recorded their entries (by login on some sheets, by name on others; outside check).
     */
    public LoginNames loginNames() {
        Map<String, String> names = new HashMap<>();
        em.createQuery("select a.username, e.name from Account a join a.employee e", Object[].class).getResultStream()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return new LoginNames(names);
    }

    /**
     * The names of the people behind some logins (or staff numbers, for what a person did themselves), to show who
     * did something by name; logins without a person (administrator, auditor, the system) keep their login.
     */
    public LoginNames namesOf(Collection<String> usernames) {
        List<String> wanted = usernames.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return LoginNames.NONE;
        }
        Map<String, String> names = new HashMap<>();
        em.createQuery("select a.username, e.name from Account a join a.employee e where a.username in :usernames",
                        Object[].class).setParameter("usernames", wanted).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        // a step a person took themselves is recorded under their staff number (the onboarding completed): by name
        List<String> rest = wanted.stream().filter(w -> !names.containsKey(w)).toList();
        if (!rest.isEmpty()) {
            em.createQuery("select e.employeeNo, e.name from Employee e where e.employeeNo in :numbers", Object[].class)
                    .setParameter("numbers", rest).getResultList()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return new LoginNames(names);
    }

    public Optional<EmployeeRow> byNumber(String employeeNo) {
        return Employee.byNumber(em, employeeNo)
                .getResultList().stream().findFirst().map(Employees::row);
    }

    /** The people of a department who have not left the unit, by staff number (whom a department move may take). */
    public List<EmployeeRow> stayingIn(String departmentCode) {
        return em.createQuery("select e from Employee e join fetch e.department d join fetch e.post "
                        + "where d.code = :d and e.status <> :left order by e.employeeNo", Employee.class)
                .setParameter("d", departmentCode).setParameter("left", EmployeeStatus.LEFT_UNIT).getResultStream()
                .map(Employees::row).toList();
    }

    /** The row of one person; call inside a transaction, it reads the department and post. */
    public static EmployeeRow row(Employee e) {
        Department d = e.getDepartment();
        Post p = e.getPost();
        return new EmployeeRow(e.getId(), e.getEmployeeNo(), e.getName(),
                d.getCode(), d.getName(), d.getNameEn(), p.getCode(), p.getName(), p.getNameEn(),
                e.getSecrecyClass(), e.getStatus(), e.getHireDate());
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<Employee> e, Join<Employee, Department> d,
                                       Join<Employee, Post> p, EmployeeSearch s) {
        List<Predicate> where = new ArrayList<>();
        if (s.employeeNo() != null) {
            where.add(cb.like(cb.lower(e.get("employeeNo")), EmployeeSearch.containsPattern(s.employeeNo()), '\\'));
        }
        if (s.name() != null) {
            where.add(cb.like(cb.lower(e.get("name")), EmployeeSearch.containsPattern(s.name()), '\\'));
        }
        if (s.departmentCode() != null) {
            where.add(cb.equal(d.get("code"), s.departmentCode()));
        }
        if (s.postCode() != null) {
            where.add(cb.equal(p.get("code"), s.postCode()));
        }
        if (s.secrecyClass() != null) {
            where.add(cb.equal(e.get("secrecyClass"), s.secrecyClass()));
        }
        if (s.status() != null) {
            where.add(cb.equal(e.get("status"), s.status()));
        }
        return where.toArray(Predicate[]::new);
    }
}
