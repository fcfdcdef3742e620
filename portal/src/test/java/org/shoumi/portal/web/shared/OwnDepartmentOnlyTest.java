package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.security.entity.Role;

class OwnDepartmentOnlyTest {

    private static Optional<EmployeeRow> head(EmployeeStatus status) {
        return Optional.of(new EmployeeRow(1, "SM001", "王建国", "OFFICE", "办公室", "Office", "LEADER", "领导",
                "Leader", SecrecyClass.IMPORTANT, status, LocalDate.of(2020, 1, 1)));
    }

    @Test
    void aHeadWhoIsNothingElseIsHeldToTheirDepartment() {
        assertTrue(OwnDepartmentOnly.holds(Set.of(Role.EMPLOYEE.name(), Role.DEPT_HEAD.name())::contains));
        assertFalse(OwnDepartmentOnly.holds(Set.of(Role.DEPT_HEAD.name(), Role.SECRECY_OFFICER.name())::contains));
        assertFalse(OwnDepartmentOnly.holds(Set.of(Role.EMPLOYEE.name())::contains));
    }

    @Test
    void aHeadInPostAnswersForTheirPersonsDepartment() {
        assertEquals(Optional.of("OFFICE"), OwnDepartmentOnly.departmentOf(head(EmployeeStatus.ACTIVE)));
        assertEquals(Optional.of("OFFICE"), OwnDepartmentOnly.departmentOf(head(EmployeeStatus.ONBOARDING)));
        assertFalse(OwnDepartmentOnly.left(head(EmployeeStatus.ACTIVE)));
    }

    /**
     * Found by an outside check (ex-s38e 1): a head whose 离职 was approved still saw the department's completion,
     * downloaded its people and year report and reminded its people in his own name for the rest of the last day.
     */
    @Test
    void aHeadWhoLeftThePostOrTheUnitAnswersForNoDepartment() {
        assertEquals(Optional.empty(), OwnDepartmentOnly.departmentOf(head(EmployeeStatus.LEFT_UNIT)));
        assertEquals(Optional.empty(), OwnDepartmentOnly.departmentOf(head(EmployeeStatus.LEFT_POST)));
        assertTrue(OwnDepartmentOnly.left(head(EmployeeStatus.LEFT_UNIT)));
        assertTrue(OwnDepartmentOnly.left(head(EmployeeStatus.LEFT_POST)));
    }

    @Test
    void aLoginWithoutAPersonAnswersForNoDepartmentAndHasNotLeft() {
        assertEquals(Optional.empty(), OwnDepartmentOnly.departmentOf(Optional.empty()));
        assertFalse(OwnDepartmentOnly.left(Optional.empty()));
    }
}
