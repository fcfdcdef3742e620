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
import java.time.LocalDate;
import java.util.Objects;

/**
 * A change of a leaver's contact details or employer reported during their 脱密期 (the exit pledge asks them to
 * report it): the day it was reported, the new details as given, who recorded it and when. Written once.
 */
@Entity
@Table(name = "period_contact_change")
@NamedQuery(name = ContactChange.OF_PERIOD,
        query = "select c from ContactChange c where c.period = :period order by c.reportedOn, c.id")
public class ContactChange {

    public static final String OF_PERIOD = "ContactChange.ofPeriod";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id", nullable = false, updatable = false)
    private PostExitPeriod period;

    @Column(name = "reported_on", nullable = false, updatable = false)
    private LocalDate reportedOn;

    @Column(name = "contact", updatable = false, length = 200)
    private String contact;

    @Column(name = "employer", updatable = false, length = 100)
    private String employer;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ContactChange() {
    }

    public ContactChange(PostExitPeriod period, LocalDate reportedOn, String contact, String employer,
                         String recordedBy, Instant recordedAt) {
        this.period = Objects.requireNonNull(period);
        this.reportedOn = Objects.requireNonNull(reportedOn);
        if ((contact == null || contact.isBlank()) && (employer == null || employer.isBlank())) {
            throw new IllegalArgumentException("nothing changed");
        }
        this.contact = contact;
        this.employer = employer;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public String getContact() {
        return contact;
    }

    public String getEmployer() {
        return employer;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
