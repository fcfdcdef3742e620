package org.shoumi.quizzes.stats.entity;

import java.math.BigDecimal;
import java.util.Objects;

/** Thresholds for {@link ItemFlag}s; a flag is raised strictly beyond its threshold. */
public record StatsThresholds(BigDecimal tooEasyAbove, BigDecimal tooHardBelow, BigDecimal discriminationBelow) {

    public static final StatsThresholds DEFAULTS =
            new StatsThresholds(new BigDecimal("0.9"), new BigDecimal("0.2"), BigDecimal.ZERO);

    public StatsThresholds {
        Objects.requireNonNull(tooEasyAbove, "tooEasyAbove");
        Objects.requireNonNull(tooHardBelow, "tooHardBelow");
        Objects.requireNonNull(discriminationBelow, "discriminationBelow");
    }
}
