package org.shoumi.portal.setup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.setup.control.FirstStartPlan.Mode;
import org.shoumi.portal.setup.control.FirstStartPlan.Step;

class LoadTestUsersTest {

    private final LocalDate today = LocalDate.of(2026, 11, 30);

    @Test
    void noneByDefault() {
        assertEquals(List.of(), LoadTestUsers.of(0, today));
    }

    @Test
    void numberedLoginsEachWithAPersonOfTheirOwnInPost() {
        List<LoadTestUsers.Spec> users = LoadTestUsers.of(500, today);
        assertEquals(500, users.size());
        assertEquals("bench0001", users.get(0).username());
        assertEquals("bench0500", users.get(499).username());
        assertEquals(500, users.stream().map(LoadTestUsers.Spec::username).distinct().count());
        assertEquals(500, users.stream().map(u -> u.person().employeeNo()).distinct().count());
        users.forEach(u -> {
            assertTrue(u.username().matches("[a-z0-9._-]+"), u.username());
            assertTrue(u.person().employeeNo().matches("[A-Za-z0-9-]{1,20}"), u.person().employeeNo());
            assertEquals(EmployeeStatus.ACTIVE, u.person().status());
            assertTrue(u.person().hireDate().isBefore(today));
        });
    }

    @Test
    void spreadEvenlyOverTheDemoDepartmentsInExistingPosts() {
        Map<String, Long> perDepartment = LoadTestUsers.of(700, today).stream()
                .collect(Collectors.groupingBy(u -> u.person().departmentCode(), Collectors.counting()));
        Set<String> departments = DemoOrganisation.DEPARTMENTS.stream().map(DemoOrganisation.DepartmentSpec::code)
                .collect(Collectors.toSet());
        assertEquals(departments, perDepartment.keySet());
        perDepartment.values().forEach(n -> assertEquals(100L, n));
        Set<String> posts = DemoOrganisation.POSTS.stream().map(DemoOrganisation.PostSpec::code)
                .collect(Collectors.toSet());
        LoadTestUsers.of(10, today).forEach(u -> assertTrue(posts.contains(u.person().postCode())));
    }

    @Test
    void theirNumbersDoNotClashWithTheDemoUnit() {
        Set<String> demo = DemoOrganisation.employees(today).stream().map(DemoOrganisation.EmployeeSpec::employeeNo)
                .collect(Collectors.toSet());
        Set<String> demoLogins = DemoOrganisation.ACCOUNTS.stream().map(DemoOrganisation.AccountSpec::username)
                .collect(Collectors.toSet());
        LoadTestUsers.of(LoadTestUsers.MAX, today).forEach(u -> {
            assertTrue(!demo.contains(u.person().employeeNo()), u.person().employeeNo());
            assertTrue(!demoLogins.contains(u.username()), u.username());
        });
    }

    @Test
    void aCountOutOfRangeStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> LoadTestUsers.of(-1, today));
        assertThrows(IllegalArgumentException.class, () -> LoadTestUsers.of(LoadTestUsers.MAX + 1, today));
    }

    @Test
    void onlyWithTheDemoUnitOnTheFirstStartNeverInProduction() {
        assertEquals(Set.of(Step.LOAD_DEMO_UNIT, Step.CREATE_LOAD_TEST_USERS),
                FirstStartPlan.steps(Mode.DEMO, 0, 0, false, 500));
        assertEquals(Set.of(Step.LOAD_DEMO_UNIT), FirstStartPlan.steps(Mode.DEMO, 0, 0, false, 0));
        assertEquals(Set.of(), FirstStartPlan.steps(Mode.DEMO, 30, 6, false, 500), "a second start adds none");
        assertEquals(Set.of(), FirstStartPlan.steps(Mode.PRODUCTION, 0, 0, false, 500));
        assertEquals(Set.of(Step.OPEN_INITIAL_ADMIN), FirstStartPlan.steps(Mode.PRODUCTION, 0, 0, true, 500));
    }
}
