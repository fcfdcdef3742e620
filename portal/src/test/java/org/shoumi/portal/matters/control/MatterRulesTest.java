package org.shoumi.portal.matters.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.matters.control.MatterRules.StepProblem;
import org.shoumi.portal.matters.entity.MatterCategory;
import org.shoumi.portal.matters.entity.MatterDecision;
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

    /** Found by an outside check: a matter dated 1900-01-01 was taken; at most ten years back now. */
    @Test
    void aMatterIsNotDatedMoreThanTenYearsBack() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertTrue(MatterRules.tooLongAgo(LocalDate.of(1900, 1, 1), today));
        assertTrue(MatterRules.tooLongAgo(LocalDate.of(2016, 12, 5), today));
        assertFalse(MatterRules.tooLongAgo(LocalDate.of(2016, 12, 6), today));
        assertFalse(MatterRules.tooLongAgo(today, today));
        assertFalse(MatterRules.tooLongAgo(null, today));
    }

    @Test
    void onlyADecidedReportIsClosed() {
        assertTrue(MatterStatus.REPORTED.open());
        assertTrue(MatterStatus.ACKNOWLEDGED.open());
        assertFalse(MatterStatus.DECIDED.open());
    }

    @Test
    void aLostCarrierIsNeverNoActionAndWaitsForItsCaseToClose() {
        // outside check: a carrier lost, reported as a 重大事项, was closed as 无需处理 with no report upwards
        assertEquals(Optional.of(MatterRules.CarrierProblem.NO_ACTION), MatterRules.carrierDecision(
                MatterCategory.CARRIER_LOST, MatterDecision.NO_ACTION, true, true));
        assertEquals(Optional.of(MatterRules.CarrierProblem.CASE_OPEN), MatterRules.carrierDecision(
                MatterCategory.CARRIER_LOST, MatterDecision.KEEP_IN_POST_WITH_MEASURES, true, false));
        assertEquals(Optional.empty(), MatterRules.carrierDecision(MatterCategory.CARRIER_LOST,
                MatterDecision.KEEP_IN_POST_WITH_MEASURES, true, true));
        assertEquals(Optional.empty(), MatterRules.carrierDecision(MatterCategory.CARRIER_LOST,
                MatterDecision.OTHER, false, false), "a report from before cases were opened is not held");
        assertEquals(Optional.empty(), MatterRules.carrierDecision(MatterCategory.FOREIGN_CONTACT,
                MatterDecision.NO_ACTION, false, false));
        assertTrue(MatterRules.noteRequired(MatterCategory.CARRIER_LOST));
        assertTrue(MatterRules.noteRequired(MatterCategory.OTHER), "the note is all the report says");
        assertTrue(MatterRules.noteRequired(MatterCategory.FOREIGN_CONTACT), "with whom and what: only the note");
        assertFalse(MatterRules.noteRequired(MatterCategory.PASSPORT_OR_RESIDENCE));
    }

    @Test
    void aLostCarriersNoteAndADecisionsTextMustSaySomething() {
        // outside check ex-s37e 1: a lost carrier's note "-" opened a case whose 情况说明 read "-", and 调离涉密岗位 was
        // decided with the text "-" and 其他 with "无无"
        for (String nothing : new String[] {null, " ", "-", "无", "无无", "—", "同意"}) {
            assertTrue(MatterRules.noteMissing(MatterCategory.CARRIER_LOST, nothing), String.valueOf(nothing));
            assertTrue(MatterRules.decisionTextMissing(nothing), String.valueOf(nothing));
        }
        assertFalse(MatterRules.noteMissing(MatterCategory.CARRIER_LOST, "丢失机密级U盘（编号 BM-017）"));
        // outside check ex-s37i 5: 其他 and 异常接触 were taken with "-"; a note typed under another category says
        // something too, or is left empty
        for (String nothing : new String[] {null, " ", "-", "无", "无无", "同意"}) {
            assertTrue(MatterRules.noteMissing(MatterCategory.OTHER, nothing), String.valueOf(nothing));
            assertTrue(MatterRules.noteMissing(MatterCategory.FOREIGN_CONTACT, nothing), String.valueOf(nothing));
        }
        assertFalse(MatterRules.noteMissing(MatterCategory.OTHER, "配偶在境外开办公司"));
        assertFalse(MatterRules.noteMissing(MatterCategory.PASSPORT_OR_RESIDENCE, null), "optional");
        assertFalse(MatterRules.noteMissing(MatterCategory.PASSPORT_OR_RESIDENCE, " "), "optional");
        assertTrue(MatterRules.noteMissing(MatterCategory.PASSPORT_OR_RESIDENCE, "-"), "typed, it says something");
        assertFalse(MatterRules.noteMissing(MatterCategory.PASSPORT_OR_RESIDENCE, "申请因私护照"));
        assertFalse(MatterRules.decisionTextMissing("按规定调离涉密岗位"));
    }
}
