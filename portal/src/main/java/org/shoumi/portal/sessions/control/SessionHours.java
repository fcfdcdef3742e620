package org.shoumi.portal.sessions.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** The hours (学时) a session counts for: more than 0, at most {@value #MAX}, with at most one decimal (1.5, 2). */
public final class SessionHours {

    public static final int MAX = 40;

    /** Why hours are refused. */
    public enum Problem { MISSING, NEGATIVE, ZERO, TOO_MANY, TOO_PRECISE, LONGER_THAN_SESSION }

    /** Minutes of one 学时 at most: the class hour (课时) of 45 minutes. */
    public static final int MINUTES_PER_HOUR = 45;

    private SessionHours() {
    }

    /** What is wrong with the hours; empty when they may be used. */
    public static Optional<Problem> problem(BigDecimal hours) {
        if (hours == null) {
            return Optional.of(Problem.MISSING);
        }
        if (hours.signum() < 0) {
            return Optional.of(Problem.NEGATIVE);
        }
        if (hours.signum() == 0) {
            return Optional.of(Problem.ZERO);
        }
        if (hours.compareTo(BigDecimal.valueOf(MAX)) > 0) {
            return Optional.of(Problem.TOO_MANY);
        }
        if (hours.stripTrailingZeros().scale() > 1) {
            return Optional.of(Problem.TOO_PRECISE);
        }
        return Optional.empty();
    }

    /**
     * What is wrong with the hours of a session from {@code start} to {@code end}: as {@link #problem(BigDecimal)},
     * and more hours than it lasts, counting one 学时 per class hour of {@value #MINUTES_PER_HOUR} minutes begun (a
     * 30-minute talk counts at most 1, a morning of 3 hours at most 4): an outside check credited 40 学时 for half
     * an hour.
     */
    public static Optional<Problem> problem(BigDecimal hours, java.time.Instant start, java.time.Instant end) {
        Optional<Problem> alone = problem(hours);
        if (alone.isPresent() || start == null || end == null || !end.isAfter(start)) {
            return alone;
        }
        return hours.compareTo(BigDecimal.valueOf(most(start, end))) > 0 ? Optional.of(Problem.LONGER_THAN_SESSION)
                : Optional.empty();
    }

    /** The most 学时 a session from {@code start} to {@code end} counts for. */
    public static long most(java.time.Instant start, java.time.Instant end) {
        long minutes = java.time.Duration.between(start, end).toMinutes();
        return Math.max(1, (minutes + MINUTES_PER_HOUR - 1) / MINUTES_PER_HOUR);
    }

    /** Valid hours as stored: scale 1 (2 → 2.0, 1.50 → 1.5). */
    public static BigDecimal stored(BigDecimal hours) {
        if (problem(hours).isPresent()) {
            throw new IllegalArgumentException("not valid hours: " + hours);
        }
        return hours.setScale(1, RoundingMode.UNNECESSARY);
    }
}
