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

    /**
     * Found by an outside check (ex-s38d 2): 保密员 and 部门负责人 were granted again at once to a person just approved
     * 离岗 (in their 脱密期). Every role the approval takes is refused to someone out of the post or on the way out.
     */
    @Test
    void theRolesALeaverLosesAreNotGrantedToSomeoneOutOfThePostOrLeavingIt() {
        for (Role role : Role.values()) {
            java.util.Optional<LeaverRoles.OutOfPost> leftPost = LeaverRoles.grantRefused(role, true, false, false);
            assertTrue(role == Role.EMPLOYEE ? leftPost.isEmpty()
                    : leftPost.equals(java.util.Optional.of(LeaverRoles.OutOfPost.LEFT_POST)), role + ": " + leftPost);
            assertTrue(LeaverRoles.grantRefused(role, false, false, false).isEmpty(), role + " in post");
        }
        assertTrue(LeaverRoles.grantRefused(Role.SECRECY_OFFICER, false, true, false)
                .equals(java.util.Optional.of(LeaverRoles.OutOfPost.LEAVING_POST)));
        assertTrue(LeaverRoles.grantRefused(Role.DEPT_HEAD, false, true, true)
                .equals(java.util.Optional.of(LeaverRoles.OutOfPost.LEAVING_UNIT)));
        // 离岗 → 离职 under way: the open 离职 is named (withdrawn if opened by mistake)
        assertTrue(LeaverRoles.grantRefused(Role.HR, true, true, true)
                .equals(java.util.Optional.of(LeaverRoles.OutOfPost.LEAVING_UNIT)));
        assertFalse(LeaverRoles.grantRefused(Role.EMPLOYEE, true, true, true).isPresent(), "nothing a leaver loses");
    }
}
