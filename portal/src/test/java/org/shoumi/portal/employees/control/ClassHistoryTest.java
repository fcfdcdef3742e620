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
}
