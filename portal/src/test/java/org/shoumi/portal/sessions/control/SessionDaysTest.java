package org.shoumi.portal.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

/** The window of a session's day, and who can have attended a session by their hire date. */
class SessionDaysTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aSessionIsScheduledAtMostAYearBackOrAhead() {
        // an outside check scheduled sessions on 2020-01-01 and 2099-01-01; both were taken
        assertEquals(Optional.of(SessionDays.Problem.TOO_FAR_BACK),
                SessionDays.problem(LocalDate.of(2020, 1, 1), TODAY, 365, 365));
        assertEquals(Optional.of(SessionDays.Problem.TOO_FAR_AHEAD),
                SessionDays.problem(LocalDate.of(2099, 1, 1), TODAY, 365, 365));
        assertEquals(Optional.empty(), SessionDays.problem(TODAY, TODAY, 365, 365));
        assertEquals(Optional.empty(), SessionDays.problem(TODAY.minusDays(365), TODAY, 365, 365),
                "a make-up record (补录) of a session a year ago");
        assertEquals(Optional.of(SessionDays.Problem.TOO_FAR_BACK),
                SessionDays.problem(TODAY.minusDays(366), TODAY, 365, 365));
        assertEquals(Optional.empty(), SessionDays.problem(TODAY.plusDays(365), TODAY, 365, 365));
        assertEquals(Optional.of(SessionDays.Problem.TOO_FAR_AHEAD),
                SessionDays.problem(TODAY.plusDays(366), TODAY, 365, 365));
        assertEquals(Optional.of(SessionDays.Problem.TOO_FAR_BACK),
                SessionDays.problem(TODAY.minusDays(31), TODAY, 30, 365), "the window is the one configured");
        assertEquals(LocalDate.of(2025, 12, 6), SessionDays.earliest(TODAY, 365));
        assertEquals(LocalDate.of(2027, 12, 6), SessionDays.latest(TODAY, 365));
    }

    @Test
    void someoneHiredAfterTheSessionDayWasNotAtItNorExpected() {
        LocalDate held = LocalDate.of(2026, 1, 1);
        assertTrue(SessionDays.hiredAfter(LocalDate.of(2026, 1, 2), held));
        assertFalse(SessionDays.hiredAfter(held, held), "hired that very day");
        assertFalse(SessionDays.hiredAfter(LocalDate.of(2020, 5, 1), held));
        assertFalse(SessionDays.hiredAfter(null, held), "no hire date known");

        Audience all = Audience.ALL_STAFF;
        LocalDate in2020 = LocalDate.of(2020, 1, 1);
        assertTrue(all.includes("OFFICE", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, LocalDate.of(2015, 5, 1), in2020));
        assertFalse(all.includes("OFFICE", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, LocalDate.of(2023, 8, 8), in2020),
                "SM002, hired in 2023, is not missed at a session of 2020");
        assertFalse(all.includes("OFFICE", SecrecyClass.GENERAL, EmployeeStatus.LEFT_UNIT, LocalDate.of(2015, 5, 1),
                in2020), "left the unit");
    }

    @Test
    void aLeaverCountsForASessionHeldOnOrBeforeTheDayTheyLeftAndNotAfter() {
        // an outside check: a leaver whose last day and approval were both today was refused at this morning's session
        LocalDate left = LocalDate.of(2026, 12, 6);
        assertFalse(SessionDays.leftBefore(EmployeeStatus.LEFT_UNIT, left, left), "a session of their last day");
        assertFalse(SessionDays.leftBefore(EmployeeStatus.LEFT_UNIT, left, left.minusDays(3)), "an earlier one");
        assertTrue(SessionDays.leftBefore(EmployeeStatus.LEFT_UNIT, left, left.plusDays(1)), "the day after");
        assertTrue(SessionDays.leftBefore(EmployeeStatus.LEFT_UNIT, null, left), "left, no day known");
        assertFalse(SessionDays.leftBefore(EmployeeStatus.ACTIVE, null, left));
        assertFalse(SessionDays.leftBefore(EmployeeStatus.LEFT_POST, null, left), "离岗 stays in the unit");

        Audience all = Audience.ALL_STAFF;
        LocalDate hired = LocalDate.of(2015, 5, 1);
        assertTrue(all.includes("OFFICE", SecrecyClass.GENERAL, EmployeeStatus.LEFT_UNIT, hired, left, left),
                "expected at a session of their last day");
        assertFalse(all.includes("OFFICE", SecrecyClass.GENERAL, EmployeeStatus.LEFT_UNIT, hired, left,
                left.plusDays(1)), "not at one after it");
        assertFalse(new Audience(java.util.Set.of("IT"), java.util.Set.of()).includes("OFFICE", SecrecyClass.GENERAL,
                EmployeeStatus.LEFT_UNIT, hired, left, left), "another department's session all the same");

        SignInSheet.Result sheet = SignInSheet.check(java.util.List.of(java.util.List.of("工号"),
                        java.util.List.of("SM030"), java.util.List.of("SM029")),
                java.util.Map.of("SM030", new SignInSheet.Person("SM030", EmployeeStatus.LEFT_UNIT, hired, left),
                        "SM029", new SignInSheet.Person("SM029", EmployeeStatus.LEFT_UNIT, hired, left.minusDays(1))),
                java.util.Set.of(), java.util.Set.of(), left);
        assertEquals(java.util.List.of(SheetProblem.of(3, SheetProblem.Kind.LEFT_UNIT, "SM029")), sheet.problems(),
                "the sheet of a session on SM030's last day takes SM030, not SM029 who left the day before");
    }
}
