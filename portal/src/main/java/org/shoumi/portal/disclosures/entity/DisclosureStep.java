package org.shoumi.portal.disclosures.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of a request: submitted, checked by the department, decided by the secrecy office, withdrawn, or
 * published (the day it went out and where, in {@code note}). Written once, never changed; one row per request
 * and step. A refusal, an approval with changes and a publication carry their text.
 */
@Entity
@Table(name = "disclosure_step", uniqueConstraints = @UniqueConstraint(columnNames = {"request_id", "step_kind"}))
public class DisclosureStep {

    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", nullable = false)
    private DisclosureRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_kind", nullable = false, length = 24)
    private DisclosureStatus kind;

    @Column(name = "step_day")
    private LocalDate day;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @Column(name = "done_by", nullable = false, length = 64)
    private String doneBy;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    protected DisclosureStep() {
    }

    public DisclosureStep(DisclosureRequest request, DisclosureStatus kind, LocalDate day, String note, String doneBy,
                          Instant doneAt) {
        this.request = Objects.requireNonNull(request);
        this.kind = Objects.requireNonNull(kind);
        if ((kind == DisclosureStatus.PUBLISHED) != (day != null)) {
            throw new IllegalArgumentException("a day belongs to the PUBLISHED step only");
        }
        boolean needsNote = kind == DisclosureStatus.REFUSED || kind == DisclosureStatus.APPROVED_WITH_CHANGES
                || kind == DisclosureStatus.PUBLISHED;
        if (needsNote && (note == null || note.isBlank())) {
            throw new IllegalArgumentException(kind + " needs its text");
        }
        // a refusal's reason and the changes to make say something ("-" and "无" were taken; outside check)
        if ((kind == DisclosureStatus.REFUSED || kind == DisclosureStatus.APPROVED_WITH_CHANGES)
                && !org.shoumi.content.text.Texts.saysSomething(note)) {
            throw new IllegalArgumentException(kind + " needs a text that says something");
        }
        if (note != null && note.length() > NOTE_MAX) {
            throw new IllegalArgumentException("note longer than " + NOTE_MAX);
        }
        this.day = day;
        this.note = note;
        this.doneBy = Objects.requireNonNull(doneBy);
        this.doneAt = Objects.requireNonNull(doneAt);
    }

    public Long getId() {
        return id;
    }

    public DisclosureRequest getRequest() {
        return request;
    }

    public DisclosureStatus getKind() {
        return kind;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getNote() {
        return note;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
