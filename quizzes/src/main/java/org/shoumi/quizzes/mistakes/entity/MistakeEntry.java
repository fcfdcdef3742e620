package org.shoumi.quizzes.mistakes.entity;

import java.time.Instant;
import java.util.Objects;
import org.shoumi.quizzes.bank.entity.QuestionKey;

/**
 * One line of a person's wrong-answer book (错题本): a question they got wrong, how often, when last, and how
 * many times in a row they have answered it correctly since.
 */
public record MistakeEntry(String personId, QuestionKey question, int wrongCount, Instant lastWrongAt, int correctStreak) {

    public MistakeEntry {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(lastWrongAt, "lastWrongAt");
        if (wrongCount < 1 || correctStreak < 0) {
            throw new IllegalArgumentException("wrongCount ≥ 1 and correctStreak ≥ 0 required");
        }
    }
}
