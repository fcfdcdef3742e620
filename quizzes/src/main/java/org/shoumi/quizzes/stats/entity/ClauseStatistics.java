package org.shoumi.quizzes.stats.entity;

import org.shoumi.quizzes.attempts.entity.Fraction;

/**
 * How well a rule clause, rule topic or post duty is understood: the pooled mean credit of every response to the
 * questions linked to it ({@code code} is a full clause code such as {@code rules.carriers.3} or a topic such as
 * {@code rules.carriers} / {@code duties.secretary}).
 */
public record ClauseStatistics(String code, int questions, int responses, Fraction meanFacility) {
}
