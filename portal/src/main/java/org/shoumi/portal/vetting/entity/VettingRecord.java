package org.shoumi.portal.vetting.entity;

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
 * That a vetting or a review of one person was held: the day, the result, who approved it (a name or a position),
 * where the paper file is, an optional short note, and who entered it when. No personal details. Never changed
 * after it is written: a correction is a new record (for the same day it counts, being the later entry).
 */
@Entity
@Table(name = "vetting_record")
@NamedQuery(name = VettingRecord.OF_PERSON, query = "select v from VettingRecord v "
        + "where v.employee.employeeNo = :employeeNo order by v.heldOn, v.id")
@NamedQuery(name = VettingRecord.ALL, query = "select v from VettingRecord v join fetch v.employee e "
        + "order by e.employeeNo, v.heldOn, v.id")
public class VettingRecord {

    public static final String OF_PERSON = "VettingRecord.ofPerson";
    public static final String ALL = "VettingRecord.all";
    public static final int APPROVER_MAX = 50;
    public static final int FILE_REF_MAX = 100;
    public static final int NOTE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @Enumerated(EnumType.STRING)
    @Column(name = "vetting_kind", nullable = false, length = 16)
    private VettingKind kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "vetting_result", nullable = false, length = 16)
    private VettingResult result;

    @Column(name = "approver", nullable = false, length = APPROVER_MAX)
    private String approver;

    @Column(name = "file_ref", nullable = false, length = FILE_REF_MAX)
    private String fileRef;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected VettingRecord() {
    }

    public VettingRecord(Employee employee, VettingKind kind, LocalDate heldOn, VettingResult result, String approver,
                         String fileRef, String note, String recordedBy, Instant recordedAt) {
        this.employee = Objects.requireNonNull(employee);
        this.kind = Objects.requireNonNull(kind);
        this.heldOn = Objects.requireNonNull(heldOn);
        if (!kind.allows(result)) {
            throw new IllegalArgumentException(result + " is no result of a " + kind);
        }
        this.result = result;
        this.approver = Objects.requireNonNull(approver);
        this.fileRef = Objects.requireNonNull(fileRef);
        this.note = note;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public VettingKind getKind() {
        return kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public VettingResult getResult() {
        return result;
    }

    public String getApprover() {
        return approver;
    }

    public String getFileRef() {
        return fileRef;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
