package org.shoumi.portal.departures.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.departures.control.PostExitPeriodPolicy.Span;
import org.shoumi.portal.employees.entity.SecrecyClass;

class PostExitPeriodPolicyTest {

    private final PostExitPeriodPolicy defaults = PostExitPeriodPolicy.defaults();
    private final LocalDate approved = LocalDate.of(2026, 11, 30);

    @Test
    void eachClassGetsItsDefaultYearsFromTheApprovalDate() {
        assertEquals(new Span(approved, LocalDate.of(2029, 11, 30)),
                defaults.periodFrom(approved, SecrecyClass.CORE).orElseThrow());
        assertEquals(new Span(approved, LocalDate.of(2028, 11, 30)),
                defaults.periodFrom(approved, SecrecyClass.IMPORTANT).orElseThrow());
        assertEquals(new Span(approved, LocalDate.of(2027, 11, 30)),
                defaults.periodFrom(approved, SecrecyClass.GENERAL).orElseThrow());
    }

    @Test
    void notSecretRelatedMeansNoPeriod() {
        assertTrue(defaults.periodFrom(approved, SecrecyClass.NONE).isEmpty());
        assertEquals(0, defaults.years(SecrecyClass.NONE));
    }

    @Test
    void aLeapDayPlusYearsEndsOnThe28thOfFebruary() {
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        assertEquals(LocalDate.of(2031, 2, 28), defaults.periodFrom(leapDay, SecrecyClass.CORE).orElseThrow().end());
        assertEquals(LocalDate.of(2029, 2, 28),
                defaults.periodFrom(leapDay, SecrecyClass.GENERAL).orElseThrow().end());
        // four years on it is a leap day again
        assertEquals(LocalDate.of(2032, 2, 29),
                new PostExitPeriodPolicy(4, 2, 1).periodFrom(leapDay, SecrecyClass.CORE).orElseThrow().end());
    }

    @Test
    void theUnitsOwnYearsOverrideTheDefaults() {
        PostExitPeriodPolicy unit = new PostExitPeriodPolicy(5, 3, 2);
        assertEquals(LocalDate.of(2031, 11, 30), unit.periodFrom(approved, SecrecyClass.CORE).orElseThrow().end());
        assertEquals(LocalDate.of(2029, 11, 30), unit.periodFrom(approved, SecrecyClass.IMPORTANT).orElseThrow().end());
        assertEquals(LocalDate.of(2028, 11, 30), unit.periodFrom(approved, SecrecyClass.GENERAL).orElseThrow().end());
        assertTrue(unit.periodFrom(approved, SecrecyClass.NONE).isEmpty());
    }

    @Test
    void zeroYearsMeansNoPeriodAndNegativeYearsAreRefused() {
        assertTrue(new PostExitPeriodPolicy(3, 2, 0).periodFrom(approved, SecrecyClass.GENERAL).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new PostExitPeriodPolicy(3, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new PostExitPeriodPolicy(51, 2, 1), "at most 50 years");
    }

    @Test
    void daysLeftCountToTheLastDay() {
        LocalDate end = LocalDate.of(2027, 1, 10);
        assertEquals(10, PostExitPeriodPolicy.daysLeft(end, LocalDate.of(2026, 12, 31)));
        assertEquals(0, PostExitPeriodPolicy.daysLeft(end, end));
        assertEquals(-1, PostExitPeriodPolicy.daysLeft(end, end.plusDays(1)));
    }

    /**
     * The approval says the person has left the post, and the period starts that day: an approval before the last
     * working day (approved 2026-12-06, last day 2026-12-20) is refused; on the last day or later it is taken.
     */
    @Test
    void theApprovalComesNoEarlierThanTheLastWorkingDay() {
        LocalDate lastDay = LocalDate.of(2026, 12, 20);
        assertTrue(PostExitPeriodPolicy.approvalBeforeLastDay(LocalDate.of(2026, 12, 6), lastDay));
        assertTrue(PostExitPeriodPolicy.approvalBeforeLastDay(lastDay.minusDays(1), lastDay));
        assertEquals(false, PostExitPeriodPolicy.approvalBeforeLastDay(lastDay, lastDay));
        assertEquals(false, PostExitPeriodPolicy.approvalBeforeLastDay(lastDay.plusDays(3), lastDay));
    }

    /** A departure opened on 2026-12-06 names a last working day no earlier than the grace before it. */
    @Test
    void theLastWorkingDayLiesAtMostTheGraceBeforeTheOpening() {
        LocalDate opened = LocalDate.of(2026, 12, 6);
        assertEquals(LocalDate.of(2026, 11, 6), PostExitPeriodPolicy.earliestLastDay(opened, 30));
        assertEquals(opened, PostExitPeriodPolicy.earliestLastDay(opened, 0));
        assertTrue(LocalDate.of(2024, 6, 1).isBefore(PostExitPeriodPolicy.earliestLastDay(opened, 30)));
        assertThrows(IllegalArgumentException.class, () -> PostExitPeriodPolicy.earliestLastDay(opened, -1));
    }
}
