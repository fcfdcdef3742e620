package org.shoumi.quizzes.attempts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.attempts.control.QuizPolicy.GradingMethod;
import org.shoumi.quizzes.attempts.control.Scoring.MultiCredit;

/** Who defined a quiz and when: recorded once, not carried over to a copy for the next year. */
class QuizTest {

    private static final Instant DEFINED = Instant.parse("2026-12-06T04:16:20Z");

    private static Quiz quiz() {
        return new Quiz("YE4-EXAM", "年度考试", QuizMode.EXAM, List.of(new DrawRuleSpec(5, null, 1, 5)), 30, 60, 3,
                GradingMethod.HIGHEST, FeedbackPolicy.FULL, MultiCredit.PARTIAL);
    }

    @Test
    void aQuizKnowsWhoDefinedItAndWhenOnce() {
        Quiz q = quiz();
        assertNull(q.getCreatedAt(), "as a quiz defined before it was kept: shown as —");
        q.created("officer", DEFINED);
        assertEquals("officer", q.getCreatedBy());
        assertEquals(DEFINED, q.getCreatedAt());
        assertThrows(IllegalStateException.class, () -> q.created("admin", DEFINED.plusSeconds(60)));
        Quiz copy = q.copyAs("YE5-EXAM", "下年度考试");
        assertNull(copy.getCreatedBy(), "a copy is defined by whoever copies it");
        assertNull(copy.getCreatedAt());
    }

    /**
     * Found by an outside check (ex-s37d 5): another exam under a code used a moment ago was taken for the form sent
     * twice. Only the same definition, its code aside, is the same quiz.
     */
    @Test
    void theSameDefinitionIsTheTitleTheDrawAndEverySetting() {
        org.junit.jupiter.api.Assertions.assertTrue(quiz().sameDefinition(new Quiz("OTHER", "年度考试", QuizMode.EXAM,
                List.of(new DrawRuleSpec(5, null, 1, 5)), 30, 60, 3, GradingMethod.HIGHEST, FeedbackPolicy.FULL,
                MultiCredit.PARTIAL)));
        for (Quiz other : List.of(
                new Quiz("YE4-EXAM", "完全不同的标题", QuizMode.EXAM, List.of(new DrawRuleSpec(5, null, 1, 5)), 30, 60, 3,
                        GradingMethod.HIGHEST, FeedbackPolicy.FULL, MultiCredit.PARTIAL),
                new Quiz("YE4-EXAM", "年度考试", QuizMode.EXAM, List.of(new DrawRuleSpec(6, null, 1, 5)), 30, 60, 3,
                        GradingMethod.HIGHEST, FeedbackPolicy.FULL, MultiCredit.PARTIAL),
                new Quiz("YE4-EXAM", "年度考试", QuizMode.EXAM, List.of(new DrawRuleSpec(5, null, 1, 5)), 30, 80, 3,
                        GradingMethod.HIGHEST, FeedbackPolicy.FULL, MultiCredit.PARTIAL),
                new Quiz("YE4-EXAM", "年度考试", QuizMode.EXAM, List.of(new DrawRuleSpec(5, null, 1, 5)), 30, 60, 3,
                        GradingMethod.LAST, FeedbackPolicy.FULL, MultiCredit.PARTIAL))) {
            org.junit.jupiter.api.Assertions.assertFalse(quiz().sameDefinition(other), other.getTitle());
        }
    }
}
