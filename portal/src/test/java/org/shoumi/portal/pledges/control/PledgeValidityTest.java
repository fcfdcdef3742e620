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

    /**
     * Found by an outside check (ex-s37a 1): the status changes only at the approval, so once the 离职 was opened the
     * portal still asked for the in-post pledge and took it one second after the exit pledge. Leaving starts when
     * the 离岗 or 离职 is opened ({@code leaving}; a lowering that keeps the person in post is none, the departures
     * feature answers so): the yearly pledge neither concerns nor is owed by the person from then on.
     */
    @Test
    void theYearlyPledgeIsNeitherOwedNorShownWhileTheDepartureOutOfThePostIsUnderWay() {
        assertFalse(PledgeValidity.owes(SecrecyClass.CORE, EmployeeStatus.ACTIVE, true, null, JAN_2), "leaving");
        assertFalse(PledgeValidity.owes(SecrecyClass.CORE, EmployeeStatus.ACTIVE, true, LocalDate.of(2026, 3, 1),
                JAN_2), "leaving, last year's expired");
        assertTrue(PledgeValidity.owes(SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, false, null, JAN_2),
                "in post (also lowered 重要 → 一般 in post)");
        assertFalse(PledgeValidity.applies(SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, true));
        assertTrue(PledgeValidity.applies(SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, false));
        assertTrue(PledgeValidity.endsWhenLeaving(org.shoumi.content.documents.entity.PledgeKind.IN_POST));
        assertFalse(PledgeValidity.endsWhenLeaving(org.shoumi.content.documents.entity.PledgeKind.EXIT),
                "the exit pledge is what a leaver signs");
        assertFalse(PledgeValidity.endsWhenLeaving(org.shoumi.content.documents.entity.PledgeKind.AGREEMENT),
                "the 保密协议 binds after leaving too");
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
