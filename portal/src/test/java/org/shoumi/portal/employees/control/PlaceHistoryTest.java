package org.shoumi.portal.employees.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.control.PlaceHistory.Change;
import org.shoumi.portal.employees.control.PlaceHistory.Place;
import org.shoumi.portal.employees.entity.SecrecyClass;

class PlaceHistoryTest {

    private static final Place NOW = new Place("ARCHIVE", SecrecyClass.GENERAL);

    private static final List<Change> HIRED_THEN_MOVED = List.of(
            new Change(LocalDate.of(2020, 3, 1), null, null, "OFFICE", SecrecyClass.IMPORTANT),
            new Change(LocalDate.of(2026, 12, 6), "OFFICE", SecrecyClass.IMPORTANT, "ARCHIVE", SecrecyClass.GENERAL));

    @Test
    void aPersonMovedTodayWasInTheOldDepartmentOnAnEarlierDay() {
        assertEquals(new Place("OFFICE", SecrecyClass.IMPORTANT),
                PlaceHistory.on(LocalDate.of(2025, 12, 20), NOW, HIRED_THEN_MOVED));
    }

    @Test
    void aMoveCountsFromTheDayItTookEffect() {
        assertEquals(NOW, PlaceHistory.on(LocalDate.of(2026, 12, 6), NOW, HIRED_THEN_MOVED));
        assertEquals(NOW, PlaceHistory.on(LocalDate.of(2027, 1, 1), NOW, HIRED_THEN_MOVED));
    }

    @Test
    void withoutHistoryThePlaceIsTheCurrentOne() {
        assertEquals(NOW, PlaceHistory.on(LocalDate.of(2025, 12, 20), NOW, List.of()));
    }

    @Test
    void beforeTheFirstRecordedChangeThePersonWasWhereItFoundThem() {
        List<Change> movedOnly = List.of(
                new Change(LocalDate.of(2026, 6, 1), "OFFICE", SecrecyClass.CORE, "ARCHIVE", SecrecyClass.GENERAL));
        assertEquals(new Place("OFFICE", SecrecyClass.CORE), PlaceHistory.on(LocalDate.of(2025, 1, 1), NOW, movedOnly));
    }

    @Test
    void ofTwoChangesFromTheSameDayTheOneRecordedLaterCounts() {
        List<Change> corrected = List.of(
                new Change(LocalDate.of(2020, 3, 1), null, null, "OFFICE", SecrecyClass.GENERAL),
                new Change(LocalDate.of(2025, 5, 1), "OFFICE", SecrecyClass.GENERAL, "LAB", SecrecyClass.GENERAL),
                new Change(LocalDate.of(2025, 5, 1), "LAB", SecrecyClass.GENERAL, "ARCHIVE", SecrecyClass.GENERAL));
        assertEquals(new Place("ARCHIVE", SecrecyClass.GENERAL),
                PlaceHistory.on(LocalDate.of(2025, 12, 31), NOW, corrected));
    }

    @Test
    void aChangeRecordedLateForAnEarlierDayCountsFromThatDay() {
        // recorded in this order: the move dated back to 2025-11-01 after a later one
        List<Change> late = List.of(
                new Change(LocalDate.of(2020, 3, 1), null, null, "OFFICE", SecrecyClass.GENERAL),
                new Change(LocalDate.of(2026, 2, 1), "LAB", SecrecyClass.GENERAL, "ARCHIVE", SecrecyClass.GENERAL),
                new Change(LocalDate.of(2025, 11, 1), "OFFICE", SecrecyClass.GENERAL, "LAB", SecrecyClass.GENERAL));
        assertEquals(new Place("LAB", SecrecyClass.GENERAL), PlaceHistory.on(LocalDate.of(2025, 12, 20), NOW, late));
    }

    /**
     * Found by an outside check: the secrecy file read every year's 学时 target from the class the person has today
     * (a 核心 person of all of 2025 lowered to 一般 today: "2025 年度：0 / 8"). A past year's class is the one its last
     * day gives, the year under way's today's.
     */
    @Test
    void aYearsClassIsTheOneItsLastDayGivesAndTodaysForTheYearUnderWay() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertEquals(LocalDate.of(2025, 12, 31), PlaceHistory.classDayOfYear(2025, today));
        assertEquals(today, PlaceHistory.classDayOfYear(2026, today));
        assertEquals(today, PlaceHistory.classDayOfYear(2027, today));
        List<Change> loweredToday = List.of(
                new Change(LocalDate.of(2020, 3, 1), null, null, "OFFICE", SecrecyClass.CORE),
                new Change(today, "OFFICE", SecrecyClass.CORE, "OFFICE", SecrecyClass.GENERAL));
        Place now = new Place("OFFICE", SecrecyClass.GENERAL);
        assertEquals(SecrecyClass.CORE,
                PlaceHistory.on(PlaceHistory.classDayOfYear(2025, today), now, loweredToday).secrecyClass());
        assertEquals(SecrecyClass.GENERAL,
                PlaceHistory.on(PlaceHistory.classDayOfYear(2026, today), now, loweredToday).secrecyClass());
    }

    private static final java.time.ZoneId UNIT = java.time.ZoneId.of("Asia/Shanghai");

    private static java.time.Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(UNIT).toInstant();
    }

    /**
     * Found by an outside check: a move registered at 19:22 and dated that day rewrote who was expected at a session
     * held at 09:00 the same day; the person who was there became an outsider.
     */
    @Test
    void aMoveRegisteredAfterTheMomentOfItsDayHadNotTakenEffectYet() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        List<Change> movedInTheEvening = List.of(
                new Change(LocalDate.of(2020, 3, 1), null, null, "OFFICE", SecrecyClass.GENERAL,
                        at("2020-02-20T10:00")),
                new Change(day, "OFFICE", SecrecyClass.GENERAL, "ARCHIVE", SecrecyClass.GENERAL,
                        at("2026-12-07T19:22")));
        assertEquals(java.util.Optional.of(new Place("OFFICE", SecrecyClass.GENERAL)),
                PlaceHistory.at(at("2026-12-07T09:00"), day, NOW, movedInTheEvening), "the morning's session");
        assertEquals(java.util.Optional.of(NOW),
                PlaceHistory.at(at("2026-12-07T20:00"), day, NOW, movedInTheEvening), "the evening's session");
        assertEquals(java.util.Optional.of(NOW),
                PlaceHistory.at(at("2026-12-08T09:00"), day.plusDays(1), NOW, movedInTheEvening), "the next day's");
        assertEquals(NOW, PlaceHistory.on(day, NOW, movedInTheEvening), "by day alone, as a year's end reads it");
    }

    @Test
    void aChangeOfAnEarlierDayRegisteredLaterCountsFromItsDay() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        List<Change> datedBack = List.of(
                new Change(LocalDate.of(2020, 3, 1), null, null, "OFFICE", SecrecyClass.GENERAL,
                        at("2020-02-20T10:00")),
                new Change(day.minusDays(1), "OFFICE", SecrecyClass.GENERAL, "ARCHIVE", SecrecyClass.GENERAL,
                        at("2026-12-07T19:22")));
        assertEquals(java.util.Optional.of(NOW), PlaceHistory.at(at("2026-12-07T09:00"), day, NOW, datedBack));
        List<Change> unknownTime = List.of(
                new Change(LocalDate.of(2020, 3, 1), null, null, "OFFICE", SecrecyClass.GENERAL),
                new Change(day, "OFFICE", SecrecyClass.GENERAL, "ARCHIVE", SecrecyClass.GENERAL));
        assertEquals(java.util.Optional.of(NOW), PlaceHistory.at(at("2026-12-07T09:00"), day, NOW, unknownTime),
                "registration time not known: by its day");
    }

    /** Found by an outside check: a hire registered at 19:22, hired that day, was expected at the 09:00 session. */
    @Test
    void aHireRegisteredAfterTheMomentWasNotInTheUnitYet() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        Place hired = new Place("OFFICE", SecrecyClass.GENERAL);
        List<Change> hiredInTheEvening = List.of(
                new Change(day, null, null, "OFFICE", SecrecyClass.GENERAL, at("2026-12-07T19:22")));
        assertEquals(java.util.Optional.empty(),
                PlaceHistory.at(at("2026-12-07T09:00"), day, hired, hiredInTheEvening));
        assertEquals(java.util.Optional.of(hired),
                PlaceHistory.at(at("2026-12-07T20:00"), day, hired, hiredInTheEvening));
        List<Change> hiredAhead = List.of(
                new Change(day.plusDays(3), null, null, "OFFICE", SecrecyClass.GENERAL, at("2026-12-01T10:00")));
        assertEquals(java.util.Optional.empty(), PlaceHistory.at(at("2026-12-07T09:00"), day, hired, hiredAhead));
        List<Change> hiredInTheMorning = List.of(
                new Change(day, null, null, "OFFICE", SecrecyClass.GENERAL, at("2026-12-07T08:00")));
        assertEquals(java.util.Optional.of(hired),
                PlaceHistory.at(at("2026-12-07T09:00"), day, hired, hiredInTheMorning));
        assertEquals(java.util.Optional.of(NOW), PlaceHistory.at(at("2026-12-07T09:00"), day, NOW, List.of()),
                "without history: where they are");
    }
}
