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
    }

    @Test
    void daysLeftCountToTheLastDay() {
        LocalDate end = LocalDate.of(2027, 1, 10);
        assertEquals(10, PostExitPeriodPolicy.daysLeft(end, LocalDate.of(2026, 12, 31)));
        assertEquals(0, PostExitPeriodPolicy.daysLeft(end, end));
        assertEquals(-1, PostExitPeriodPolicy.daysLeft(end, end.plusDays(1)));
    }
}
