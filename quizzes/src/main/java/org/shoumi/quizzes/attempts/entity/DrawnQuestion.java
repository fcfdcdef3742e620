package org.shoumi.quizzes.attempts.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.shoumi.quizzes.bank.entity.QuestionKey;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * One question as drawn into an attempt: which question (and its type), in which order its options are shown
 * (option ids; empty for JUDGE and FILL), and how many points it is worth in this quiz.
 */
public record DrawnQuestion(QuestionKey key, QuestionType type, List<String> optionOrder, BigDecimal points) {

    public DrawnQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        optionOrder = optionOrder == null ? List.of() : List.copyOf(optionOrder);
        Objects.requireNonNull(points, "points");
        if (points.signum() <= 0) {
            throw new IllegalArgumentException("points must be positive: " + points);
        }
    }

    public DrawnQuestion(QuestionKey key, QuestionType type, List<String> optionOrder) {
        this(key, type, optionOrder, BigDecimal.ONE);
    }
}
