package org.shoumi.portal.travel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.travel.entity.PassportAction;
import org.shoumi.portal.travel.entity.TripStatus;

class PassportRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static Optional<Refusal> check(PassportAction action, LocalDate day, PassportAction current, boolean covered) {
        return PassportRules.check(action, day, null, current, current == null ? null : TODAY.minusDays(30), covered,
                true, TODAY);
    }

    @Test
    void aPassportIsDepositedHandedOutForAnApprovedTripAndReturned() {
        assertEquals(Optional.empty(), check(PassportAction.DEPOSITED, TODAY, null, false));
        assertEquals(Optional.empty(), check(PassportAction.HANDED_OUT, TODAY, PassportAction.DEPOSITED, true));
        assertEquals(Optional.empty(), check(PassportAction.RETURNED, TODAY, PassportAction.HANDED_OUT, false));
        assertEquals(Optional.empty(), check(PassportAction.HANDED_OUT, TODAY, PassportAction.RETURNED, true),
                "again for the next trip");
    }

    @Test
    void refusals() {
        assertEquals(Optional.of(Refusal.NO_APPROVED_TRIP), check(PassportAction.HANDED_OUT, TODAY, PassportAction.DEPOSITED, false));
        assertEquals(Optional.of(Refusal.PASSPORT_NOT_HELD), check(PassportAction.HANDED_OUT, TODAY, null, true));
        assertEquals(Optional.of(Refusal.PASSPORT_NOT_HELD), check(PassportAction.HANDED_OUT, TODAY, PassportAction.HANDED_OUT, true));
        assertEquals(Optional.of(Refusal.PASSPORT_NOT_OUT), check(PassportAction.RETURNED, TODAY, PassportAction.DEPOSITED, false));
        assertEquals(Optional.of(Refusal.PASSPORT_NOT_OUT), check(PassportAction.RETURNED, TODAY, null, false));
        assertEquals(Optional.of(Refusal.PASSPORT_OUT), check(PassportAction.DEPOSITED, TODAY, PassportAction.HANDED_OUT, false));
        // found by an outside check: a passport held since 2026-09-07 was deposited again, twice in the log
        assertEquals(Optional.of(Refusal.PASSPORT_HELD), check(PassportAction.DEPOSITED, TODAY, PassportAction.DEPOSITED, false));
        assertEquals(Optional.of(Refusal.PASSPORT_HELD), check(PassportAction.DEPOSITED, TODAY, PassportAction.RETURNED, false),
                "back with the unit after a trip");
        assertEquals(Optional.of(Refusal.PASSPORT_ACTION_MISSING), check(null, TODAY, null, false));
        assertEquals(Optional.of(Refusal.PASSPORT_DAY_MISSING), check(PassportAction.DEPOSITED, null, null, false));
        assertEquals(Optional.of(Refusal.PASSPORT_DAY_IN_FUTURE), check(PassportAction.DEPOSITED, TODAY.plusDays(1), null, false));
        assertEquals(Optional.of(Refusal.PASSPORT_DAY_BEFORE_LAST),
                check(PassportAction.RETURNED, TODAY.minusDays(31), PassportAction.HANDED_OUT, false));
        assertEquals(Optional.of(Refusal.PASSPORT_NOTE_TOO_LONG), PassportRules.check(PassportAction.DEPOSITED, TODAY,
                "x".repeat(301), null, null, false, true, TODAY));
    }

    @Test
    void aTripCoversTheDaysBeforeItsDepartureUpToItsReturn() {
        LocalDate from = TODAY.plusDays(10);
        LocalDate to = TODAY.plusDays(15);
        assertTrue(PassportRules.covers(from, to, from.minusDays(7), 7));
        assertFalse(PassportRules.covers(from, to, from.minusDays(8), 7));
        assertTrue(PassportRules.covers(from, to, to, 7));
        assertFalse(PassportRules.covers(from, to, to.plusDays(1), 7));
        assertFalse(PassportRules.covers(from, to, from.minusDays(1), 0));
    }

    @Test
    void overdueAfterTheReturnDayPlusTheConfiguredDays() {
        LocalDate back = TODAY.minusDays(7);
        assertEquals(TODAY, PassportRules.dueBack(back, 7));
        assertFalse(PassportRules.overdue(back, 7, TODAY), "the last day is not overdue yet");
        assertTrue(PassportRules.overdue(back.minusDays(1), 7, TODAY));
    }

    /** Outside check: a passport stayed due on the planned return day + 7 after the person reported back early. */
    @Test
    void aPassportIsDueAfterTheActualReturnOnceReportedBack() {
        LocalDate planned = TODAY.plusDays(13);
        assertEquals(TODAY.plusDays(7), PassportRules.dueBack(TripStatus.DEBRIEFED, planned, TODAY, 7));
        assertEquals(planned.plusDays(7), PassportRules.dueBack(TripStatus.APPROVED, planned, TODAY.minusDays(2), 7));
    }

    /** Outside check: a passport out for a trip since withdrawn stayed due on the withdrawn trip's return day + 7. */
    @Test
    void aPassportOutForAWithdrawnTripIsDueAtOnceAndOverdue() {
        LocalDate planned = TODAY.plusDays(4);
        assertEquals(TODAY, PassportRules.dueBack(TripStatus.WITHDRAWN, planned, TODAY, 7), "the withdrawal day");
        assertTrue(PassportRules.overdue(TripStatus.WITHDRAWN, TODAY, TODAY), "overdue at once");
        assertFalse(PassportRules.overdue(TripStatus.APPROVED, TODAY, TODAY), "the due day itself is in time");
        assertTrue(PassportRules.overdue(TripStatus.DEBRIEFED, TODAY.minusDays(1), TODAY));
    }

    /**
     * Outside check: custody could not end, so a deposit stayed 交单位保管 for good; and a deposit was taken for a
     * 非涉密 person in post, whom no travel rule covers. A passport the unit holds may be given back to its holder
     * (发还本人); a deposit is refused for a person no rule covers.
     */
    @Test
    void aPassportTheUnitHoldsIsGivenBackToItsHolderAndADepositNeedsATravelRule() {
        assertEquals(Optional.empty(), check(PassportAction.GIVEN_BACK, TODAY, PassportAction.DEPOSITED, false));
        assertEquals(Optional.empty(), check(PassportAction.GIVEN_BACK, TODAY, PassportAction.RETURNED, false));
        assertEquals(Optional.of(Refusal.PASSPORT_OUT_NOT_GIVEN_BACK),
                check(PassportAction.GIVEN_BACK, TODAY, PassportAction.HANDED_OUT, false));
        assertEquals(Optional.of(Refusal.PASSPORT_NOT_HELD_TO_GIVE_BACK), check(PassportAction.GIVEN_BACK, TODAY, null, false));
        assertEquals(Optional.of(Refusal.PASSPORT_NOT_HELD_TO_GIVE_BACK),
                check(PassportAction.GIVEN_BACK, TODAY, PassportAction.GIVEN_BACK, false));
        assertFalse(PassportAction.GIVEN_BACK.heldByUnit());
        assertEquals(Optional.of(Refusal.PASSPORT_NOT_HELD), check(PassportAction.HANDED_OUT, TODAY, PassportAction.GIVEN_BACK, true),
                "given back: nothing to hand out");
        assertEquals(Optional.of(Refusal.PASSPORT_NOT_OUT), check(PassportAction.RETURNED, TODAY, PassportAction.GIVEN_BACK, false));
        assertEquals(Optional.empty(), check(PassportAction.DEPOSITED, TODAY, PassportAction.GIVEN_BACK, false),
                "deposited again later, e.g. back in a secret-related post");
        assertEquals(Optional.of(Refusal.NO_CUSTODY_NEEDED),
                PassportRules.check(PassportAction.DEPOSITED, TODAY, null, null, null, false, false, TODAY));
        assertEquals(Optional.empty(), PassportRules.check(PassportAction.GIVEN_BACK, TODAY, null,
                PassportAction.DEPOSITED, TODAY, false, false, TODAY), "given back to someone no rule covers");
        assertTrue(PassportAction.valueOf("GIVEN_BACK").name().length() <= 16, "fits the entry_action column");
    }

    @Test
    void aHandOutIsNotDatedBeforeItsTripsApproval() {
        // outside check: 领用出境 dated 2026-12-02 for a trip requested and approved on 2026-12-07
        LocalDate approved = LocalDate.of(2026, 12, 7);
        assertTrue(PassportRules.beforeApproval(approved.minusDays(5), approved));
        assertFalse(PassportRules.beforeApproval(approved, approved), "the day of the approval is fine");
        assertFalse(PassportRules.beforeApproval(approved.plusDays(1), approved));
        assertFalse(PassportRules.beforeApproval(approved, null));
    }
}
