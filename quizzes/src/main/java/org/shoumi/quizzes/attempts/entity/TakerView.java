package org.shoumi.quizzes.attempts.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.shoumi.quizzes.bank.entity.QuestionKey;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * What the person taking a quiz may see of an attempt: questions in attempt order with options in their
 * shuffled order and labels A–F, and the responses saved so far. By construction it holds no answer key,
 * explanation, clause code or score: none of its types can carry them. Build it with
 * {@code attempts.control.AttemptViews.takerView}.
 *
 * @param deadline null when there is no time limit
 */
public record TakerView(String attemptId, AttemptStatus status, Instant startedAt, Instant deadline,
                        List<Item> questions) {

    public TakerView {
        questions = List.copyOf(questions);
    }

    /** One question as shown to the taker; {@code number} counts from 1; {@code savedResponse} may be null. */
    public record Item(int number, QuestionKey key, QuestionType type, String stem, List<Option> options,
                       int blankCount, BigDecimal points, Response savedResponse) {
        public Item {
            options = List.copyOf(options);
        }
    }

    /** An option at its display position: label A–F, stable id (to send back in a {@link Response.Choice}), text. */
    public record Option(String label, String optionId, String text) {
    }
}
