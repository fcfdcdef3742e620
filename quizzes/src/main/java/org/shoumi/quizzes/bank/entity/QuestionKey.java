package org.shoumi.quizzes.bank.entity;

import java.util.Objects;

/**
 * Business key of a question in the bank (题目编号), stable across edits and exports.
 * Non-blank, at most 64 characters, no surrounding whitespace.
 */
public record QuestionKey(String value) implements Comparable<QuestionKey> {

    public static final int MAX_LENGTH = 64;

    public QuestionKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || !value.equals(value.strip()) || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("invalid question key: '" + value + "'");
        }
    }

    public static QuestionKey of(String value) {
        return new QuestionKey(value);
    }

    @Override
    public int compareTo(QuestionKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
