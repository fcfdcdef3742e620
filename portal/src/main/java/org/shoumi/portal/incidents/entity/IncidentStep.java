package org.shoumi.portal.incidents.entity;

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
import java.util.Objects;

/**
 * One step of a case, written once and never changed: received (by nobody for an anonymous report), reported
 * upwards (when, to whom, how, reference), an investigation note, or closed (the four "不放过" answers). The case's
 * history is its steps in order; each is appended to the evidence log.
 */
@Entity
@Table(name = "incident_step")
@NamedQuery(name = IncidentStep.OF_INCIDENT, query = "select s from IncidentStep s where s.incident.id = :incident "
        + "order by s.steppedAt, s.id")
public class IncidentStep {

    public static final String OF_INCIDENT = "IncidentStep.ofIncident";
    public static final int MAX_NOTE = 2000;
    public static final int MAX_SHORT = 100;
    public static final int MAX_CLOSURE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "incident_id", nullable = false)
    private Incident incident;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_kind", nullable = false, length = 16)
    private StepKind kind;

    @Column(name = "stepped_at", nullable = false)
    private Instant steppedAt;

    /** the login that took the step; null for the receipt of an anonymous report */
    @Column(name = "stepped_by", length = 64)
    private String steppedBy;

    @Column(name = "note", length = MAX_NOTE)
    private String note;

    @Column(name = "upward_at")
    private Instant upwardAt;

    @Column(name = "upward_to", length = MAX_SHORT)
    private String upwardTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "upward_channel", length = 8)
    private ReportChannel upwardChannel;

    @Column(name = "upward_ref", length = MAX_SHORT)
    private String upwardReference;

    @Column(name = "cause", length = MAX_CLOSURE)
    private String cause;

    @Column(name = "responsibility", length = MAX_CLOSURE)
    private String responsibility;

    @Column(name = "measures", length = MAX_CLOSURE)
    private String measures;

    @Column(name = "education", length = MAX_CLOSURE)
    private String education;

    protected IncidentStep() {
    }

    private IncidentStep(Incident incident, StepKind kind, Instant at, String by) {
        this.incident = Objects.requireNonNull(incident);
        this.kind = Objects.requireNonNull(kind);
        this.steppedAt = Objects.requireNonNull(at);
        this.steppedBy = by;
    }

    /** The receipt; {@code by} is null for an anonymous report. */
    public static IncidentStep received(Incident incident, String by) {
        if (incident.isAnonymous() && by != null) {
            throw new IllegalArgumentException("the receipt of an anonymous report names nobody");
        }
        return new IncidentStep(incident, StepKind.RECEIVED, incident.getReceivedAt(), by);
    }

    public static IncidentStep reportedUpward(Incident incident, Instant at, String by, Instant upwardAt, String to,
                                              ReportChannel channel, String reference) {
        IncidentStep s = new IncidentStep(incident, StepKind.REPORTED_UPWARD, at, Objects.requireNonNull(by));
        s.upwardAt = Objects.requireNonNull(upwardAt);
        s.upwardTo = Objects.requireNonNull(to);
        s.upwardChannel = Objects.requireNonNull(channel);
        s.upwardReference = reference;
        return s;
    }

    public static IncidentStep note(Incident incident, Instant at, String by, String note) {
        IncidentStep s = new IncidentStep(incident, StepKind.NOTE, at, Objects.requireNonNull(by));
        s.note = Objects.requireNonNull(note);
        return s;
    }

    public static IncidentStep closed(Incident incident, Instant at, String by, String cause, String responsibility,
                                      String measures, String education) {
        IncidentStep s = new IncidentStep(incident, StepKind.CLOSED, at, Objects.requireNonNull(by));
        s.cause = Objects.requireNonNull(cause);
        s.responsibility = Objects.requireNonNull(responsibility);
        s.measures = Objects.requireNonNull(measures);
        s.education = Objects.requireNonNull(education);
        return s;
    }

    public Long getId() {
        return id;
    }

    public Incident getIncident() {
        return incident;
    }

    public StepKind getKind() {
        return kind;
    }

    public Instant getSteppedAt() {
        return steppedAt;
    }

    public String getSteppedBy() {
        return steppedBy;
    }

    public String getNote() {
        return note;
    }

    public Instant getUpwardAt() {
        return upwardAt;
    }

    public String getUpwardTo() {
        return upwardTo;
    }

    public ReportChannel getUpwardChannel() {
        return upwardChannel;
    }

    public String getUpwardReference() {
        return upwardReference;
    }

    public String getCause() {
        return cause;
    }

    public String getResponsibility() {
        return responsibility;
    }

    public String getMeasures() {
        return measures;
    }

    public String getEducation() {
        return education;
    }
}
