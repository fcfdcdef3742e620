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
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A 脱密期 notice that went out: which period, which notice, for which end date, to whom and when. At most one
 * per period, kind and end date (the database refuses a second).
 */
@Entity
@Table(name = "period_notice", uniqueConstraints = @UniqueConstraint(columnNames = {"period_id", "kind", "for_end"}))
public class PeriodNotice {

    /** The notices of a period: from some days before its last day, and on the last day. */
    public enum Kind { BEFORE_END, END_DAY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id", nullable = false, updatable = false)
    private PostExitPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Kind kind;

    @Column(name = "for_end", nullable = false, updatable = false)
    private LocalDate forEnd;

    @Column(name = "sent_on", nullable = false, updatable = false)
    private LocalDate sentOn;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(nullable = false, updatable = false, length = 1000)
    private String recipients;

    public Long getId() {
        return id;
    }

    protected PeriodNotice() {
    }

    public PeriodNotice(PostExitPeriod period, Kind kind, LocalDate forEnd, LocalDate sentOn,
                        Instant sentAt, String recipients) {
        this.period = Objects.requireNonNull(period);
        this.kind = Objects.requireNonNull(kind);
        this.forEnd = Objects.requireNonNull(forEnd);
        this.sentOn = Objects.requireNonNull(sentOn);
        this.sentAt = Objects.requireNonNull(sentAt);
        this.recipients = Objects.requireNonNull(recipients);
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getForEnd() {
        return forEnd;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public String getRecipients() {
        return recipients;
    }
}
