package org.shoumi.portal.departures.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * 委托管理: who manages a leaver during their 脱密期 (the organisation entrusted and the reference of the
 * entrustment), who recorded it and when, and why it replaced an earlier one. Written once: a new entrustment is a
 * new row, the latest is the one in force, so an earlier one is never overwritten (as the period's adjustments).
 * Rows carried over from the time the period held a single entrustment (migration V19) have no recorder and time.
 */
@Entity
@Table(name = "period_entrustment")
@NamedQuery(name = Entrustment.OF_PERIOD,
        query = "select t from Entrustment t where t.period = :period order by t.id")
public class Entrustment {

    public static final String OF_PERIOD = "Entrustment.ofPeriod";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id", nullable = false, updatable = false)
    private PostExitPeriod period;

    @Column(nullable = false, updatable = false, length = 100)
    private String organisation;

    @Column(name = "doc_ref", updatable = false, length = 100)
    private String reference;

    /** Why it replaced the entrustment before it; null for the first. */
    @Column(name = "reason", updatable = false, length = 200)
    private String reason;

    @Column(name = "recorded_by", updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", updatable = false)
    private Instant recordedAt;

    protected Entrustment() {
    }

    public Entrustment(PostExitPeriod period, String organisation, String reference, String reason,
                       String recordedBy, Instant recordedAt) {
        this.period = Objects.requireNonNull(period);
        this.organisation = Objects.requireNonNull(organisation);
        this.reference = reference;
        this.reason = reason;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** The same organisation and reference as {@code other} (a form sent again changes nothing). */
    public boolean sameAs(String otherOrganisation, String otherReference) {
        return organisation.equals(otherOrganisation) && Objects.equals(reference, otherReference);
    }

    public Long getId() {
        return id;
    }

    public PostExitPeriod getPeriod() {
        return period;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getReference() {
        return reference;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
