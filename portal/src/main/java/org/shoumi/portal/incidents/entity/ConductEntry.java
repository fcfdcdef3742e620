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
import java.time.LocalDate;
import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;

/**
 * A reward or sanction entered into a person's secrecy file: kind, the day it was decided, why, by which
 * authority, the document reference, optionally the incident it follows from. Never changed: a correction is a
 * new entry that names the one it corrects ({@link #getCorrects()}), which then no longer stands.
 */
@Entity
@Table(name = "conduct_entry")
@NamedQuery(name = ConductEntry.OF_PERSON, query = "select c from ConductEntry c join fetch c.employee e "
        + "where e.employeeNo = :employeeNo order by c.decidedOn, c.id")
@NamedQuery(name = ConductEntry.ALL, query = "select c from ConductEntry c join fetch c.employee e "
        + "order by c.decidedOn desc, c.id desc")
public class ConductEntry {

    public static final String OF_PERSON = "ConductEntry.ofPerson";
    public static final String ALL = "ConductEntry.all";
    public static final int MAX_REASON = 500;
    public static final int MAX_SHORT = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @Enumerated(EnumType.STRING)
    @Column(name = "conduct_kind", nullable = false, length = 24)
    private ConductKind kind;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "reason", nullable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = MAX_SHORT)
    private String decidedBy;

    @Column(name = "document_ref", length = MAX_SHORT)
    private String documentRef;

    /** the incident this follows from, if any */
    @Column(name = "incident_id")
    private Long incidentId;

    /** the entry this one corrects (revokes), if any */
    @Column(name = "corrects_id")
    private Long corrects;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ConductEntry() {
    }

    public ConductEntry(Employee employee, ConductKind kind, LocalDate decidedOn, String reason, String decidedBy,
                        String documentRef, Long incidentId, Long corrects, String recordedBy, Instant recordedAt) {
        this.employee = Objects.requireNonNull(employee);
        this.kind = Objects.requireNonNull(kind);
        this.decidedOn = Objects.requireNonNull(decidedOn);
        this.reason = Objects.requireNonNull(reason);
        this.decidedBy = Objects.requireNonNull(decidedBy);
        this.documentRef = documentRef;
        this.incidentId = incidentId;
        this.corrects = corrects;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public ConductKind getKind() {
        return kind;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDocumentRef() {
        return documentRef;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public Long getCorrects() {
        return corrects;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
