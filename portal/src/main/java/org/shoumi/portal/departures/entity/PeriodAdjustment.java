package org.shoumi.portal.departures.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A per-person change of a 脱密期 (HR or the secrecy officer): a different length or an early end, each set by an
 * approval document (its reference required; an early end after the period's first day), or an extension, with the end before and after, the reason, the approver, the document's
 * reference, who recorded it and when. Written once; every adjustment is linked into the evidence chain.
 */
@Entity
@Table(name = "period_adjustment")
@NamedQuery(name = PeriodAdjustment.OF_PERIOD,
        query = "select a from PeriodAdjustment a where a.period = :period order by a.recordedAt, a.id")
public class PeriodAdjustment {

    public static final String OF_PERIOD = "PeriodAdjustment.ofPeriod";

    /** What was changed. */
    public enum Kind {
        SET_LENGTH, EXTEND, END_EARLY;

        /** Whether it rests on an approval document whose reference is kept: a length set anew, an early end. */
        public boolean needsDocument() {
            return this != EXTEND;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id", nullable = false, updatable = false)
    private PostExitPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Kind kind;

    @Column(name = "old_end", nullable = false, updatable = false)
    private LocalDate oldEnd;

    @Column(name = "new_end", nullable = false, updatable = false)
    private LocalDate newEnd;

    @Column(nullable = false, updatable = false, length = 200)
    private String reason;

    @Column(name = "approved_by", nullable = false, updatable = false, length = 50)
    private String approvedBy;

    @Column(name = "document_ref", updatable = false, length = 100)
    private String documentRef;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected PeriodAdjustment() {
    }

    /** Moves the period's end and keeps this record of it. */
    public static PeriodAdjustment apply(PostExitPeriod period, Kind kind, LocalDate newEnd, String reason,
                                         String approvedBy, String documentRef, String recordedBy, Instant at) {
        PeriodAdjustment a = new PeriodAdjustment();
        a.period = Objects.requireNonNull(period);
        a.kind = Objects.requireNonNull(kind);
        a.oldEnd = period.getCurrentEnd();
        a.newEnd = Objects.requireNonNull(newEnd);
        a.reason = Objects.requireNonNull(reason);
        a.approvedBy = Objects.requireNonNull(approvedBy);
        if (kind.needsDocument() && (documentRef == null || documentRef.isBlank())) {
            throw new IllegalArgumentException(kind + " needs the approval document's reference");
        }
        if (kind == Kind.END_EARLY && !newEnd.isAfter(period.getStartDate())) {
            throw new IllegalArgumentException("an early end on or before the first day leaves no period");
        }
        a.documentRef = documentRef;
        a.recordedBy = Objects.requireNonNull(recordedBy);
        a.recordedAt = Objects.requireNonNull(at);
        period.moveEnd(newEnd);
        return a;
    }

    public Long getId() {
        return id;
    }

    public PostExitPeriod getPeriod() {
        return period;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getOldEnd() {
        return oldEnd;
    }

    public LocalDate getNewEnd() {
        return newEnd;
    }

    public String getReason() {
        return reason;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public String getDocumentRef() {
        return documentRef;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
