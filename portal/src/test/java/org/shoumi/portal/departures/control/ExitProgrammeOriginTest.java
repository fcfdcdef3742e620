package org.shoumi.portal.departures.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.departures.control.ExitProgrammeOrigin.Opening;

class ExitProgrammeOriginTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    /** The instant of a time on a day, in the unit's zone. */
    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ZONE).toInstant();
    }

    /** A departure opened on the day at the time given. */
    private static Opening opened(LocalDate day, int hour, int minute, boolean lowering) {
        return new Opening(day, at(day, hour, minute), lowering);
    }

    /** A departure entered as opened on an earlier paper day: the start of that day. */
    private static Opening onPaper(LocalDate day, boolean lowering) {
        return new Opening(day, day.atStartOfDay(ZONE).toInstant(), lowering);
    }

    @Test
    void aProgrammeFromTheDayOfALoweringIsTheLowerings() {
        assertTrue(ExitProgrammeOrigin.byLoweringInPost(List.of(opened(DAY, 9, 0, true)), DAY, at(DAY, 9, 0)));
        assertTrue(ExitProgrammeOrigin.byLoweringInPost(List.of(onPaper(DAY, true)), DAY.plusDays(3), null));
    }

    @Test
    void aProgrammeOfALaterDepartureIsThatOnes() {
        List<Opening> both = List.of(opened(DAY.minusYears(1), 9, 0, true), opened(DAY, 9, 0, false));
        assertFalse(ExitProgrammeOrigin.byLoweringInPost(both, DAY, at(DAY, 9, 0)), "the 离岗 opened after the lowering");
        assertTrue(ExitProgrammeOrigin.byLoweringInPost(both, DAY.minusYears(1), at(DAY.minusYears(1), 9, 0)),
                "the lowering's own programme");
        List<Opening> lowerLater = List.of(opened(DAY.minusYears(1), 9, 0, false), opened(DAY, 9, 0, true));
        assertTrue(ExitProgrammeOrigin.byLoweringInPost(lowerLater, DAY, at(DAY, 9, 0)));
        assertFalse(ExitProgrammeOrigin.byLoweringInPost(lowerLater, DAY.minusMonths(6), at(DAY.minusMonths(6), 8, 0)));
    }

    /**
     * Outside check ex-s38g 3: a lowering in post approved and a 离职 opened the same day; the lowering's training was
     * named 离岗培训 in the secrecy file and the workbook once the 离职 was opened. Each programme is its own
     * departure's, in both orders.
     */
    @Test
    void twoDeparturesOnOneDayEachGaveItsOwnProgrammeInBothOrders() {
        List<Opening> lowerThenLeave = List.of(opened(DAY, 9, 0, true), opened(DAY, 15, 30, false));
        assertTrue(ExitProgrammeOrigin.byLoweringInPost(lowerThenLeave, DAY, at(DAY, 9, 0)), "the lowering's");
        assertFalse(ExitProgrammeOrigin.byLoweringInPost(lowerThenLeave, DAY, at(DAY, 15, 30)), "the 离职's");

        List<Opening> leaveThenLower = List.of(opened(DAY, 9, 0, false), opened(DAY, 15, 30, true));
        assertFalse(ExitProgrammeOrigin.byLoweringInPost(leaveThenLower, DAY, at(DAY, 9, 0)), "the 离岗's");
        assertTrue(ExitProgrammeOrigin.byLoweringInPost(leaveThenLower, DAY, at(DAY, 15, 30)), "the lowering's");
    }

    /** A departure withdrawn as opened by mistake and a lowering opened after it the same day: each its own. */
    @Test
    void aWithdrawnDepartureAndALoweringTheSameDayEachGaveItsOwn() {
        List<Opening> mistakeThenLower = List.of(opened(DAY, 9, 0, false), opened(DAY, 9, 20, true));
        assertFalse(ExitProgrammeOrigin.byLoweringInPost(mistakeThenLower, DAY, at(DAY, 9, 0)),
                "the withdrawn 离岗's programme");
        assertTrue(ExitProgrammeOrigin.byLoweringInPost(mistakeThenLower, DAY, at(DAY, 9, 20)),
                "the lowering's programme");
    }

    /**
     * A departure entered as opened on an earlier paper day is opened at the start of that day: its programme, given
     * now from that day, is its own even after another departure opened since.
     */
    @Test
    void aDepartureOpenedOnAnEarlierPaperDayGaveTheProgrammeFromThatDay() {
        List<Opening> openings = List.of(opened(DAY, 9, 0, false), onPaper(DAY.minusDays(2), true));
        assertTrue(ExitProgrammeOrigin.byLoweringInPost(openings, DAY.minusDays(2), at(DAY, 10, 0)));
        assertFalse(ExitProgrammeOrigin.byLoweringInPost(openings, DAY, at(DAY, 9, 0)));
    }

    @Test
    void withoutTheInstantItWasGivenTwoOnOneDayTheLastOpenedGaveIt() {
        assertTrue(ExitProgrammeOrigin.byLoweringInPost(List.of(opened(DAY, 9, 0, false), opened(DAY, 10, 0, true)),
                DAY, null));
        assertFalse(ExitProgrammeOrigin.byLoweringInPost(List.of(opened(DAY, 9, 0, true), opened(DAY, 10, 0, false)),
                DAY, null));
    }

    @Test
    void noDepartureBeforeTheProgrammeIsNoLowering() {
        assertFalse(ExitProgrammeOrigin.byLoweringInPost(List.of(), DAY, at(DAY, 9, 0)));
        assertFalse(ExitProgrammeOrigin.byLoweringInPost(List.of(opened(DAY.plusDays(1), 9, 0, true)), DAY,
                at(DAY, 9, 0)));
    }
}
