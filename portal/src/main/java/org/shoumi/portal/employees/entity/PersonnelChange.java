package org.shoumi.portal.employees.entity;

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
import java.util.Optional;

/**
 * One dated entry of a person's history (人员变动记录): what their name, department, post, secrecy class and
 * status were before and after, who made the change, when, why and through which path. Written once and never
 * changed (every column is insert-only, there are no setters); each entry is linked into the evidence chain.
 * For a hire the "before" values are empty.
 */
@Entity
@Table(name = "personnel_change")
@NamedQuery(name = PersonnelChange.OF_EMPLOYEE,
        query = "select c from PersonnelChange c where c.employee = :employee order by c.changedAt, c.id")
@NamedQuery(name = PersonnelChange.ALL,
        query = "select c from PersonnelChange c join fetch c.employee order by c.changedAt, c.id")
public class PersonnelChange {

    public static final String OF_EMPLOYEE = "PersonnelChange.ofEmployee";
    public static final String ALL = "PersonnelChange.all";
    public static final int MAX_REASON = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", nullable = false, updatable = false)
    private Employee employee;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    /** The day the change takes effect in the unit's time zone. */
    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 64)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private ChangeSource source;

    @Column(updatable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "old_name", updatable = false, length = 50)
    private String oldName;

    @Column(name = "new_name", nullable = false, updatable = false, length = 50)
    private String newName;

    @Column(name = "old_department", updatable = false, length = 32)
    private String oldDepartment;

    @Column(name = "new_department", nullable = false, updatable = false, length = 32)
    private String newDepartment;

    @Column(name = "old_post", updatable = false, length = 32)
    private String oldPost;

    @Column(name = "new_post", nullable = false, updatable = false, length = 32)
    private String newPost;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_class", updatable = false, length = 16)
    private SecrecyClass oldClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_class", nullable = false, updatable = false, length = 16)
    private SecrecyClass newClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_status", updatable = false, length = 16)
    private EmployeeStatus oldStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status", nullable = false, updatable = false, length = 16)
    private EmployeeStatus newStatus;

    protected PersonnelChange() {
    }

    private PersonnelChange(Employee employee, Employee.Snapshot before, Employee.Snapshot after, Instant at,
                            LocalDate effectiveOn, String by, ChangeSource source, String reason) {
        this.employee = Objects.requireNonNull(employee);
        this.changedAt = Objects.requireNonNull(at);
        this.effectiveOn = Objects.requireNonNull(effectiveOn);
        this.changedBy = Objects.requireNonNull(by);
        this.source = Objects.requireNonNull(source);
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (this.reason != null && this.reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("reason longer than " + MAX_REASON);
        }
        if (before != null) {
            oldName = before.name();
            oldDepartment = before.departmentCode();
            oldPost = before.postCode();
            oldClass = before.secrecyClass();
            oldStatus = before.status();
        }
        newName = after.name();
        newDepartment = after.departmentCode();
        newPost = after.postCode();
        newClass = after.secrecyClass();
        newStatus = after.status();
    }

    /** The entry of a hire: nothing before. */
    public static PersonnelChange hire(Employee employee, Instant at, LocalDate effectiveOn, String by,
                                       ChangeSource source) {
        return hire(employee, at, effectiveOn, by, source, null);
    }

    /** The hire's entry with a reason (null for none). */
    public static PersonnelChange hire(Employee employee, Instant at, LocalDate effectiveOn, String by,
                                       ChangeSource source, String reason) {
        return new PersonnelChange(employee, null, employee.snapshot(), at, effectiveOn, by, source, reason);
    }

    /** The entry of a change from {@code before} to the person as they are now; empty when nothing changed. */
    public static Optional<PersonnelChange> between(Employee employee, Employee.Snapshot before, Instant at,
                                                    LocalDate effectiveOn, String by, ChangeSource source,
                                                    String reason) {
        Employee.Snapshot after = employee.snapshot();
        if (after.equals(before)) {
            return Optional.empty();
        }
        return Optional.of(new PersonnelChange(employee, before, after, at, effectiveOn, by, source, reason));
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public ChangeSource getSource() {
        return source;
    }

    public String getReason() {
        return reason;
    }

    public String getOldName() {
        return oldName;
    }

    public String getNewName() {
        return newName;
    }

    public String getOldDepartment() {
        return oldDepartment;
    }

    public String getNewDepartment() {
        return newDepartment;
    }

    public String getOldPost() {
        return oldPost;
    }

    public String getNewPost() {
        return newPost;
    }

    public SecrecyClass getOldClass() {
        return oldClass;
    }

    public SecrecyClass getNewClass() {
        return newClass;
    }

    public EmployeeStatus getOldStatus() {
        return oldStatus;
    }

    public EmployeeStatus getNewStatus() {
        return newStatus;
    }
}
