package org.shoumi.portal.departures.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.departures.control.LastDayBounds.Problem;

class LastDayBoundsTest {

    private final LocalDate hired = LocalDate.of(2020, 3, 1);
    private final LocalDate opened = LocalDate.of(2026, 11, 20);
    private final LocalDate today = LocalDate.of(2026, 12, 6);
    private final LastDayBounds bounds = LastDayBounds.of(hired, opened, 30, today);

    @Test
    void theGraceCountsFromTheDayTheDepartureWasOpenedAndTheLatestIsAYearFromToday() {
        assertEquals(LocalDate.of(2026, 10, 21), bounds.earliest());
        assertEquals(LocalDate.of(2027, 12, 6), bounds.latest());
    }

    @Test
    void daysWithinTheBoundsAreAllowedTheirEndsIncluded() {
        assertEquals(Optional.empty(), bounds.problem(LocalDate.of(2026, 10, 21)));
        assertEquals(Optional.empty(), bounds.problem(today));
        assertEquals(Optional.empty(), bounds.problem(LocalDate.of(2027, 12, 6)));
    }

    @Test
    void aDayBeforeTheGraceIsTooEarlyAndNamesTheEarliestDay() {
        Problem p = bounds.problem(LocalDate.of(2026, 10, 20)).orElseThrow();
        assertEquals(Problem.TOO_EARLY, p);
        assertEquals(LocalDate.of(2026, 10, 21), bounds.limit(p));
    }

    @Test
    void aDayMoreThanAYearAheadIsTooFarAndNamesTheLatestDay() {
        Problem p = bounds.problem(LocalDate.of(2027, 12, 7)).orElseThrow();
        assertEquals(Problem.TOO_FAR, p);
        assertEquals(LocalDate.of(2027, 12, 6), bounds.limit(p));
    }

    @Test
    void aDayBeforeTheHireIsNamedAsSuchBeforeTheGrace() {
        LastDayBounds recentHire = LastDayBounds.of(LocalDate.of(2026, 11, 15), opened, 30, today);
        Problem p = recentHire.problem(LocalDate.of(2026, 11, 1)).orElseThrow();
        assertEquals(Problem.BEFORE_HIRE, p);
        assertEquals(LocalDate.of(2026, 11, 15), recentHire.limit(p));
        // long before both: the hire is named, as at opening
        assertEquals(Problem.BEFORE_HIRE, recentHire.problem(LocalDate.of(2020, 1, 1)).orElseThrow());
    }

    @Test
    void aNegativeGraceIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> LastDayBounds.of(hired, opened, -1, today));
        assertTrue(LastDayBounds.of(hired, opened, 0, today).problem(opened.minusDays(1)).isPresent());
    }

    /**
     * Found by an outside check: a hire dated 2027-03-01 in post since 2026-12-07 (onboarding completed ahead of the
     * first day) could not be given a departure before the hire day. Their first day is the day they took up the post;
     * someone never in post, or in post after the hire day, keeps the hire day.
     */
    @Test
    void theFirstDayIsTheDayThePostWasTakenUpWhenThatCameBeforeTheHire() {
        LocalDate hire = LocalDate.of(2027, 3, 1);
        assertEquals(today, LastDayBounds.firstDay(hire, today));
        assertEquals(hire, LastDayBounds.firstDay(hire, null), "never in post: the hire day");
        assertEquals(hired, LastDayBounds.firstDay(hired, LocalDate.of(2020, 4, 1)), "onboarded after the hire day");
        LastDayBounds early = LastDayBounds.of(LastDayBounds.firstDay(hire, today), today, 30, today);
        assertEquals(Optional.empty(), early.problem(today.plusDays(30)), "the lowering's default last day");
        assertEquals(Problem.BEFORE_HIRE, early.problem(today.minusDays(1)).orElseThrow());
        assertEquals(today, early.limit(Problem.BEFORE_HIRE));
    }

    /** The exit training is due on the last day, but a last day in the past makes it due today, not before. */
    @Test
    void theExitTrainingIsDueOnTheLastDayButNotBeforeToday() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        assertEquals(day.plusDays(14), LastDayBounds.exitTrainingDue(day.plusDays(14), day));
        assertEquals(day, LastDayBounds.exitTrainingDue(day, day));
        assertEquals(day, LastDayBounds.exitTrainingDue(day.minusDays(27), day));
    }
}
