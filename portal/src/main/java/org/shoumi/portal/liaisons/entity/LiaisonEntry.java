package org.shoumi.portal.liaisons.entity;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.organisation.entity.Department;

/**
 * One entry of the liaison register, written once and never changed: a person appointed as a department's
 * part-time secrecy liaison from a day (with the appointing document), or the end of such an appointment (the
 * appointment it ends, the day, the reason). An appointment is current while no entry ends it.
 */
@Entity
@Table(name = "liaison_entry")
public class LiaisonEntry {

    public static final int REFERENCE_MAX = 100;
    public static final int REASON_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_kind", nullable = false, length = 16)
    private LiaisonEntryKind kind;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    /** For an end: the appointment it ends (one end per appointment). */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ends_id", unique = true)
    private LiaisonEntry ends;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "doc_ref", length = REFERENCE_MAX)
    private String reference;

    @Column(name = "reason", length = REASON_MAX)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected LiaisonEntry() {
    }

    private LiaisonEntry(LiaisonEntryKind kind, Department department, Employee employee, LiaisonEntry ends,
                         LocalDate effectiveOn, String reference, String reason, String recordedBy,
                         Instant recordedAt) {
        this.kind = kind;
        this.department = Objects.requireNonNull(department);
        this.employee = Objects.requireNonNull(employee);
        this.ends = ends;
        this.effectiveOn = Objects.requireNonNull(effectiveOn);
        if (reference != null && (reference.isBlank() || reference.length() > REFERENCE_MAX)) {
            throw new IllegalArgumentException("reference blank or longer than " + REFERENCE_MAX);
        }
        if (reason != null && (reason.isBlank() || reason.length() > REASON_MAX)) {
            throw new IllegalArgumentException("reason blank or longer than " + REASON_MAX);
        }
        this.reference = reference;
        this.reason = reason;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** A person appointed as the department's liaison from {@code effectiveOn}. */
    public static LiaisonEntry appointment(Department department, Employee employee, LocalDate effectiveOn,
                                           String reference, String recordedBy, Instant recordedAt) {
        return new LiaisonEntry(LiaisonEntryKind.APPOINTED, department, employee, null, effectiveOn, reference, null,
                recordedBy, recordedAt);
    }

    /** The end of an appointment on {@code effectiveOn}, not before it began, with its reason. */
    public static LiaisonEntry end(LiaisonEntry appointment, LocalDate effectiveOn, String reason, String reference,
                                   String recordedBy, Instant recordedAt) {
        if (appointment.kind != LiaisonEntryKind.APPOINTED) {
            throw new IllegalArgumentException("only an appointment ends");
        }
        if (effectiveOn.isBefore(appointment.effectiveOn)) {
            throw new IllegalArgumentException("an appointment ends after it began");
        }
        Objects.requireNonNull(reason, "an end has its reason");
        return new LiaisonEntry(LiaisonEntryKind.ENDED, appointment.department, appointment.employee, appointment,
                effectiveOn, reference, reason, recordedBy, recordedAt);
    }

    public Long getId() {
        return id;
    }

    public LiaisonEntryKind getKind() {
        return kind;
    }

    public Department getDepartment() {
        return department;
    }

    public Employee getEmployee() {
        return employee;
    }

    public LiaisonEntry getEnds() {
        return ends;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
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
