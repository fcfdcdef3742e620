package org.shoumi.quizzes.attempts.control;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shoumi.quizzes.attempts.entity.Attempt;
import org.shoumi.quizzes.attempts.entity.AttemptResult;
import org.shoumi.quizzes.attempts.entity.AttemptStatus;
import org.shoumi.quizzes.attempts.entity.DrawnQuestion;
import org.shoumi.quizzes.attempts.entity.FeedbackPolicy;
import org.shoumi.quizzes.attempts.entity.Fraction;
import org.shoumi.quizzes.attempts.entity.GradingMethod;
import org.shoumi.quizzes.attempts.entity.QuizMode;

/**
 * The rules of a quiz, as pure functions (time is passed in).
 *
 * @param timeLimit       null for no time limit
 * @param passPercent     pass mark in percent of the possible points, 0–100 (e.g. 60)
 * @param attemptsAllowed maximum attempts per person; 0 for unlimited
 * @param grace           extra time after the deadline in which answers are still accepted (network latency);
 *                        default 0
 *
 * Defaults per mode: {@link #exam()} 60 min, 1 attempt, HIGHEST, SCORE_ONLY; {@link #practice()} no limit,
 * unlimited attempts, LAST, FULL feedback; {@link #contest()} 20 min (20 questions, see
 * {@code QuizDefinition.contest}), unlimited attempts, best score (HIGHEST) counts, SCORE_ONLY.
 * All pass at 60%.
 */
public record QuizPolicy(QuizMode mode, Duration timeLimit, BigDecimal passPercent, int attemptsAllowed,
                         GradingMethod gradingMethod, FeedbackPolicy feedback, Duration grace) {

    public static final BigDecimal DEFAULT_PASS_PERCENT = BigDecimal.valueOf(60);

    public QuizPolicy {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(passPercent, "passPercent");
        Objects.requireNonNull(gradingMethod, "gradingMethod");
        Objects.requireNonNull(feedback, "feedback");
        grace = grace == null ? Duration.ZERO : grace;
        if (timeLimit != null && (timeLimit.isZero() || timeLimit.isNegative())) {
            throw new IllegalArgumentException("time limit must be positive");
        }
        if (passPercent.signum() < 0 || passPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("pass mark must be 0–100%: " + passPercent);
        }
        if (attemptsAllowed < 0) {
            throw new IllegalArgumentException("attempts allowed must be 0 (unlimited) or more");
        }
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative");
        }
    }

    public static QuizPolicy exam() {
        return new QuizPolicy(QuizMode.EXAM, Duration.ofMinutes(60), DEFAULT_PASS_PERCENT, 1,
                GradingMethod.HIGHEST, FeedbackPolicy.SCORE_ONLY, Duration.ZERO);
    }

    public static QuizPolicy practice() {
        return new QuizPolicy(QuizMode.PRACTICE, null, DEFAULT_PASS_PERCENT, 0,
                GradingMethod.LAST, FeedbackPolicy.FULL, Duration.ZERO);
    }

    public static QuizPolicy contest() {
        return new QuizPolicy(QuizMode.CONTEST, Duration.ofMinutes(20), DEFAULT_PASS_PERCENT, 0,
                GradingMethod.HIGHEST, FeedbackPolicy.SCORE_ONLY, Duration.ZERO);
    }

    public QuizPolicy withTimeLimit(Duration limit) {
        return new QuizPolicy(mode, limit, passPercent, attemptsAllowed, gradingMethod, feedback, grace);
    }

    public QuizPolicy withPassPercent(BigDecimal percent) {
        return new QuizPolicy(mode, timeLimit, percent, attemptsAllowed, gradingMethod, feedback, grace);
    }

    public QuizPolicy withAttemptsAllowed(int attempts) {
        return new QuizPolicy(mode, timeLimit, passPercent, attempts, gradingMethod, feedback, grace);
    }

    public QuizPolicy withGradingMethod(GradingMethod method) {
        return new QuizPolicy(mode, timeLimit, passPercent, attemptsAllowed, method, feedback, grace);
    }

    public QuizPolicy withFeedback(FeedbackPolicy policy) {
        return new QuizPolicy(mode, timeLimit, passPercent, attemptsAllowed, gradingMethod, policy, grace);
    }

    public QuizPolicy withGrace(Duration g) {
        return new QuizPolicy(mode, timeLimit, passPercent, attemptsAllowed, gradingMethod, feedback, g);
    }

    public Optional<Duration> timeLimitIfAny() {
        return Optional.ofNullable(timeLimit);
    }

    /** start + time limit; empty when there is no limit. */
    public Optional<Instant> deadline(Instant startedAt) {
        return timeLimit == null ? Optional.empty() : Optional.of(startedAt.plus(timeLimit));
    }

    /** Whether an answer given at {@code now} for an attempt started at {@code startedAt} still counts:
     *  not after deadline + grace (the deadline instant itself is accepted). */
    public boolean acceptsAnswerAt(Instant startedAt, Instant now) {
        return deadline(startedAt).map(d -> !now.isAfter(d.plus(grace))).orElse(true);
    }

    /** Starts an attempt under this policy (deadline and grace taken from the policy). */
    public Attempt startAttempt(String attemptId, String personId, String quizKey, List<DrawnQuestion> questions,
                                Instant now) {
        return Attempt.start(attemptId, personId, quizKey, questions, now, deadline(now).orElse(null), grace);
    }

    /**
     * The final grade (fraction of possible points) from results listed in the order the attempts finished:
     * the highest, or the last, per {@link #gradingMethod()}. Empty when there is none.
     */
    public Optional<Fraction> finalGrade(List<AttemptResult> resultsInFinishOrder) {
        if (resultsInFinishOrder.isEmpty()) {
            return Optional.empty();
        }
        if (gradingMethod == GradingMethod.LAST) {
            return Optional.of(resultsInFinishOrder.get(resultsInFinishOrder.size() - 1).fraction());
        }
        return resultsInFinishOrder.stream().map(AttemptResult::fraction).max(Comparator.naturalOrder());
    }

    /** The final grade over a person's attempts; unfinished attempts are ignored, finished ones ordered by finish time. */
    public Optional<Fraction> finalGradeOf(List<Attempt> attempts) {
        List<AttemptResult> finished = attempts.stream()
                .filter(a -> a.status().isFinished())
                .sorted(Comparator.comparing((Attempt a) -> a.finishedAt().orElseThrow()).thenComparing(Attempt::startedAt))
                .map(a -> a.result().orElseThrow())
                .toList();
        return finalGrade(finished);
    }

    /** Whether {@code grade} (fraction of possible points) reaches the pass mark; exactly at the mark passes. */
    public boolean passes(Fraction grade) {
        return grade.times(Fraction.of(100)).compareTo(Fraction.of(passPercent)) >= 0;
    }

    /** Whether the person, with these attempts so far, may start another: none in progress and the limit not reached. */
    public boolean allowsAnotherAttempt(List<Attempt> attemptsSoFar) {
        if (attemptsSoFar.stream().anyMatch(a -> a.status() == AttemptStatus.IN_PROGRESS)) {
            return false;
        }
        return attemptsAllowed == 0 || attemptsSoFar.size() < attemptsAllowed;
    }

    /** Whether, after submitting, the taker sees correct answers, explanations and clause codes. */
    public boolean showsCorrectAnswers() {
        return feedback == FeedbackPolicy.FULL;
    }
}
