package org.shoumi.portal.matters.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.matters.control.MatterRules.StepProblem;
import org.shoumi.portal.matters.entity.MatterStatus;

class MatterRulesTest {

    @Test
    void acknowledgedThenDecidedInThatOrder() {
        assertEquals(Optional.empty(), MatterRules.check(MatterStatus.REPORTED, MatterStatus.ACKNOWLEDGED));
        assertEquals(Optional.empty(), MatterRules.check(MatterStatus.ACKNOWLEDGED, MatterStatus.DECIDED));
    }

    @Test
    void decidingBeforeAcknowledgingIsRefused() {
        assertEquals(Optional.of(StepProblem.NOT_ACKNOWLEDGED),
                MatterRules.check(MatterStatus.REPORTED, MatterStatus.DECIDED));
    }

    @Test
    void eachStepOnceAndNothingAfterTheDecision() {
        assertEquals(Optional.of(StepProblem.ALREADY_ACKNOWLEDGED),
                MatterRules.check(MatterStatus.ACKNOWLEDGED, MatterStatus.ACKNOWLEDGED));
        assertEquals(Optional.of(StepProblem.ALREADY_DECIDED),
                MatterRules.check(MatterStatus.DECIDED, MatterStatus.DECIDED));
        assertEquals(Optional.of(StepProblem.ALREADY_DECIDED),
                MatterRules.check(MatterStatus.DECIDED, MatterStatus.ACKNOWLEDGED));
        assertEquals(Optional.of(StepProblem.NOT_A_STEP),
                MatterRules.check(MatterStatus.REPORTED, MatterStatus.REPORTED));
    }

    @Test
    void aMatterIsReportedAfterItHappened() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertTrue(MatterRules.dayAllowed(today, today));
        assertTrue(MatterRules.dayAllowed(today.minusYears(3), today));
        assertFalse(MatterRules.dayAllowed(today.plusDays(1), today));
        assertFalse(MatterRules.dayAllowed(null, today));
    }

    @Test
    void onlyADecidedReportIsClosed() {
        assertTrue(MatterStatus.REPORTED.open());
        assertTrue(MatterStatus.ACKNOWLEDGED.open());
        assertFalse(MatterStatus.DECIDED.open());
    }
}
