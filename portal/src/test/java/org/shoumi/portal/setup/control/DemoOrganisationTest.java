package org.shoumi.portal.setup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.liaisons.control.LiaisonRules;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.setup.control.DemoOrganisation.EmployeeSpec;

class DemoOrganisationTest {

    private final LocalDate today = LocalDate.of(2026, 11, 22);
    private final List<EmployeeSpec> employees = DemoOrganisation.employees(today);

    @Test
    void everyDemoLiaisonIsOneOfTheDepartmentsOwnPeopleInPostAndTwoDepartmentsHaveNone() {
        for (DemoOrganisation.LiaisonSpec l : DemoOrganisation.LIAISONS) {
            EmployeeSpec person = employees.stream().filter(e -> e.employeeNo().equals(l.employeeNo())).findFirst()
                    .orElseThrow();
            assertEquals(l.department(), person.departmentCode(), l.employeeNo());
            assertEquals(Optional.empty(), LiaisonRules.appointment(person.status(), true, false,
                    LocalDate.now().minusMonths(l.monthsAgo()), LocalDate.now()), l.employeeNo());
        }
        Set<String> departments = employees.stream().map(EmployeeSpec::departmentCode).collect(Collectors.toSet());
        departments.removeAll(DemoOrganisation.LIAISONS.stream().map(DemoOrganisation.LiaisonSpec::department).toList());
        assertEquals(Set.of("RESEARCH", "IT"), departments);
    }

    @Test
    void aDemoLiaisonWhoLeavesWasAppointedBeforeTheDepartureWasOpened() {
        // 财务处's liaison was appointed nine months ago while his 离职 was opened 310 days ago: the register showed
        // an appointment made after he had gone (outside check)
        for (DemoOrganisation.LiaisonSpec l : DemoOrganisation.LIAISONS) {
            for (DemoDepartures.DepartureSpec d : DemoDepartures.DEPARTURES) {
                if (d.employeeNo().equals(l.employeeNo())) {
                    assertTrue(today.minusMonths(l.monthsAgo()).isBefore(today.minusDays(d.openedDaysAgo())),
                            l.employeeNo());
                }
            }
        }
    }

    @Test
    void aboutThirtyPeopleWithUniqueStaffNumbers() {
        assertEquals(30, employees.size());
        assertEquals(30, employees.stream().map(EmployeeSpec::employeeNo).distinct().count());
    }

    @Test
    void everySecrecyClassEveryPostAndEveryDepartmentIsUsed() {
        assertEquals(EnumSet.allOf(SecrecyClass.class),
                employees.stream().map(EmployeeSpec::secrecyClass).collect(Collectors.toSet()));
        assertEquals(DemoOrganisation.POSTS.stream().map(DemoOrganisation.PostSpec::code).collect(Collectors.toSet()),
                employees.stream().map(EmployeeSpec::postCode).collect(Collectors.toSet()));
        assertEquals(DemoOrganisation.DEPARTMENTS.stream().map(DemoOrganisation.DepartmentSpec::code)
                        .collect(Collectors.toSet()),
                employees.stream().map(EmployeeSpec::departmentCode).collect(Collectors.toSet()));
    }

    @Test
    void thePostsTheIssueNamesAreThere() {
        Set<String> names = DemoOrganisation.POSTS.stream().map(DemoOrganisation.PostSpec::name)
                .collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("领导", "秘书", "机关工作人员", "文印", "机要收发", "计算机", "司机", "档案管理")));
    }

    @Test
    void oneLoginPerRoleEachBelongingToAnExistingPersonOrNone() {
        assertEquals(EnumSet.allOf(Role.class), DemoOrganisation.ACCOUNTS.stream()
                .flatMap(a -> a.roles().stream()).collect(Collectors.toSet()));
        Set<String> numbers = employees.stream().map(EmployeeSpec::employeeNo).collect(Collectors.toSet());
        DemoOrganisation.ACCOUNTS.stream().filter(a -> a.employeeNo() != null)
                .forEach(a -> assertTrue(numbers.contains(a.employeeNo()), a.username()));
        assertEquals(DemoOrganisation.ACCOUNTS.size(),
                DemoOrganisation.ACCOUNTS.stream().map(DemoOrganisation.AccountSpec::username).distinct().count());
    }

    @Test
    void hireDatesLieInThePast() {
        employees.forEach(e -> assertTrue(e.hireDate().isBefore(today), e.employeeNo()));
    }

    @Test
    void theDemoSelfInspectionIsTheQuartersPersonalRoundDueInThreeWeeksOpenedByTheOfficer() {
        DemoOrganisation.InspectionRoundSpec round = DemoOrganisation.inspectionRound(today);
        assertEquals("2026年第四季度", round.name());
        assertEquals("2026年第一季度", DemoOrganisation.inspectionRound(LocalDate.of(2026, 3, 31)).name());
        assertEquals(LocalDate.of(2026, 12, 13), round.due());
        assertEquals("checklist.personal", round.checklistKey());
        assertTrue(DemoOrganisation.ACCOUNTS.stream().anyMatch(a -> a.username().equals(round.openedBy())
                && a.roles().contains(Role.SECRECY_OFFICER) && a.employeeNo() != null));
    }
}
