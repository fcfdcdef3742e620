package org.shoumi.portal.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.reports.control.YearMembers.Change;
import org.shoumi.portal.reports.control.YearMembers.Member;

class YearMembersTest {

    private static final LocalDate HIRED = LocalDate.of(2024, 3, 1);

    private static Change hire(LocalDate on, String dept, SecrecyClass k) {
        return new Change(on, null, null, null, dept, k, EmployeeStatus.ONBOARDING);
    }

    private static Change change(LocalDate on, String fromDept, SecrecyClass fromClass, EmployeeStatus fromStatus,
                                 String toDept, SecrecyClass toClass, EmployeeStatus toStatus) {
        return new Change(on, fromDept, fromClass, fromStatus, toDept, toClass, toStatus);
    }

    private static Optional<Member> in(int year, EmployeeStatus now, String deptNow, List<Change> history) {
        return YearMembers.of(year, HIRED, deptNow, SecrecyClass.GENERAL, now, history);
    }

    @Test
    void aPersonIsCountedWhereTheHistoryPutsThemAtTheYearsEnd() {
        List<Change> history = List.of(hire(HIRED, "OFFICE", SecrecyClass.GENERAL),
                change(HIRED.plusDays(20), "OFFICE", SecrecyClass.GENERAL, EmployeeStatus.ONBOARDING,
                        "OFFICE", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE),
                change(LocalDate.of(2026, 5, 1), "OFFICE", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE,
                        "IT", SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE));
        assertEquals(Optional.of(new Member("OFFICE", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, false)),
                in(2025, EmployeeStatus.ACTIVE, "IT", history), "2025's report keeps them in the office");
        assertEquals(Optional.of(new Member("IT", SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, false)),
                in(2026, EmployeeStatus.ACTIVE, "IT", history));
        assertEquals(Optional.empty(), in(2023, EmployeeStatus.ACTIVE, "IT", history), "not yet hired");
    }

    @Test
    void aLeaverCountsInTheYearTheyLeftWhereTheyWereAndNotAfterwards() {
        List<Change> history = List.of(hire(HIRED, "IT", SecrecyClass.CORE),
                change(HIRED.plusDays(20), "IT", SecrecyClass.CORE, EmployeeStatus.ONBOARDING,
                        "IT", SecrecyClass.CORE, EmployeeStatus.ACTIVE),
                change(LocalDate.of(2026, 6, 30), "IT", SecrecyClass.CORE, EmployeeStatus.ACTIVE,
                        "IT", SecrecyClass.CORE, EmployeeStatus.LEFT_UNIT));
        Member m = in(2026, EmployeeStatus.LEFT_UNIT, "IT", history).orElseThrow();
        assertTrue(m.leftDuringYear());
        assertEquals("IT", m.departmentCode());
        assertEquals(SecrecyClass.CORE, m.secrecyClass());
        assertFalse(m.inPostAtEnd(), "a leaver's 学时 are not averaged with the people in post");
        assertEquals(Optional.empty(), in(2027, EmployeeStatus.LEFT_UNIT, "IT", history));
        assertTrue(in(2025, EmployeeStatus.LEFT_UNIT, "IT", history).orElseThrow().inPostAtEnd(),
                "in post at the end of 2025");
    }

    /**
     * Found by an outside check (ex-s36i section 2): SM020 left the post (离岗) of 科研处 and was moved afterwards to 档案室;
     * the year's report then counted him, and his exit training, in 档案室. One who left the post in the year counts in
     * the department whose post they left, also when the 离岗 itself moved them; one who left in an earlier year counts
     * where they are.
     */
    @Test
    void oneWhoLeftThePostInTheYearCountsInTheDepartmentLeftHoweverTheyAreMovedAfterwards() {
        List<Change> history = List.of(hire(HIRED, "RESEARCH", SecrecyClass.IMPORTANT),
                change(HIRED.plusDays(20), "RESEARCH", SecrecyClass.IMPORTANT, EmployeeStatus.ONBOARDING,
                        "RESEARCH", SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE),
                change(LocalDate.of(2026, 8, 9), "RESEARCH", SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE,
                        "RESEARCH", SecrecyClass.IMPORTANT, EmployeeStatus.LEFT_POST),
                change(LocalDate.of(2026, 12, 7), "RESEARCH", SecrecyClass.IMPORTANT, EmployeeStatus.LEFT_POST,
                        "ARCHIVES", SecrecyClass.NONE, EmployeeStatus.LEFT_POST));
        assertEquals(Optional.of(new Member("RESEARCH", SecrecyClass.NONE, EmployeeStatus.LEFT_POST, false)),
                in(2026, EmployeeStatus.LEFT_POST, "ARCHIVES", history), "the year they left: where the post was");
        assertEquals(Optional.of(new Member("ARCHIVES", SecrecyClass.NONE, EmployeeStatus.LEFT_POST, false)),
                in(2027, EmployeeStatus.LEFT_POST, "ARCHIVES", history), "a later year: where they are");
        List<Change> movedByTheDeparture = List.of(hire(HIRED, "RESEARCH", SecrecyClass.IMPORTANT),
                change(HIRED.plusDays(20), "RESEARCH", SecrecyClass.IMPORTANT, EmployeeStatus.ONBOARDING,
                        "RESEARCH", SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE),
                change(LocalDate.of(2026, 12, 7), "RESEARCH", SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE,
                        "FINANCE", SecrecyClass.NONE, EmployeeStatus.LEFT_POST));
        assertEquals("RESEARCH", in(2026, EmployeeStatus.LEFT_POST, "FINANCE", movedByTheDeparture).orElseThrow()
                .departmentCode(), "a 离岗 that moved the person: the department left");
    }

    @Test
    void aChangeTakingEffectAfterTheYearDoesNotCountInIt() {
        List<Change> history = List.of(hire(HIRED, "IT", SecrecyClass.GENERAL),
                change(LocalDate.of(2027, 1, 1), "IT", SecrecyClass.GENERAL, EmployeeStatus.ONBOARDING,
                        "OFFICE", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE));
        assertEquals(Optional.of(new Member("IT", SecrecyClass.GENERAL, EmployeeStatus.ONBOARDING, false)),
                in(2026, EmployeeStatus.ACTIVE, "OFFICE", history));
    }

    @Test
    void historyRecordedOutOfOrderIsReadByTheDayItTookEffect() {
        // a departure approved as of an earlier day, recorded after a later change
        List<Change> history = List.of(hire(HIRED, "IT", SecrecyClass.GENERAL),
                change(LocalDate.of(2027, 1, 5), "IT", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE,
                        "IT", SecrecyClass.GENERAL, EmployeeStatus.LEFT_UNIT),
                change(LocalDate.of(2026, 12, 20), "IT", SecrecyClass.GENERAL, EmployeeStatus.ONBOARDING,
                        "IT", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE));
        assertEquals(EmployeeStatus.ACTIVE, in(2026, EmployeeStatus.LEFT_UNIT, "IT", history).orElseThrow().status());
    }

    @Test
    void peopleWithoutHistoryCountAsTheyAreUnlessTheyLeftOrWereHiredLater() {
        assertEquals(Optional.of(new Member("IT", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, false)),
                in(2026, EmployeeStatus.ACTIVE, "IT", List.of()));
        assertEquals(Optional.empty(), in(2026, EmployeeStatus.LEFT_UNIT, "IT", List.of()));
        assertEquals(Optional.empty(), in(2023, EmployeeStatus.ACTIVE, "IT", List.of()));
    }

    @Test
    void historyStartingAfterTheYearTellsTheStateBeforeIt() {
        // a person from before the history was kept: their first entry is a change, not a hire
        List<Change> history = List.of(change(LocalDate.of(2027, 2, 1), "OFFICE", SecrecyClass.NONE,
                EmployeeStatus.ACTIVE, "IT", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE));
        assertEquals(Optional.of(new Member("OFFICE", SecrecyClass.NONE, EmployeeStatus.ACTIVE, false)),
                in(2026, EmployeeStatus.ACTIVE, "IT", history));
        assertEquals(Optional.empty(), YearMembers.of(2026, LocalDate.of(2027, 1, 10), "IT", SecrecyClass.GENERAL,
                EmployeeStatus.ACTIVE, List.of(hire(LocalDate.of(2027, 1, 10), "IT", SecrecyClass.GENERAL))));
    }

    /**
     * Found by an outside check (ex-s37h 1): a hire dated next year who took up the post this year (trained ahead of
     * their first day) and left it was missing from the department's report, while its 离岗 and 脱密期 counted there.
     */
    @Test
    void aHireOfNextYearInPostThisYearCountsInIt() {
        LocalDate hired = LocalDate.of(2027, 3, 1);
        Change hire = hire(hired, "OFFICE", SecrecyClass.GENERAL);
        Change tookUp = change(LocalDate.of(2026, 12, 7), "OFFICE", SecrecyClass.GENERAL, EmployeeStatus.ONBOARDING,
                "OFFICE", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE);
        Change left = change(LocalDate.of(2026, 12, 7), "OFFICE", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE,
                "OFFICE", SecrecyClass.NONE, EmployeeStatus.LEFT_POST);
        assertEquals(Optional.of(new Member("OFFICE", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, false)),
                YearMembers.of(2026, hired, "OFFICE", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE,
                        List.of(hire, tookUp)));
        assertEquals(Optional.of(new Member("OFFICE", SecrecyClass.NONE, EmployeeStatus.LEFT_POST, false)),
                YearMembers.of(2026, hired, "OFFICE", SecrecyClass.NONE, EmployeeStatus.LEFT_POST,
                        List.of(hire, tookUp, left)));
        assertEquals(Optional.empty(), YearMembers.of(2026, hired, "OFFICE", SecrecyClass.GENERAL,
                EmployeeStatus.ONBOARDING, List.of(hire)), "not yet in post: next year's");
    }

    /**
     * Found by an outside check: the dashboard said "按 2027 年年末（12 月 31 日）人员所在部门统计" for this year and next,
     * whose year-ends have not come. Only an ended year's people are fixed where they were on its 31 December.
     */
    @Test
    void onlyAnEndedYearsPeopleAreFixedInItsYearEndDepartments() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertEquals(YearMembers.YearState.ENDED, YearMembers.state(2025, today));
        assertEquals(YearMembers.YearState.RUNNING, YearMembers.state(2026, today));
        assertEquals(YearMembers.YearState.RUNNING,
                YearMembers.state(2026, LocalDate.of(2026, 12, 31)), "31 December itself: not ended yet");
        assertEquals(YearMembers.YearState.ENDED,
                YearMembers.state(2026, LocalDate.of(2027, 1, 1)));
        assertEquals(YearMembers.YearState.AHEAD, YearMembers.state(2027, today));
    }
}
