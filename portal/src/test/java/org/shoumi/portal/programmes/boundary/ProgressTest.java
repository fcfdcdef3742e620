package org.shoumi.portal.programmes.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.programmes.boundary.Progress.StepProgress;
import org.shoumi.portal.programmes.entity.ProgrammeKind;
import org.shoumi.portal.programmes.control.ProgrammeRules.StepKind;

/**
 * Which programmes still wait for a quiz: the quiz start page asked a person who had passed the exam (the
 * programme's other steps still open) to ask for another attempt (outside check).
 */
class ProgressTest {

    private static Progress progress(boolean quizDone, Instant completedAt, Instant closedAt) {
        return new Progress(1, "E1", "张三", "LAB", "第一研究室", null, ProgrammeKind.IN_POST,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), completedAt, false,
                List.of(new StepProgress(StepKind.READ, "DOC", true, 0),
                        new StepProgress(StepKind.QUIZ, "ANNUAL-2026", quizDone, 0),
                        new StepProgress(StepKind.PLEDGE, "YEARLY", false, 0)),
                closedAt, "C1", "2026年度重要涉密人员年度保密教育",
                closedAt == null ? null : org.shoumi.portal.programmes.entity.ClosedBecause.LEFT);
    }

    @Test
    void anOpenProgrammeWhoseExamIsPassedNoLongerAsksForIt() {
        Progress passed = progress(true, null, null);
        assertTrue(passed.open(), "the pledge is still open");
        assertFalse(passed.stillAsksQuiz("ANNUAL-2026"));
        assertTrue(passed.quizDone("ANNUAL-2026"));
    }

    @Test
    void anOpenProgrammeWhoseExamIsNotPassedAsksForIt() {
        Progress open = progress(false, null, null);
        assertTrue(open.stillAsksQuiz("ANNUAL-2026"));
        assertFalse(open.quizDone("ANNUAL-2026"));
        assertFalse(open.stillAsksQuiz("OTHER"), "another quiz");
    }

    @Test
    void aClosedOrCompleteProgrammeAsksForNothing() {
        assertFalse(progress(false, null, Instant.parse("2026-06-01T00:00:00Z")).stillAsksQuiz("ANNUAL-2026"));
        assertFalse(progress(true, Instant.parse("2026-06-01T00:00:00Z"), null).stillAsksQuiz("ANNUAL-2026"));
    }
}
