package org.shoumi.quizzes.attempts.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.shoumi.quizzes.bank.entity.QuestionKey;

/**
 * The score of a whole attempt: one {@link QuestionResult} per drawn question, in attempt order,
 * the points earned and the points possible.
 */
public record AttemptResult(List<QuestionResult> questions, Fraction earned, Fraction possible) {

    public AttemptResult {
        questions = List.copyOf(questions);
        if (possible.signum() <= 0) {
            throw new IllegalArgumentException("possible points must be positive");
        }
    }

    /** Builds the totals from the per-question results. */
    public static AttemptResult of(List<QuestionResult> questions) {
        Fraction earned = Fraction.ZERO;
        Fraction possible = Fraction.ZERO;
        for (QuestionResult q : questions) {
            earned = earned.plus(q.earned());
            possible = possible.plus(q.points());
        }
        return new AttemptResult(questions, earned, possible);
    }

    /** earned / possible, exact. */
    public Fraction fraction() {
        return earned.dividedBy(possible);
    }

    /** The score as a percentage rounded half-up to two decimals, e.g. 66.67. */
    public BigDecimal percent() {
        return fraction().toPercent(2);
    }

    public Optional<QuestionResult> question(QuestionKey key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }
}
