package org.shoumi.portal.liaisons.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.liaisons.control.LiaisonRules.Cover;
import org.shoumi.portal.liaisons.control.LiaisonRules.Problem;
import org.shoumi.portal.liaisons.control.LiaisonRules.Standing;

class LiaisonRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void aLiaisonWhoLeftOrMovedNoLongerCoversTheDepartment() {
        assertEquals(Standing.SERVING, LiaisonRules.standing(EmployeeStatus.ACTIVE, true));
        assertEquals(Standing.SERVING, LiaisonRules.standing(EmployeeStatus.ONBOARDING, true));
        assertEquals(Standing.MOVED, LiaisonRules.standing(EmployeeStatus.ACTIVE, false));
        assertEquals(Standing.LEFT_POST, LiaisonRules.standing(EmployeeStatus.LEFT_POST, true));
        assertEquals(Standing.LEFT_UNIT, LiaisonRules.standing(EmployeeStatus.LEFT_UNIT, false));

        assertEquals(Cover.VACANT, LiaisonRules.cover(List.of(), false));
        assertEquals(Cover.COVERED, LiaisonRules.cover(List.of(Standing.MOVED, Standing.SERVING), false),
                "one serving liaison is enough");
        assertEquals(Cover.NEEDS_REPLACEMENT, LiaisonRules.cover(List.of(Standing.LEFT_UNIT), false));
        assertEquals(Cover.NEEDS_REPLACEMENT, LiaisonRules.cover(List.of(Standing.MOVED, Standing.LEFT_POST), false));
        // found by an outside check: after the office's liaison's appointment was ended, it read 未配备
        assertEquals(Cover.NEEDS_REPLACEMENT, LiaisonRules.cover(List.of(), true),
                "a post whose appointment ended needs a successor; it is not one never filled");
        assertEquals(Cover.COVERED, LiaisonRules.cover(List.of(Standing.SERVING), true));
    }

    @Test
    void aLiaisonIsOneOfTheDepartmentsOwnPeopleInPostAndAppointedOnce() {
        assertEquals(Optional.empty(), LiaisonRules.appointment(EmployeeStatus.ACTIVE, true, false, TODAY, TODAY));
        assertEquals(Optional.of(Problem.NOT_IN_DEPARTMENT),
                LiaisonRules.appointment(EmployeeStatus.ACTIVE, false, false, TODAY, TODAY));
        assertEquals(Optional.of(Problem.PERSON_GONE),
                LiaisonRules.appointment(EmployeeStatus.LEFT_UNIT, true, false, TODAY, TODAY));
        assertEquals(Optional.of(Problem.PERSON_GONE),
                LiaisonRules.appointment(EmployeeStatus.LEFT_POST, false, false, TODAY, TODAY));
        assertEquals(Optional.of(Problem.NOT_YET_IN_POST),
                LiaisonRules.appointment(EmployeeStatus.ONBOARDING, true, false, TODAY, TODAY),
                "not before their own onboarding is complete");
        assertEquals(Optional.of(Problem.ALREADY_SERVING),
                LiaisonRules.appointment(EmployeeStatus.ACTIVE, true, true, TODAY, TODAY));
        assertEquals(Optional.of(Problem.DAY_IN_FUTURE),
                LiaisonRules.appointment(EmployeeStatus.ACTIVE, true, false, TODAY.plusDays(1), TODAY));
        assertEquals(Optional.of(Problem.BEFORE_HIRE), LiaisonRules.appointment(EmployeeStatus.ACTIVE, true, false,
                java.time.LocalDate.of(1900, 1, 1), TODAY, TODAY.minusYears(3)), "found by an outside check");
        assertEquals(Optional.empty(), LiaisonRules.appointment(EmployeeStatus.ACTIVE, true, false,
                TODAY.minusYears(3), TODAY, TODAY.minusYears(3)), "from the day of hire");
    }

    @Test
    void anAppointmentEndsOnOrAfterItsStartAndNotInTheFuture() {
        LocalDate began = TODAY.minusMonths(3);
        assertEquals(Optional.empty(), LiaisonRules.end(began, began, TODAY));
        assertEquals(Optional.empty(), LiaisonRules.end(began, TODAY, TODAY));
        assertEquals(Optional.of(Problem.ENDS_BEFORE_START), LiaisonRules.end(began, began.minusDays(1), TODAY));
        assertEquals(Optional.of(Problem.DAY_IN_FUTURE), LiaisonRules.end(began, TODAY.plusDays(1), TODAY));
    }

    @Test
    void anAppointmentIsNotDatedBeforeAnEarlierEndOrBeforeJoiningTheDepartment() {
        java.time.LocalDate end = java.time.LocalDate.of(2026, 12, 6);
        assertEquals(java.util.Optional.of(new LiaisonRules.TooEarly(LiaisonRules.Problem.BEFORE_EARLIER_END, end)),
                LiaisonRules.earliestAppointment(end, null, java.time.LocalDate.of(2026, 11, 1)));
        assertTrue(LiaisonRules.earliestAppointment(end, null, end).isEmpty(), "the day of the end itself is allowed");
        java.time.LocalDate joined = java.time.LocalDate.of(2026, 12, 1);
        assertEquals(java.util.Optional.of(new LiaisonRules.TooEarly(LiaisonRules.Problem.BEFORE_JOINING, joined)),
                LiaisonRules.earliestAppointment(null, joined, java.time.LocalDate.of(2025, 1, 1)));
        assertTrue(LiaisonRules.earliestAppointment(null, null, java.time.LocalDate.of(2025, 1, 1)).isEmpty());
    }

    @Test
    void someoneLeavingThePostIsNotAppointed() {
        // outside check ex-s37e 2: a person whose 离岗 was open was appointed; leaving starts when HR opens it
        LocalDate hired = TODAY.minusYears(3);
        assertEquals(Optional.of(Problem.LEAVING), LiaisonRules.appointment(EmployeeStatus.ACTIVE, true, false, true,
                TODAY, TODAY, hired));
        assertEquals(Optional.empty(), LiaisonRules.appointment(EmployeeStatus.ACTIVE, true, false, false, TODAY,
                TODAY, hired));
        assertEquals(Optional.of(Problem.LEAVING), LiaisonRules.appointment(EmployeeStatus.ACTIVE, false, false, true,
                TODAY, TODAY, hired), "the open departure is named before the department");
        assertEquals(Optional.of(Problem.PERSON_GONE), LiaisonRules.appointment(EmployeeStatus.LEFT_POST, true, false,
                true, TODAY, TODAY, hired), "a 离职 after a 离岗: gone already");
    }
}
