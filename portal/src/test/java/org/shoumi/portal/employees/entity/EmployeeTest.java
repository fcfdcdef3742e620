package org.shoumi.portal.employees.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;

class EmployeeTest {

    private static final Department RESEARCH = new Department("RESEARCH", "研究室", "Research");
    private static final Post STAFF = new Post("STAFF", "机关工作人员", "Staff");
    private static final Post SECRETARY = new Post("SECRETARY", "秘书", "Secretary");

    private static Employee person(SecrecyClass c, EmployeeStatus status) {
        return new Employee("SM900", "测试", RESEARCH, STAFF, c, status, LocalDate.of(2024, 3, 1));
    }

    /**
     * Found by an outside check: a 非涉密 person in post raised to a secret-related class stayed 在岗 (even before their
     * first day) with their onboarding open and no vetting. They take up the secret-related post as a new one: 待上岗
     * until the onboarding is done, as a hire of that class and a 离岗 returnee are.
     */
    @Test
    void aPersonInPostRaisedFromNonSecretIntoASecretClassIsNotYetInPost() {
        for (SecrecyClass c : new SecrecyClass[] {SecrecyClass.CORE, SecrecyClass.IMPORTANT, SecrecyClass.GENERAL}) {
            Employee e = person(SecrecyClass.NONE, EmployeeStatus.ACTIVE);
            e.update("测试", RESEARCH, SECRETARY, c);
            assertEquals(EmployeeStatus.ONBOARDING, e.getStatus(), c.name());
            assertEquals(c, e.getSecrecyClass());
            e.takeUpPost();
            assertEquals(EmployeeStatus.ACTIVE, e.getStatus(), "in post once the onboarding is done");
        }
    }

    @Test
    void changesBetweenSecretClassesOrWithinNonSecretKeepTheStatus() {
        Employee active = person(SecrecyClass.GENERAL, EmployeeStatus.ACTIVE);
        active.update("测试", RESEARCH, STAFF, SecrecyClass.CORE);
        assertEquals(EmployeeStatus.ACTIVE, active.getStatus(), "一般 → 核心 in post: in post (its vetting is asked)");
        Employee none = person(SecrecyClass.NONE, EmployeeStatus.ACTIVE);
        none.update("测试", RESEARCH, SECRETARY, SecrecyClass.NONE);
        assertEquals(EmployeeStatus.ACTIVE, none.getStatus(), "a post change within 非涉密");
        Employee waiting = person(SecrecyClass.IMPORTANT, EmployeeStatus.ONBOARDING);
        waiting.update("测试", RESEARCH, SECRETARY, SecrecyClass.CORE);
        assertEquals(EmployeeStatus.ONBOARDING, waiting.getStatus());
        Employee left = person(SecrecyClass.NONE, EmployeeStatus.LEFT_POST);
        left.update("测试", RESEARCH, SECRETARY, SecrecyClass.NONE);
        assertEquals(EmployeeStatus.LEFT_POST, left.getStatus(), "a 离岗 person returns only through returnToPost");
        Employee gone = person(SecrecyClass.NONE, EmployeeStatus.LEFT_UNIT);
        assertThrows(IllegalStateException.class, () -> gone.update("测试", RESEARCH, STAFF, SecrecyClass.CORE));
    }

    /**
     * Found by an outside check: a person who had left the secret-related post (离岗) could never be recorded as leaving
     * the unit. They can (离岗 → 离职); a person who left the unit leaves nothing more, and nobody leaves the post twice.
     */
    @Test
    void aPersonWhoLeftThePostCanStillLeaveTheUnit() {
        Employee left = person(SecrecyClass.CORE, EmployeeStatus.LEFT_POST);
        assertThrows(IllegalStateException.class, () -> left.leave(EmployeeStatus.LEFT_POST), "not twice");
        left.leave(EmployeeStatus.LEFT_UNIT);
        assertEquals(EmployeeStatus.LEFT_UNIT, left.getStatus());
        assertEquals(SecrecyClass.CORE, left.getSecrecyClass(), "nothing else changes");
        assertThrows(IllegalStateException.class, () -> left.leave(EmployeeStatus.LEFT_UNIT), "gone already");
        Employee inPost = person(SecrecyClass.GENERAL, EmployeeStatus.ACTIVE);
        inPost.leave(EmployeeStatus.LEFT_UNIT);
        assertEquals(EmployeeStatus.LEFT_UNIT, inPost.getStatus());
    }
}
