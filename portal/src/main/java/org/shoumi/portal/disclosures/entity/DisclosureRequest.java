package org.shoumi.portal.disclosures.entity;

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
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.organisation.entity.Department;

/**
 * A request to make something public, as the requester gave it: what (title, kind, summary, reference), where
 * (channel), when planned, by whom, from which department (the requester's at the time: that department's head
 * checks it, even if the requester moves on). None of it changes; only the derived {@link #getStatus() status}
 * moves on with each {@link DisclosureStep}, which is the history.
 */
@Entity
@Table(name = "disclosure_request")
public class DisclosureRequest {

    public static final int TITLE_MAX = 200;
    public static final int CHANNEL_MAX = 200;
    public static final int SUMMARY_MAX = 1000;
    public static final int REFERENCE_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "disclosure_kind", nullable = false, length = 24)
    private DisclosureKind kind;

    @Column(name = "channel", nullable = false, length = CHANNEL_MAX)
    private String channel;

    @Column(name = "planned_on")
    private LocalDate plannedOn;

    @Column(name = "summary", nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(name = "doc_ref", length = REFERENCE_MAX)
    private String reference;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private DisclosureStatus status;

    protected DisclosureRequest() {
    }

    /** A request as submitted; every text is given stripped, the optional ones null when blank. */
    public DisclosureRequest(Employee employee, String title, DisclosureKind kind, String channel,
                             LocalDate plannedOn, String summary, String reference, String requestedBy,
                             Instant requestedAt) {
        this.employee = Objects.requireNonNull(employee);
        this.department = Objects.requireNonNull(employee.getDepartment());
        this.title = required(title, TITLE_MAX, "title");
        this.kind = Objects.requireNonNull(kind);
        this.channel = required(channel, CHANNEL_MAX, "channel");
        this.plannedOn = plannedOn;
        this.summary = required(summary, SUMMARY_MAX, "summary");
        if (reference != null && (reference.isBlank() || reference.length() > REFERENCE_MAX)) {
            throw new IllegalArgumentException("reference blank or longer than " + REFERENCE_MAX);
        }
        this.reference = reference;
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.status = DisclosureStatus.SUBMITTED;
    }

    private static String required(String value, int max, String field) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(field + " missing or longer than " + max);
        }
        return value;
    }

    /** Moves the derived status on to a step just taken (the step row is the record). */
    public void reached(DisclosureStatus step) {
        this.status = Objects.requireNonNull(step);
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Department getDepartment() {
        return department;
    }

    public String getTitle() {
        return title;
    }

    public DisclosureKind getKind() {
        return kind;
    }

    public String getChannel() {
        return channel;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public String getSummary() {
        return summary;
    }

    public String getReference() {
        return reference;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public DisclosureStatus getStatus() {
        return status;
    }
}
