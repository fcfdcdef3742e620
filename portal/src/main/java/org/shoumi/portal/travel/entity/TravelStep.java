package org.shoumi.portal.travel.entity;

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
 * One step of a travel request, never changed once written: its kind, the day it concerns (the briefing day, the
 * actual return day, or the day of the decision), who gave the briefing, a note (the reason of a refusal, the
 * debrief), and the login and time it was recorded. Appended to the evidence chain.
 */
@Entity
@Table(name = "travel_step")
@NamedQuery(name = TravelStep.OF_REQUESTS, query = "select s from TravelStep s where s.request.id in :ids "
        + "order by s.request.id, s.recordedAt, s.id")
public class TravelStep {

    public static final String OF_REQUESTS = "TravelStep.ofRequests";
    public static final int MAX_NOTE_LENGTH = 300;
    public static final int MAX_GIVEN_BY_LENGTH = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", nullable = false)
    private TravelRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_kind", nullable = false, length = 16)
    private TripStatus kind;

    @Column(name = "step_day", nullable = false)
    private LocalDate day;

    @Column(name = "given_by", length = MAX_GIVEN_BY_LENGTH)
    private String givenBy;

    @Column(name = "note", length = MAX_NOTE_LENGTH)
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected TravelStep() {
    }

    public TravelStep(TravelRequest request, TripStatus kind, LocalDate day, String givenBy, String note,
                      Instant recordedAt, String recordedBy) {
        this.request = Objects.requireNonNull(request);
        this.kind = Objects.requireNonNull(kind);
        this.day = Objects.requireNonNull(day);
        this.givenBy = givenBy;
        this.note = note;
        this.recordedAt = Objects.requireNonNull(recordedAt);
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    public Long getId() {
        return id;
    }

    public TravelRequest getRequest() {
        return request;
    }

    public TripStatus getKind() {
        return kind;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
