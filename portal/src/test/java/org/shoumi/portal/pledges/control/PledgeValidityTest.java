package org.shoumi.portal.pledges.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

class PledgeValidityTest {

    private static final LocalDate JAN_2 = LocalDate.of(2027, 1, 2);

    @Test
    void aYearlyPledgeHoldsUntilTheEndOfItsYear() {
        assertEquals(LocalDate.of(2026, 12, 31), PledgeValidity.validUntil(LocalDate.of(2026, 3, 15)));
        assertEquals(LocalDate.of(2026, 12, 31), PledgeValidity.validUntil(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void lastYearsPledgeIsOwedAgainInTheNewYear() {
        assertFalse(PledgeValidity.owes(SecrecyClass.CORE, EmployeeStatus.ACTIVE, LocalDate.of(2026, 12, 30),
                LocalDate.of(2026, 12, 31)));
        assertTrue(PledgeValidity.owes(SecrecyClass.CORE, EmployeeStatus.ACTIVE, LocalDate.of(2026, 12, 30), JAN_2));
        assertTrue(PledgeValidity.owes(SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, null, JAN_2), "never signed");
    }

    @Test
    void onlySecretRelatedPeopleInPostOweOne() {
        assertFalse(PledgeValidity.owes(SecrecyClass.NONE, EmployeeStatus.ACTIVE, null, JAN_2));
        assertFalse(PledgeValidity.owes(SecrecyClass.CORE, EmployeeStatus.ONBOARDING, null, JAN_2), "onboarding first");
        assertFalse(PledgeValidity.owes(SecrecyClass.CORE, EmployeeStatus.LEFT_POST, null, JAN_2));
    }

    @Test
    void theYearlyPledgeConcernsOnlySecretRelatedPeopleInPostOrOnboarding() {
        assertTrue(PledgeValidity.applies(SecrecyClass.CORE, EmployeeStatus.ACTIVE));
        assertTrue(PledgeValidity.applies(SecrecyClass.GENERAL, EmployeeStatus.ONBOARDING));
        assertFalse(PledgeValidity.applies(SecrecyClass.NONE, EmployeeStatus.ACTIVE));
        // found by an outside check: a 离职 person's home page said 本年度在岗保密承诺有效至 12-31
        assertFalse(PledgeValidity.applies(SecrecyClass.IMPORTANT, EmployeeStatus.LEFT_UNIT), "left the unit");
        assertFalse(PledgeValidity.applies(SecrecyClass.IMPORTANT, EmployeeStatus.LEFT_POST), "left the post");
    }
}
