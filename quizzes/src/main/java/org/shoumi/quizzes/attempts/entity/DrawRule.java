package org.shoumi.quizzes.attempts.entity;

import java.math.BigDecimal;
import java.util.Objects;

/** "Draw {@code count} questions matching {@code filter}, each worth {@code pointsEach}." */
public record DrawRule(int count, QuestionFilter filter, BigDecimal pointsEach) {

    public DrawRule {
        if (count < 1) {
            throw new IllegalArgumentException("a draw rule draws at least one question");
        }
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(pointsEach, "pointsEach");
        if (pointsEach.signum() <= 0) {
            throw new IllegalArgumentException("points must be positive");
        }
    }

    public DrawRule(int count, QuestionFilter filter) {
        this(count, filter, BigDecimal.ONE);
    }
}
