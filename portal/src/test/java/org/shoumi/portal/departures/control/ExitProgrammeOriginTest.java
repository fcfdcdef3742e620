package org.shoumi.portal.departures.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.departures.control.ExitProgrammeOrigin.Opening;

class ExitProgrammeOriginTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    void aProgrammeFromTheDayOfALoweringIsTheLowerings() {
        assertTrue(ExitProgrammeOrigin.byLoweringInPost(List.of(new Opening(DAY, true)), DAY));
        assertTrue(ExitProgrammeOrigin.byLoweringInPost(List.of(new Opening(DAY, true)), DAY.plusDays(3)));
    }

    @Test
    void aProgrammeOfALaterDepartureIsThatOnes() {
        List<Opening> both = List.of(new Opening(DAY.minusYears(1), true), new Opening(DAY, false));
        assertFalse(ExitProgrammeOrigin.byLoweringInPost(both, DAY), "the 离岗 opened after the lowering");
        assertTrue(ExitProgrammeOrigin.byLoweringInPost(both, DAY.minusYears(1)), "the lowering's own programme");
        List<Opening> lowerLater = List.of(new Opening(DAY.minusYears(1), false), new Opening(DAY, true));
        assertTrue(ExitProgrammeOrigin.byLoweringInPost(lowerLater, DAY));
        assertFalse(ExitProgrammeOrigin.byLoweringInPost(lowerLater, DAY.minusMonths(6)));
    }

    @Test
    void twoOnOneDayTheLastOpenedGaveIt() {
        // one withdrawn as opened by mistake and the right one opened the same day
        assertTrue(ExitProgrammeOrigin.byLoweringInPost(List.of(new Opening(DAY, false), new Opening(DAY, true)), DAY));
        assertFalse(ExitProgrammeOrigin.byLoweringInPost(List.of(new Opening(DAY, true), new Opening(DAY, false)), DAY));
    }

    @Test
    void noDepartureBeforeTheProgrammeIsNoLowering() {
        assertFalse(ExitProgrammeOrigin.byLoweringInPost(List.of(), DAY));
        assertFalse(ExitProgrammeOrigin.byLoweringInPost(List.of(new Opening(DAY.plusDays(1), true)), DAY));
    }
}
