package org.shoumi.portal.matters.entity;

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
 * A reported major personal matter. What was reported (category, day, note, who, when) never changes; only the
 * derived {@link #getStatus() status} moves on with each {@link MatterStep}, which is the history.
 */
@Entity
@Table(name = "matter_report")
@NamedQuery(name = MatterReport.OF_PERSON, query = "select m from MatterReport m "
        + "where m.employee.employeeNo = :employeeNo order by m.reportedAt desc, m.id desc")
@NamedQuery(name = MatterReport.ALL, query = "select m from MatterReport m join fetch m.employee e "
        + "join fetch e.department order by m.reportedAt desc, m.id desc")
public class MatterReport {

    public static final String OF_PERSON = "MatterReport.ofPerson";
    public static final String ALL = "MatterReport.all";
    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 32)
    private MatterCategory category;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @Column(name = "reported_by", nullable = false, length = 64)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private MatterStatus status;

    /** The incident case a reported carrier loss opened (V34); null for any other report. */
    @Column(name = "incident_id")
    private Long incidentId;

    /** That case's reference (SJ-000042), as the incidents feature gave it. */
    @Column(name = "incident_reference", length = 16)
    private String incidentReference;

    protected MatterReport() {
    }

    public MatterReport(Employee employee, MatterCategory category, LocalDate occurredOn, String note,
                        String reportedBy, Instant reportedAt) {
        this.employee = Objects.requireNonNull(employee);
        this.category = Objects.requireNonNull(category);
        this.occurredOn = Objects.requireNonNull(occurredOn);
        this.note = note;
        this.reportedBy = Objects.requireNonNull(reportedBy);
        this.reportedAt = Objects.requireNonNull(reportedAt);
        this.status = MatterStatus.REPORTED;
    }

    /** Moves the derived status on to a step just taken (the step row is the record). */
    public void reached(MatterStatus step) {
        this.status = Objects.requireNonNull(step);
    }

    /** The case a reported carrier loss opened; set once, in the reporting transaction. */
    public void caseOpened(long id, String reference) {
        if (incidentId != null) {
            throw new IllegalStateException("the report has its case already");
        }
        this.incidentId = id;
        this.incidentReference = Objects.requireNonNull(reference);
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public String getIncidentReference() {
        return incidentReference;
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public MatterCategory getCategory() {
        return category;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getNote() {
        return note;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public MatterStatus getStatus() {
        return status;
    }
}
