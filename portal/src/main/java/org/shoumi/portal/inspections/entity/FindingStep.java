package org.shoumi.portal.inspections.entity;

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
import java.time.Instant;
import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;

/**
 * One step of a finding after it was raised: its owner reported it remediated, or the secrecy office closed or
 * reopened it, with the note, who and when. A row of its own, never changed and in the evidence chain, so that a
 * finding reopened and remediated again keeps every earlier note (the finding itself shows only the latest).
 */
@Entity
@Table(name = "inspection_finding_step")
public class FindingStep {

    /** What happened to the finding. */
    public enum Kind {
        REMEDIATED, CLOSED, REOPENED,
        /** the owner no longer answers for the department: whoever does now owns it (the note: from whom to whom) */
        HANDED_OVER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "finding_id", nullable = false)
    private Finding finding;

    /**
     * Who owned the finding at this step (after it, for a hand-over): the finding's owner changes when it is handed
     * over, and each step keeps the owner of its day.
     */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", nullable = false)
    private Employee owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_kind", nullable = false, length = 16)
    private Kind kind;

    @Column(name = "note", length = Finding.MAX_NOTE_LENGTH)
    private String note;

    @Column(name = "done_by", nullable = false, length = 64)
    private String doneBy;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    protected FindingStep() {
    }

    public FindingStep(Finding finding, Kind kind, String note, String doneBy, Instant doneAt) {
        this.finding = Objects.requireNonNull(finding);
        this.owner = Objects.requireNonNull(finding.getOwner());
        this.kind = Objects.requireNonNull(kind);
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.doneBy = Objects.requireNonNull(doneBy);
        this.doneAt = Objects.requireNonNull(doneAt);
    }

    public Long getId() {
        return id;
    }

    public Finding getFinding() {
        return finding;
    }

    public Employee getOwner() {
        return owner;
    }

    public Kind getKind() {
        return kind;
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
