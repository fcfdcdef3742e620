package org.shoumi.portal.sessions.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** The hours (学时) a session counts for: more than 0, at most {@value #MAX}, with at most one decimal (1.5, 2). */
public final class SessionHours {

    public static final int MAX = 40;

    /** Why hours are refused. */
    public enum Problem { MISSING, NEGATIVE, ZERO, TOO_MANY, TOO_PRECISE }

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

    /** Valid hours as stored: scale 1 (2 → 2.0, 1.50 → 1.5). */
    public static BigDecimal stored(BigDecimal hours) {
        if (problem(hours).isPresent()) {
            throw new IllegalArgumentException("not valid hours: " + hours);
        }
        return hours.setScale(1, RoundingMode.UNNECESSARY);
    }
}
