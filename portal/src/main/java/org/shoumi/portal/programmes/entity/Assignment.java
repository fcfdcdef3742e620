package org.shoumi.portal.programmes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;

/**
 * A programme given to one person: since when, due when, and when it was found complete. Kept for good, also
 * after the person leaves: it is part of their secrecy file.
 */
@Entity
@Table(name = "programme_assignment", indexes = {
        @Index(name = "assignment_campaign", columnList = "campaign_code, id"),
        @Index(name = "assignment_employee", columnList = "employee_id")})
@NamedQuery(name = Assignment.OF_EMPLOYEE,
        query = "select a from Assignment a where a.employee = :employee order by a.startedOn, a.id")
@NamedQuery(name = Assignment.ALL,
        query = "select a from Assignment a join fetch a.employee e join fetch e.department join fetch e.post "
                + "order by a.completedAt desc, a.due, a.id")
public class Assignment {

    public static final String OF_EMPLOYEE = "Assignment.ofEmployee";
    public static final String ALL = "Assignment.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProgrammeKind kind;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(nullable = false)
    private LocalDate due;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** The campaign that gave an in-post programme, if any. */
    @Column(name = "campaign_code", length = 40)
    private String campaignCode;

    @Column(name = "assigned_by", nullable = false, length = 64)
    private String assignedBy;

    /** When it was given; none for programmes given before this was kept (their day counts from its start). */
    @Column(name = "assigned_at")
    private Instant assignedAt;

    /** Set when the programme no longer applies (the person left, or is no longer among those it was given to). */
    @Column(name = "closed_at")
    private Instant closedAt;

    /** Why it was closed; none for programmes closed before the reason was kept (they were closed on leaving). */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "closed_because", length = 24)
    private ClosedBecause closedBecause;

    /**
     * The unit's day it was closed on; none for programmes closed before this was kept (V40 filled it from the
     * closing time as the database reads its day). One closed before its first day was never owed
     * ({@link ClosedBecause#counted(ClosedBecause, LocalDate, LocalDate)}).
     */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    /**
     * The department the person was in when a move or a departure closed it ({@link ClosedBecause#keepsDepartment}:
     * the one that gave it), where it counts ({@link ClosedBecause#countedIn}); none for other closures and for
     * programmes closed before this was kept (V41 filled it from the personnel history for moves where it could).
     */
    @Column(name = "closed_in", length = 32)
    private String closedIn;

    protected Assignment() {
    }

    public Assignment(Employee employee, ProgrammeKind kind, LocalDate startedOn, LocalDate due,
                      String campaignCode, String assignedBy, Instant assignedAt) {
        this(employee, kind, startedOn, due, campaignCode, assignedBy);
        this.assignedAt = Objects.requireNonNull(assignedAt);
    }

    private Assignment(Employee employee, ProgrammeKind kind, LocalDate startedOn, LocalDate due,
                       String campaignCode, String assignedBy) {
        this.employee = Objects.requireNonNull(employee);
        this.kind = Objects.requireNonNull(kind);
        this.startedOn = Objects.requireNonNull(startedOn);
        this.due = Objects.requireNonNull(due);
        this.campaignCode = campaignCode;
        this.assignedBy = Objects.requireNonNull(assignedBy);
    }

    public void completed(Instant at) {
        if (completedAt == null) {
            completedAt = at;
        }
    }

    public boolean isComplete() {
        return completedAt != null;
    }

    /**
     * A programme's due day follows the day it is due by (the exit programme's, the departure's planned last working
     * day when HR changes it: the change itself is kept by the departure, with the day before). Never before the day
     * it started. A complete one follows too: it kept an intermediate day, and one done on 12-05 read as done late
     * against a due day of 12-04 the last day had moved on from, to 12-06 (outside check). A closed one keeps the
     * due day it was closed under.
     */
    public void moveDue(LocalDate day) {
        if (closedAt == null) {
            due = day.isBefore(startedOn) ? startedOn : day;
        }
    }

    /** An open programme no longer applies, for this reason (it is kept, neither complete nor overdue). */
    public void close(Instant at, ClosedBecause why) {
        close(at, null, why);
    }

    /**
     * An open programme no longer applies, for this reason, from {@code on} (the unit's day of {@code at}; null when
     * not known): it is kept, neither complete nor overdue.
     */
    public void close(Instant at, LocalDate on, ClosedBecause why) {
        close(at, on, why, null);
    }

    /**
     * As {@link #close(Instant, LocalDate, ClosedBecause)}; {@code wasIn}: the department the person was in when it
     * was closed, kept for a programme closed by a move or a departure ({@link ClosedBecause#keepsDepartment}) only.
     */
    public void close(Instant at, LocalDate on, ClosedBecause why, String wasIn) {
        if (isOpen()) {
            closedAt = at;
            closedOn = on;
            closedBecause = Objects.requireNonNull(why);
            closedIn = ClosedBecause.keepsDepartment(why) ? wasIn : null;
        }
    }

    /**
     * The departure that gave this exit programme was withdrawn as opened by mistake after its steps were all done:
     * the programme is closed as withdrawn and keeps the day it was completed (done, then withdrawn; history is never
     * taken back). An open one is closed as {@link #close} does.
     */
    public void closeAsWithdrawn(Instant at) {
        closeAsWithdrawn(at, null);
    }

    /** {@link #closeAsWithdrawn(Instant)} on the unit's day {@code on} of {@code at} (null when not known). */
    public void closeAsWithdrawn(Instant at, LocalDate on) {
        if (closedAt == null) {
            closedAt = Objects.requireNonNull(at);
            closedOn = on;
            closedBecause = ClosedBecause.DEPARTURE_WITHDRAWN;
        }
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public ClosedBecause getClosedBecause() {
        return closedBecause;
    }

    /** The department a move or departure that closed it took the person out of (where it counts); null otherwise. */
    public String getClosedIn() {
        return closedIn;
    }

    /** The unit's day it was closed on; null when open, or closed before the day was kept. */
    public LocalDate getClosedOn() {
        return closedOn;
    }

    /**
     * Whether it counts in the completion figures by itself ({@link ClosedBecause#counted(ClosedBecause, LocalDate,
     * LocalDate)}); one given again later counts neither (the figures read {@link ClosedBecause#counted(String)}).
     */
    public boolean isCounted() {
        return ClosedBecause.counted(closedBecause, closedOn, startedOn);
    }

    /** Neither complete nor closed: still asked of the person. */
    public boolean isOpen() {
        return completedAt == null && closedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public ProgrammeKind getKind() {
        return kind;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getDue() {
        return due;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getCampaignCode() {
        return campaignCode;
    }

    public String getAssignedBy() {
        return assignedBy;
    }
}
