package org.shoumi.portal.departures.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.departures.control.PeriodAdjustmentCheck.Problem;
import org.shoumi.portal.departures.control.PeriodAdjustmentCheck.Refusal;
import org.shoumi.portal.departures.entity.PeriodAdjustment.Kind;

/**
 * A change of a 脱密期 is refused with every problem of the submission at once, each naming its limit, and never with
 * the leaver as its approver (outside check: 朱文博 approved the early end of his own period; an early end without a
 * reference hid the date's problems, which then came one try after another).
 */
class PeriodAdjustmentCheckTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final LocalDate END = LocalDate.of(2028, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final PeriodAdjustmentCheck CHECK = new PeriodAdjustmentCheck(START, END, TODAY, 50);
    private static final String LEAVER = "朱文博";

    private static List<Refusal> refusals(Kind kind, Integer years, LocalDate newEnd, String approver,
                                          boolean document) {
        return CHECK.refusals(kind, years, newEnd, approver, LEAVER, document);
    }

    @Test
    void theLeaverNeverApprovesAChangeOfTheirOwnPeriodOfAnyKind() {
        Refusal own = new Refusal(Problem.APPROVER_IS_LEAVER, null);
        assertEquals(List.of(own), refusals(Kind.END_EARLY, null, TODAY.plusDays(1), LEAVER, true));
        assertEquals(List.of(own), refusals(Kind.EXTEND, null, END.plusYears(1), "朱 文博", false),
                "spaces do not make another person");
        assertEquals(List.of(own), refusals(Kind.SET_LENGTH, 3, null, " 朱文博　", true));
        assertTrue(refusals(Kind.END_EARLY, null, TODAY.plusDays(1), "王主任", true).isEmpty());
    }

    @Test
    void anEarlyEndWithoutAReferenceIsToldEveryProblemAtOnce() {
        assertEquals(List.of(new Refusal(Problem.DOCUMENT_REQUIRED, null), new Refusal(Problem.END_IN_PAST, TODAY)),
                refusals(Kind.END_EARLY, null, TODAY.minusMonths(2), "王主任", false), "a past day");
        assertEquals(List.of(new Refusal(Problem.APPROVER_IS_LEAVER, null),
                        new Refusal(Problem.DOCUMENT_REQUIRED, null), new Refusal(Problem.NOT_SHORTER, END)),
                refusals(Kind.END_EARLY, null, END.plusDays(1), LEAVER, false), "after the current end");
    }

    @Test
    void anEarlyEndBeforeTheStartNamesTheRealLimit() {
        // the period began months ago: the earliest end is today, not the day after the start
        assertEquals(List.of(new Refusal(Problem.END_IN_PAST, TODAY)),
                refusals(Kind.END_EARLY, null, START.minusDays(10), "王主任", true));
        assertEquals(TODAY, CHECK.earliestEarlyEnd());
        // a period that starts later (approved with a last day ahead): the day after its start
        LocalDate later = TODAY.plusDays(20);
        PeriodAdjustmentCheck future = new PeriodAdjustmentCheck(later, later.plusYears(2), TODAY, 50);
        assertEquals(later.plusDays(1), future.earliestEarlyEnd());
        assertEquals(List.of(new Refusal(Problem.EARLY_END_ON_START, later.plusDays(1))),
                future.refusals(Kind.END_EARLY, null, TODAY, "王主任", LEAVER, true));
        assertTrue(refusals(Kind.END_EARLY, null, TODAY, "王主任", true).isEmpty(), "today is allowed");
    }

    @Test
    void extensionsAndLengthsKeepTheirLimits() {
        assertEquals(List.of(new Refusal(Problem.NOT_LONGER, END)),
                refusals(Kind.EXTEND, null, END, "王主任", false));
        assertEquals(List.of(new Refusal(Problem.EXTENDED_TOO_FAR, START.plusYears(50))),
                refusals(Kind.EXTEND, null, START.plusYears(51), "王主任", false));
        assertEquals(List.of(new Refusal(Problem.DOCUMENT_REQUIRED, null),
                        new Refusal(Problem.YEARS_OUT_OF_RANGE, null)),
                refusals(Kind.SET_LENGTH, 0, null, "王主任", false));
        assertEquals(List.of(new Refusal(Problem.UNCHANGED, END)), refusals(Kind.SET_LENGTH, 2, null, "王主任", true));
        assertTrue(refusals(Kind.SET_LENGTH, 3, null, "王主任", true).isEmpty());
        assertEquals(START.plusYears(3), CHECK.end(Kind.SET_LENGTH, 3, null));
        assertEquals(List.of(new Refusal(Problem.END_MISSING, null)), refusals(Kind.EXTEND, null, null, "王主任", false));
    }
}
