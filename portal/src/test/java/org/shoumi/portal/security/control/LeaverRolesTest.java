package org.shoumi.portal.security.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.security.entity.Role;

class LeaverRolesTest {

    /** Found by an outside check: 保密员 alone, lowered 重要 → 一般 and still 在岗, lost the role at the approval. */
    @Test
    void aLoweringThatKeepsThePersonInPostKeepsEveryLoginsRoles() {
        assertFalse(LeaverRoles.reducesToEmployee(false, true, Set.of(Role.SECRECY_OFFICER)));
        assertFalse(LeaverRoles.reducesToEmployee(false, true, Set.of(Role.AUDITOR, Role.HR)));
        assertFalse(LeaverRoles.reducesToEmployee(false, true, Set.of(Role.EMPLOYEE, Role.DEPT_HEAD)));
        assertFalse(LeaverRoles.reducesToEmployee(false, true, Set.of(Role.EMPLOYEE)));
        assertFalse(LeaverRoles.reducesToEmployee(false, true, EnumSet.noneOf(Role.class)));
    }

    @Test
    void leavingThePostKeepsTheEmployeeRoleOnly() {
        assertTrue(LeaverRoles.reducesToEmployee(false, false, Set.of(Role.EMPLOYEE, Role.DEPT_HEAD)));
        assertTrue(LeaverRoles.reducesToEmployee(false, false, Set.of(Role.SECRECY_OFFICER)));
        assertTrue(LeaverRoles.reducesToEmployee(false, false, EnumSet.noneOf(Role.class)));
        assertFalse(LeaverRoles.reducesToEmployee(false, false, Set.of(Role.EMPLOYEE)), "nothing to take away");
    }

    /**
     * Found by an outside check (ex-s38e 1): a head whose 离职 was approved kept DEPT_HEAD until the login was switched
     * off the next day. Leaving the unit takes every role but the employee's at the approval, as leaving the post does.
     */
    @Test
    void leavingTheUnitKeepsTheEmployeeRoleOnlyUntilTheLoginIsSwitchedOff() {
        assertTrue(LeaverRoles.reducesToEmployee(true, false, Set.of(Role.EMPLOYEE, Role.DEPT_HEAD)));
        assertTrue(LeaverRoles.reducesToEmployee(true, false, Set.of(Role.EMPLOYEE, Role.HR)));
        assertTrue(LeaverRoles.reducesToEmployee(true, false, Set.of(Role.SECRECY_OFFICER)));
        assertTrue(LeaverRoles.reducesToEmployee(true, true, Set.of(Role.EMPLOYEE, Role.DEPT_HEAD)),
                "leaving the unit is never staying in post");
        assertFalse(LeaverRoles.reducesToEmployee(true, false, Set.of(Role.EMPLOYEE)),
                "nothing to take away (a 离职 after a 离岗 that took the roles already)");
    }
}
