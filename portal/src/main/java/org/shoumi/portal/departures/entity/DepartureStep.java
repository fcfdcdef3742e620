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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of an open departure's checklist as HR recorded it (migration V42), never changed once written: the
 * opening, a change of the planned last working day, a carrier line added, corrected or withdrawn, a carrier's
 * return, the declaration that the person holds none, the exit briefing. Each is an entry of the evidence chain when
 * it is recorded (DEPARTURE_STEP): the checklist reached the chain only at approval, so a restore of a backup, or a
 * row deleted or altered, took an open checklist back with no trace (outside check ex-s37c 1). The departure and its
 * carrier lines keep the checklist as it stands; these rows keep each step as it was taken.
 */
@Entity
@Table(name = "departure_step")
public class DepartureStep {

    /** What the step recorded. */
    public enum Kind {
        OPENED, LAST_DAY_CHANGED, CARRIER_ADDED, CARRIER_CORRECTED, CARRIER_WITHDRAWN, CARRIER_RETURNED,
        NO_CARRIERS_DECLARED, BRIEFING_RECORDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "departure_id", nullable = false, updatable = false)
    private Departure departure;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_kind", nullable = false, updatable = false, length = 24)
    private Kind kind;

    /** The carrier line a carrier step is about. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "carrier_id", updatable = false)
    private CarrierReturn carrier;

    /** A line's kind and description as added or corrected. */
    @Enumerated(EnumType.STRING)
    @Column(name = "carrier_kind", updatable = false, length = 16)
    private CarrierKind carrierKind;

    @Column(name = "description", updatable = false, length = 200)
    private String description;

    /** The planned last day (opened, changed), the day of a return or of the briefing. */
    @Column(name = "step_day", updatable = false)
    private LocalDate day;

    /** Who received a returned carrier, who gave the briefing. */
    @Column(name = "named_person", updatable = false, length = 50)
    private String namedPerson;

    /** The reason of the opening, of a change of the last day, of a correction or withdrawal. */
    @Column(name = "note", updatable = false, length = 500)
    private String note;

    /**
     * Who recorded the step and when: always kept from V42 on; empty only for a step of a departure open at the
     * upgrade that was not kept then (a carrier line added, a briefing, a return entered before V33).
     */
    @Column(name = "done_by", updatable = false, length = 64)
    private String doneBy;

    @Column(name = "done_at", updatable = false)
    private Instant doneAt;

    protected DepartureStep() {
    }

    private DepartureStep(Departure departure, Kind kind, String doneBy, Instant doneAt) {
        this.departure = Objects.requireNonNull(departure);
        this.kind = Objects.requireNonNull(kind);
        this.doneBy = Objects.requireNonNull(doneBy);
        this.doneAt = Objects.requireNonNull(doneAt);
    }

    /** The departure opened: its planned last day and reason as opened. */
    public static DepartureStep opened(Departure d) {
        DepartureStep s = new DepartureStep(d, Kind.OPENED, d.getOpenedBy(), d.getOpenedAt());
        s.day = d.getPlannedLastDay();
        s.note = d.getReason();
        return s;
    }

    /** The planned last day moved: the new day and why (the day before is the previous step's). */
    public static DepartureStep lastDayChanged(LastDayChange c) {
        DepartureStep s = new DepartureStep(c.getDeparture(), Kind.LAST_DAY_CHANGED, c.getChangedBy(),
                c.getChangedAt());
        s.day = c.getNewDay();
        s.note = c.getReason();
        return s;
    }

    /** A carrier line added, as entered. */
    public static DepartureStep carrierAdded(CarrierReturn c, String by, Instant at) {
        DepartureStep s = new DepartureStep(c.getDeparture(), Kind.CARRIER_ADDED, by, at);
        s.carrier = c;
        s.carrierKind = c.getKind();
        s.description = c.getDescription();
        return s;
    }

    /** A carrier line corrected (its new kind and description) or withdrawn as entered by mistake, with the reason. */
    public static DepartureStep corrected(CarrierCorrection k) {
        DepartureStep s = new DepartureStep(k.getCarrier().getDeparture(),
                k.isWithdrawal() ? Kind.CARRIER_WITHDRAWN : Kind.CARRIER_CORRECTED, k.getBy(), k.getAt());
        s.carrier = k.getCarrier();
        s.carrierKind = k.getNewKind();
        s.description = k.getNewDescription();
        s.note = k.getReason();
        return s;
    }

    /** A carrier returned: the day and who received it. */
    public static DepartureStep returned(CarrierReturn c) {
        DepartureStep s = new DepartureStep(c.getDeparture(), Kind.CARRIER_RETURNED, c.getReturnRecordedBy(),
                c.getReturnRecordedAt());
        s.carrier = c;
        s.day = c.getReturnedOn();
        s.namedPerson = c.getReceivedBy();
        return s;
    }

    /** HR declared that the person holds no carriers. */
    public static DepartureStep noCarriersDeclared(Departure d) {
        return new DepartureStep(d, Kind.NO_CARRIERS_DECLARED, d.getNoCarriersDeclaredBy(),
                d.getNoCarriersDeclaredAt());
    }

    /** The exit briefing: its day and who gave it. */
    public static DepartureStep briefing(Departure d, String by, Instant at) {
        DepartureStep s = new DepartureStep(d, Kind.BRIEFING_RECORDED, by, at);
        s.day = d.getBriefingOn();
        s.namedPerson = d.getBriefingGivenBy();
        return s;
    }

    public Long getId() {
        return id;
    }

    public Departure getDeparture() {
        return departure;
    }

    public Kind getKind() {
        return kind;
    }

    public CarrierReturn getCarrier() {
        return carrier;
    }

    public CarrierKind getCarrierKind() {
        return carrierKind;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getNamedPerson() {
        return namedPerson;
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
