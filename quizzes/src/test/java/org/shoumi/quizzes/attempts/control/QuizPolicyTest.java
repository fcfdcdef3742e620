package org.shoumi.quizzes.attempts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.attempts.control.QuizPolicy.Graded;
import org.shoumi.quizzes.attempts.control.QuizPolicy.GradingMethod;

class QuizPolicyTest {

    private static final Instant START = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    void theDeadlineIsStartPlusTheLimit() {
        assertEquals(Optional.of(Instant.parse("2026-11-23T01:20:00Z")), QuizPolicy.deadline(START, 20));
        assertEquals(Optional.empty(), QuizPolicy.deadline(START, 0));
    }

    @Test
    void answersAfterTheDeadlineAreRefused() {
        Instant deadline = START.plusSeconds(1200);
        assertTrue(QuizPolicy.accepts(deadline, deadline, Duration.ZERO));
        assertFalse(QuizPolicy.accepts(deadline, deadline.plusMillis(1), Duration.ZERO));
        assertTrue(QuizPolicy.accepts(deadline, deadline.plusSeconds(4), Duration.ofSeconds(5)), "grace for latency");
        assertTrue(QuizPolicy.accepts(null, START.plusSeconds(999_999), Duration.ZERO), "no limit");
    }

    /**
     * Found by an outside check: a paper handed in by the server when its time ran out was recorded at the moment the
     * sweep ran, so one whose time ran out at 23:59:40 on 31 December and was swept after midnight counted for the
     * next year. It is in at its deadline.
     */
    @Test
    void aPaperWhoseTimeRanOutIsInAtItsDeadlineNotWhenItWasFound() {
        Instant deadline = Instant.parse("2026-12-31T15:59:40Z"); // 23:59:40 in Beijing
        Instant sweptAfterMidnight = Instant.parse("2026-12-31T16:00:35Z");
        assertEquals(deadline, QuizPolicy.expiredAt(deadline, sweptAfterMidnight));
        assertEquals(deadline, QuizPolicy.expiredAt(deadline, deadline.plus(Duration.ofDays(3))), "the server was down");
        assertEquals(deadline, QuizPolicy.expiredAt(deadline, deadline), "found at its deadline");
        Instant early = deadline.minusSeconds(30);
        assertEquals(early, QuizPolicy.expiredAt(deadline, early), "never later than now");
        assertEquals(sweptAfterMidnight, QuizPolicy.expiredAt(null, sweptAfterMidnight), "no deadline: now");
    }

    @Test
    void gradeIsTheBestOrTheLastAttempt() {
        List<Graded> done = List.of(new Graded(1, new BigDecimal("70.0")), new Graded(2, new BigDecimal("90.0")),
                new Graded(3, new BigDecimal("60.0")));
        assertEquals(new BigDecimal("90.0"), QuizPolicy.grade(done, GradingMethod.HIGHEST).orElseThrow());
        assertEquals(new BigDecimal("60.0"), QuizPolicy.grade(done, GradingMethod.LAST).orElseThrow());
        assertEquals(Optional.empty(), QuizPolicy.grade(List.of(), GradingMethod.LAST));
    }

    @Test
    void passMarkAndAttemptLimit() {
        assertTrue(QuizPolicy.passed(new BigDecimal("60.0"), 60));
        assertFalse(QuizPolicy.passed(new BigDecimal("59.9"), 60));
        assertTrue(QuizPolicy.mayStartAnother(1, 2));
        assertFalse(QuizPolicy.mayStartAnother(2, 2));
        assertTrue(QuizPolicy.mayStartAnother(50, 0));
    }
}
