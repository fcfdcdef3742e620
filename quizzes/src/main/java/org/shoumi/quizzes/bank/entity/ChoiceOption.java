package org.shoumi.quizzes.bank.entity;

import java.util.Objects;

/**
 * One option of a SINGLE or MULTI question. The {@code id} is stable: it identifies the option in answer
 * keys and responses, whatever position (label A–F) the option is shown at after shuffling.
 */
public record ChoiceOption(String id, String text) {

    public ChoiceOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("option id must not be blank");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("option " + id + " has blank text");
        }
    }
}
