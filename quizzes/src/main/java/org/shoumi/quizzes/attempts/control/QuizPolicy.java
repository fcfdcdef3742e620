package org.shoumi.quizzes.attempts.control;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a quiz that do not need a database: deadlines, whether an answer still counts, the grade over
 * several attempts, passing, and whether another attempt is allowed.
 */
public final class QuizPolicy {

    public enum GradingMethod { HIGHEST, LAST }

    /** A finished attempt as the grading sees it. */
    public record Graded(int number, BigDecimal percent) {
    }

    private QuizPolicy() {
    }

    /** The moment an attempt must be in; empty when the quiz has no time limit. */
    public static Optional<Instant> deadline(Instant startedAt, int limitMinutes) {
        return limitMinutes <= 0 ? Optional.empty() : Optional.of(startedAt.plus(Duration.ofMinutes(limitMinutes)));
    }

    /** Whether an answer or a submit arriving at {@code now} still counts: not after the deadline plus grace. */
    public static boolean accepts(Instant deadline, Instant now, Duration grace) {
        return deadline == null || !now.isAfter(deadline.plus(grace));
    }

    /**
     * When a paper handed in by the server because its time ran out (expired) counts as handed in: at its deadline,
     * not at the moment the sweep or the next opening of the paper found it. Only answers saved by then count, and the
     * hand-in time feeds the records, 学时, the certificate date and the year report: a paper whose time ran out at
     * 23:59:40 on 31 December and was found after midnight counted for the next year (outside check). Never later than
     * {@code now}; {@code now} for a paper without a deadline.
     */
    public static Instant expiredAt(Instant deadline, Instant now) {
        return deadline == null || deadline.isAfter(now) ? now : deadline;
    }

    public static boolean passed(BigDecimal percent, int passPercent) {
        return percent.compareTo(BigDecimal.valueOf(passPercent)) >= 0;
    }

    /** The grade that counts: the best attempt, or the latest one. Empty when nothing was finished. */
    public static Optional<BigDecimal> grade(List<Graded> finished, GradingMethod method) {
        return switch (method) {
            case HIGHEST -> finished.stream().map(Graded::percent).max(Comparator.naturalOrder());
            case LAST -> finished.stream().max(Comparator.comparingInt(Graded::number)).map(Graded::percent);
        };
    }

    /** Another attempt may start while fewer than {@code allowed} were finished; 0 means unlimited. */
    public static boolean mayStartAnother(int finished, int allowed) {
        return allowed <= 0 || finished < allowed;
    }
}
