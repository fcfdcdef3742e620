package org.shoumi.quizzes.attempts.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shoumi.quizzes.bank.entity.QuestionKey;

/**
 * The score of one question in an attempt.
 *
 * @param credit      fraction of the question's points earned, 0 to 1
 * @param points      what the question is worth in this quiz
 * @param earned      {@code credit × points}
 * @param response    what the taker answered, or null when unanswered
 * @param blanksRight for FILL: whether each blank was right; empty for other types
 */
public record QuestionResult(QuestionKey key, Outcome outcome, Fraction credit, Fraction points, Fraction earned,
                             Response response, List<Boolean> blanksRight) {

    public QuestionResult {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(earned, "earned");
        blanksRight = blanksRight == null ? List.of() : List.copyOf(blanksRight);
    }

    public Optional<Response> responseGiven() {
        return Optional.ofNullable(response);
    }

    /** Full credit. */
    public boolean isCorrect() {
        return outcome == Outcome.CORRECT;
    }
}
