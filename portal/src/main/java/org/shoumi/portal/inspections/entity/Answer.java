package org.shoumi.portal.inspections.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One answered item of a submitted self-inspection: the item's id and text, yes (compliant) or no, a note. */
@Embeddable
public class Answer {

    public static final int MAX_NOTE_LENGTH = 500;

    @Column(name = "item_id", nullable = false, length = 120)
    private String itemId;

    @Column(nullable = false, length = 1000)
    private String question;

    @Column(nullable = false)
    private boolean compliant;

    @Column(length = MAX_NOTE_LENGTH)
    private String note;

    protected Answer() {
    }

    public Answer(String itemId, String question, boolean compliant, String note) {
        this.itemId = Objects.requireNonNull(itemId);
        this.question = Objects.requireNonNull(question);
        this.compliant = compliant;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public String getItemId() {
        return itemId;
    }

    public String getQuestion() {
        return question;
    }

    public boolean isCompliant() {
        return compliant;
    }

    public String getNote() {
        return note;
    }
}
