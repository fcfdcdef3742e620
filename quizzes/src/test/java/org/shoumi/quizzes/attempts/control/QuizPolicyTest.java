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
