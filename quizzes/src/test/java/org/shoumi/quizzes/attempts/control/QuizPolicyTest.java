package org.shoumi.quizzes.attempts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.attempts.entity.Attempt;
import org.shoumi.quizzes.attempts.entity.AttemptResult;
import org.shoumi.quizzes.attempts.entity.DrawnQuestion;
import org.shoumi.quizzes.attempts.entity.FeedbackPolicy;
import org.shoumi.quizzes.attempts.entity.Fraction;
import org.shoumi.quizzes.attempts.entity.GradingMethod;
import org.shoumi.quizzes.attempts.entity.Outcome;
import org.shoumi.quizzes.attempts.entity.QuestionResult;
import org.shoumi.quizzes.attempts.entity.QuizMode;
import org.shoumi.quizzes.bank.entity.QuestionKey;
import org.shoumi.quizzes.bank.entity.QuestionType;

class QuizPolicyTest {

    static final Instant START = Instant.parse("2025-03-01T01:00:00Z");

    static AttemptResult result(long earned, long possible) {
        QuestionResult q = new QuestionResult(QuestionKey.of("q"), Outcome.PARTIAL, Fraction.of(earned, possible),
                Fraction.of(possible), Fraction.of(earned), null, List.of());
        return AttemptResult.of(List.of(q));
    }

    @Test
    void modeDefaults() {
        QuizPolicy contest = QuizPolicy.contest();
        assertEquals(QuizMode.CONTEST, contest.mode());
        assertEquals(Duration.ofMinutes(20), contest.timeLimit());
        assertEquals(GradingMethod.HIGHEST, contest.gradingMethod());
        assertEquals(0, contest.attemptsAllowed());
        QuizPolicy exam = QuizPolicy.exam();
        assertEquals(Duration.ofMinutes(60), exam.timeLimit());
        assertEquals(1, exam.attemptsAllowed());
        assertEquals(FeedbackPolicy.SCORE_ONLY, exam.feedback());
        assertFalse(exam.showsCorrectAnswers());
        QuizPolicy practice = QuizPolicy.practice();
        assertTrue(practice.timeLimitIfAny().isEmpty());
        assertTrue(practice.showsCorrectAnswers());
        assertEquals(Duration.ZERO, practice.grace());
    }

    @Test
    void deadlineIsStartPlusLimit() {
        assertEquals(Optional.of(Instant.parse("2025-03-01T01:20:00Z")), QuizPolicy.contest().deadline(START));
        assertEquals(Optional.empty(), QuizPolicy.practice().deadline(START));
    }

    @Test
    void acceptsAnswersUpToTheDeadlineInclusiveAndNotAfter() {
        QuizPolicy p = QuizPolicy.contest();
        assertTrue(p.acceptsAnswerAt(START, START.plus(Duration.ofMinutes(20))));
        assertFalse(p.acceptsAnswerAt(START, START.plus(Duration.ofMinutes(20)).plusMillis(1)));
        assertTrue(QuizPolicy.practice().acceptsAnswerAt(START, START.plus(Duration.ofDays(30))));
    }

    @Test
    void graceExtendsAcceptanceForLatency() {
        QuizPolicy p = QuizPolicy.contest().withGrace(Duration.ofSeconds(5));
        Instant deadline = START.plus(Duration.ofMinutes(20));
        assertTrue(p.acceptsAnswerAt(START, deadline.plusSeconds(5)));
        assertFalse(p.acceptsAnswerAt(START, deadline.plusSeconds(6)));
        Attempt a = p.startAttempt("a1", "emp-1", "quiz", List.of(new DrawnQuestion(QuestionKey.of("q"), QuestionType.JUDGE, List.of())), START);
        assertEquals(Optional.of(deadline), a.deadline());
        assertEquals(Duration.ofSeconds(5), a.grace());
        assertTrue(a.acceptsAnswerAt(deadline.plusSeconds(5)));
        assertFalse(a.acceptsAnswerAt(deadline.plusSeconds(6)));
    }

    @Test
    void finalGradeHighestOrLast() {
        List<AttemptResult> results = List.of(result(6, 10), result(9, 10), result(7, 10));
        assertEquals(Optional.of(Fraction.of(9, 10)), QuizPolicy.contest().finalGrade(results));
        assertEquals(Optional.of(Fraction.of(7, 10)), QuizPolicy.contest().withGradingMethod(GradingMethod.LAST).finalGrade(results));
        assertEquals(Optional.empty(), QuizPolicy.exam().finalGrade(List.of()));
    }

    @Test
    void finalGradeOfAttemptsOrdersByFinishTimeAndIgnoresUnfinished() {
        QuizPolicy last = QuizPolicy.practice(); // LAST
        List<DrawnQuestion> qs = List.of(new DrawnQuestion(QuestionKey.of("q"), QuestionType.JUDGE, List.of()));
        Attempt early = last.startAttempt("a1", "p", "quiz", qs, START);
        Attempt late = last.startAttempt("a2", "p", "quiz", qs, START.plusSeconds(10));
        Attempt open = last.startAttempt("a3", "p", "quiz", qs, START.plusSeconds(20));
        late.submit(START.plusSeconds(100), (d, r) -> result(3, 10));
        early.submit(START.plusSeconds(200), (d, r) -> result(8, 10)); // finished last
        assertEquals(Optional.of(Fraction.of(8, 10)), last.finalGradeOf(List.of(late, open, early)));
        assertEquals(Optional.of(Fraction.of(8, 10)), last.withGradingMethod(GradingMethod.HIGHEST).finalGradeOf(List.of(late, early)));
    }

    @Test
    void passMarkIsInclusiveAndExact() {
        QuizPolicy p = QuizPolicy.exam(); // 60%
        assertTrue(p.passes(Fraction.of(3, 5)));
        assertFalse(p.passes(Fraction.of(599, 1000)));
        QuizPolicy twoThirds = p.withPassPercent(new BigDecimal("66.67"));
        assertFalse(twoThirds.passes(Fraction.of(2, 3))); // 66.666…% < 66.67%
        assertTrue(twoThirds.passes(Fraction.of(7, 10)));
    }

    @Test
    void anotherAttemptOnlyWithinTheLimitAndNoneInProgress() {
        QuizPolicy twice = QuizPolicy.exam().withAttemptsAllowed(2);
        List<DrawnQuestion> qs = List.of(new DrawnQuestion(QuestionKey.of("q"), QuestionType.JUDGE, List.of()));
        assertTrue(twice.allowsAnotherAttempt(List.of()));
        Attempt first = twice.startAttempt("a1", "p", "quiz", qs, START);
        assertFalse(twice.allowsAnotherAttempt(List.of(first)), "first still in progress");
        first.submit(START.plusSeconds(60), (d, r) -> result(1, 2));
        assertTrue(twice.allowsAnotherAttempt(List.of(first)));
        Attempt second = twice.startAttempt("a2", "p", "quiz", qs, START.plusSeconds(120));
        second.submit(START.plusSeconds(180), (d, r) -> result(1, 2));
        assertFalse(twice.allowsAnotherAttempt(List.of(first, second)));
        assertTrue(QuizPolicy.contest().allowsAnotherAttempt(List.of(first, second)), "contest: unlimited");
    }

    @Test
    void rejectsInvalidSettings() {
        assertThrows(IllegalArgumentException.class, () -> QuizPolicy.exam().withPassPercent(BigDecimal.valueOf(101)));
        assertThrows(IllegalArgumentException.class, () -> QuizPolicy.exam().withAttemptsAllowed(-1));
        assertThrows(IllegalArgumentException.class, () -> QuizPolicy.exam().withTimeLimit(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> QuizPolicy.exam().withGrace(Duration.ofSeconds(-1)));
    }
}
