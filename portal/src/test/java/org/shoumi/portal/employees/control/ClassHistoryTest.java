package org.shoumi.portal.employees.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.control.ClassHistory.ClassChange;
import org.shoumi.portal.employees.entity.SecrecyClass;

class ClassHistoryTest {

    private static final Instant YEAR_AGO = Instant.parse("2025-12-01T00:00:00Z");

    @Test
    void aCoreClassLoweredWithinTheYearStillCounts() {
        List<ClassChange> history = List.of(
                new ClassChange(Instant.parse("2020-01-01T00:00:00Z"), null, SecrecyClass.CORE),
                new ClassChange(Instant.parse("2026-11-20T00:00:00Z"), SecrecyClass.CORE, SecrecyClass.GENERAL));
        assertEquals(SecrecyClass.CORE, ClassHistory.highestHeldSince(SecrecyClass.GENERAL, history, YEAR_AGO));
    }

    @Test
    void aClassLeftBeforeTheWindowDoesNotCount() {
        List<ClassChange> history = List.of(
                new ClassChange(Instant.parse("2020-01-01T00:00:00Z"), null, SecrecyClass.CORE),
                new ClassChange(Instant.parse("2024-06-01T00:00:00Z"), SecrecyClass.CORE, SecrecyClass.GENERAL));
        assertEquals(SecrecyClass.GENERAL, ClassHistory.highestHeldSince(SecrecyClass.GENERAL, history, YEAR_AGO));
    }

    @Test
    void aClassHeldBrieflyInsideTheWindowCounts() {
        List<ClassChange> history = List.of(
                new ClassChange(Instant.parse("2026-03-01T00:00:00Z"), SecrecyClass.GENERAL, SecrecyClass.IMPORTANT),
                new ClassChange(Instant.parse("2026-04-01T00:00:00Z"), SecrecyClass.IMPORTANT, SecrecyClass.GENERAL));
        assertEquals(SecrecyClass.IMPORTANT, ClassHistory.highestHeldSince(SecrecyClass.GENERAL, history, YEAR_AGO));
    }

    @Test
    void aClassCorrectedBeforeThePostWasTakenUpWasNeverHeld() {
        // hired as 核心 by mistake, corrected to 一般 while 待上岗: the 核心 was never held
        List<ClassChange> history = List.of(
                new ClassChange(Instant.parse("2026-11-01T00:00:00Z"), null, SecrecyClass.CORE),
                new ClassChange(Instant.parse("2026-11-02T00:00:00Z"), SecrecyClass.CORE, SecrecyClass.GENERAL, true));
        assertEquals(SecrecyClass.GENERAL, ClassHistory.highestHeldSince(SecrecyClass.GENERAL, history, YEAR_AGO));
    }

    @Test
    void everyClassBeforeACorrectionWasNeverHeldButWhatCameAfterCounts() {
        // hired 重要, raised to 核心, both before the post was taken up, corrected to 一般; then raised to 重要 in post
        List<ClassChange> history = List.of(
                new ClassChange(Instant.parse("2026-10-01T00:00:00Z"), null, SecrecyClass.IMPORTANT),
                new ClassChange(Instant.parse("2026-10-02T00:00:00Z"), SecrecyClass.IMPORTANT, SecrecyClass.CORE),
                new ClassChange(Instant.parse("2026-10-03T00:00:00Z"), SecrecyClass.CORE, SecrecyClass.GENERAL, true));
        assertEquals(SecrecyClass.GENERAL, ClassHistory.highestHeldSince(SecrecyClass.GENERAL, history, YEAR_AGO));
        List<ClassChange> raisedLater = new java.util.ArrayList<>(history);
        raisedLater.add(new ClassChange(Instant.parse("2026-11-01T00:00:00Z"), SecrecyClass.GENERAL,
                SecrecyClass.IMPORTANT));
        raisedLater.add(new ClassChange(Instant.parse("2026-11-20T00:00:00Z"), SecrecyClass.IMPORTANT,
                SecrecyClass.GENERAL));
        assertEquals(SecrecyClass.IMPORTANT, ClassHistory.highestHeldSince(SecrecyClass.GENERAL, raisedLater,
                YEAR_AGO), "a class held after the correction counts as ever");
    }

    @Test
    void aCorrectionBeforeTheWindowLeavesTheCurrentClass() {
        List<ClassChange> history = List.of(
                new ClassChange(Instant.parse("2024-01-01T00:00:00Z"), null, SecrecyClass.CORE),
                new ClassChange(Instant.parse("2024-01-02T00:00:00Z"), SecrecyClass.CORE, SecrecyClass.IMPORTANT, true));
        assertEquals(SecrecyClass.IMPORTANT, ClassHistory.highestHeldSince(SecrecyClass.IMPORTANT, history, YEAR_AGO));
    }

    @Test
    void withoutHistoryTheCurrentClassCounts() {
        assertEquals(SecrecyClass.IMPORTANT, ClassHistory.highestHeldSince(SecrecyClass.IMPORTANT, List.of(), YEAR_AGO));
    }

    @Test
    void loweringIsAnyStepDownTheClasses() {
        assertTrue(SecrecyClass.CORE.isLoweredTo(SecrecyClass.GENERAL));
        assertTrue(SecrecyClass.GENERAL.isLoweredTo(SecrecyClass.NONE));
        assertFalse(SecrecyClass.GENERAL.isLoweredTo(SecrecyClass.CORE));
        assertFalse(SecrecyClass.NONE.isLoweredTo(SecrecyClass.NONE));
    }

    /**
     * Found by an outside check: a person in post raised from 一般 to 核心 by mistake and set back a minute later, with
     * no 上岗审查 in between, owed the 3 years of 核心. A class never taken up counts as the one held before it, in
     * the window as now; the same raise with its 上岗审查 passed (not marked) still counts.
     */
    @Test
    void aRaiseNeverTakenUpCountsAsTheClassHeldBeforeIt() {
        Instant hired = Instant.parse("2020-01-01T00:00:00Z");
        Instant raised = Instant.parse("2026-12-06T02:00:00Z");
        Instant setBack = Instant.parse("2026-12-06T02:01:00Z");
        List<ClassChange> corrected = List.of(
                new ClassChange(hired, null, SecrecyClass.GENERAL),
                new ClassChange(raised, SecrecyClass.GENERAL, SecrecyClass.CORE, false, true),
                new ClassChange(setBack, SecrecyClass.CORE, SecrecyClass.GENERAL));
        assertEquals(SecrecyClass.GENERAL, ClassHistory.highestHeldSince(SecrecyClass.GENERAL, corrected, YEAR_AGO));
        // still in the class never taken up (a departure opened meanwhile): the class before it
        List<ClassChange> stillRaised = List.of(
                new ClassChange(hired, null, SecrecyClass.GENERAL),
                new ClassChange(raised, SecrecyClass.GENERAL, SecrecyClass.CORE, false, true),
                new ClassChange(setBack, SecrecyClass.CORE, SecrecyClass.CORE, false, true));
        assertEquals(SecrecyClass.GENERAL, ClassHistory.highestHeldSince(SecrecyClass.CORE, stillRaised, YEAR_AGO));
        List<ClassChange> vetted = List.of(
                new ClassChange(hired, null, SecrecyClass.GENERAL),
                new ClassChange(raised, SecrecyClass.GENERAL, SecrecyClass.CORE),
                new ClassChange(setBack, SecrecyClass.CORE, SecrecyClass.GENERAL));
        assertEquals(SecrecyClass.CORE, ClassHistory.highestHeldSince(SecrecyClass.GENERAL, vetted, YEAR_AGO),
                "a class really held counts as before");
        // a class held before the raise never taken up still counts
        List<ClassChange> importantBefore = List.of(
                new ClassChange(hired, null, SecrecyClass.IMPORTANT),
                new ClassChange(Instant.parse("2026-06-01T00:00:00Z"), SecrecyClass.IMPORTANT, SecrecyClass.GENERAL),
                new ClassChange(raised, SecrecyClass.GENERAL, SecrecyClass.CORE, false, true),
                new ClassChange(setBack, SecrecyClass.CORE, SecrecyClass.GENERAL));
        assertEquals(SecrecyClass.IMPORTANT,
                ClassHistory.highestHeldSince(SecrecyClass.GENERAL, importantBefore, YEAR_AGO));
    }

    /** Set back to the class before a raise never taken up, the raise is corrected; any other lowering is not. */
    @Test
    void onlyTheClassBeforeARaiseNeverTakenUpCorrectsIt() {
        Instant hired = Instant.parse("2020-01-01T00:00:00Z");
        Instant raised = Instant.parse("2026-12-06T02:00:00Z");
        List<ClassChange> raisedByMistake = List.of(
                new ClassChange(hired, null, SecrecyClass.GENERAL),
                new ClassChange(raised, SecrecyClass.GENERAL, SecrecyClass.CORE, false, true),
                new ClassChange(Instant.parse("2026-12-06T02:00:30Z"), SecrecyClass.CORE, SecrecyClass.CORE, false,
                        true));
        assertEquals(java.util.Optional.of(SecrecyClass.GENERAL),
                ClassHistory.raisedFromNotTakenUp(SecrecyClass.CORE, raisedByMistake));
        List<ClassChange> vetted = List.of(
                new ClassChange(hired, null, SecrecyClass.GENERAL),
                new ClassChange(raised, SecrecyClass.GENERAL, SecrecyClass.CORE));
        assertTrue(ClassHistory.raisedFromNotTakenUp(SecrecyClass.CORE, vetted).isEmpty(), "taken up");
        assertTrue(ClassHistory.raisedFromNotTakenUp(SecrecyClass.GENERAL, List.of(
                new ClassChange(hired, null, SecrecyClass.CORE))).isEmpty(), "a hire");
        assertTrue(ClassHistory.raisedFromNotTakenUp(SecrecyClass.GENERAL, List.of(
                new ClassChange(hired, null, SecrecyClass.GENERAL),
                new ClassChange(raised, SecrecyClass.GENERAL, SecrecyClass.CORE, false, true),
                new ClassChange(Instant.parse("2026-12-06T02:01:00Z"), SecrecyClass.CORE, SecrecyClass.GENERAL)))
                .isEmpty(), "set back already");
    }
}
