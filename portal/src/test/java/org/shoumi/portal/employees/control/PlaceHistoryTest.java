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
}
