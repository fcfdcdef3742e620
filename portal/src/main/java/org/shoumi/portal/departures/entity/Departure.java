package org.shoumi.portal.departures.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;

/**
 * One person's departure (离岗 or 离职) and its exit checklist: the carriers to return, the exit briefing and the
 * exit pledge. Open until HR approves it, or withdraws it as opened by mistake; an approved or withdrawn departure no
 * longer changes. Never deleted.
 */
@Entity
@Table(name = "departure")
@NamedQuery(name = Departure.OPEN_ONES,
        query = "select distinct d from Departure d join fetch d.employee e join fetch e.department "
                + "left join fetch d.carriers where d.status = org.shoumi.portal.departures.entity.DepartureStatus.OPEN")
@NamedQuery(name = Departure.APPROVED_ONES,
        query = "select d from Departure d join fetch d.employee e join fetch e.department "
                + "where d.status = org.shoumi.portal.departures.entity.DepartureStatus.APPROVED "
                + "order by d.approvedOn desc, d.id desc")
@NamedQuery(name = Departure.WITHDRAWN_ONES,
        query = "select d from Departure d join fetch d.employee e join fetch e.department "
                + "where d.status = org.shoumi.portal.departures.entity.DepartureStatus.WITHDRAWN "
                + "order by d.withdrawnAt desc, d.id desc")
@NamedQuery(name = Departure.OPEN_OF_EMPLOYEE,
        query = "select d from Departure d where d.employee = :employee "
                + "and d.status = org.shoumi.portal.departures.entity.DepartureStatus.OPEN "
                + "and d.kind <> org.shoumi.portal.departures.entity.DepartureKind.TRANSFER")
@NamedQuery(name = Departure.OPEN_HANDOVER_OF_EMPLOYEE,
        query = "select d from Departure d where d.employee = :employee "
                + "and d.status = org.shoumi.portal.departures.entity.DepartureStatus.OPEN "
                + "and d.kind = org.shoumi.portal.departures.entity.DepartureKind.TRANSFER")
@NamedQuery(name = Departure.WITH_DETAILS,
        query = "select d from Departure d join fetch d.employee e join fetch e.department join fetch e.post "
                + "where d.id = :id")
public class Departure {

    public static final String OPEN_ONES = "Departure.openOnes";
    public static final String APPROVED_ONES = "Departure.approvedOnes";
    public static final String WITHDRAWN_ONES = "Departure.withdrawnOnes";
    public static final String OPEN_OF_EMPLOYEE = "Departure.openOfEmployee";
    public static final String OPEN_HANDOVER_OF_EMPLOYEE = "Departure.openHandoverOfEmployee";
    public static final String WITH_DETAILS = "Departure.withDetails";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DepartureKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DepartureStatus status = DepartureStatus.OPEN;

    @NotNull
    @Column(name = "planned_last_day", nullable = false)
    private LocalDate plannedLastDay;

    @Size(max = 500)
    @Column(length = 500)
    private String reason;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @OneToMany(mappedBy = "departure", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<CarrierReturn> carriers = new ArrayList<>();

    /**
     * For a departure opened by moving a person out of a secret-related class (or down to a lower one): where
     * they go when it is approved. Null for an ordinary 离岗 or 离职.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_department_id")
    private Department targetDepartment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_post_id")
    private Post targetPost;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_class", length = 16)
    private SecrecyClass targetClass;

    /**
     * What the departure is about, as it was when it was opened: the person's department, post and class then.
     * Printed on the departure's page and its exports, whatever the person holds later (lowered twice, the first
     * departure's form read the class of the second). Departures opened before V21 were back-filled from the
     * person's history, or from the roster as it was at the upgrade where the history did not reach back.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_department_id")
    private Department fromDepartment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_post_id")
    private Post fromPost;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_class", length = 16)
    private SecrecyClass fromClass;

    /**
     * The person's status when the departure was opened (migration V26): 离岗 for a 离职 of someone who had already
     * left the secret-related post. Null for departures opened before V26, all of them for people in post.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private EmployeeStatus fromStatus;

    /**
     * A hand-over (转岗交接): the post the person moved to (the post they left is {@code fromPost}). Kept as facts, so
     * that each page writes "old post → new post" in its reader's language; null for a hand-over recorded before
     * V22, whose reason holds that sentence in Chinese.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "handover_to_post_id")
    private Post handoverTo;

    /** HR declared that the person holds no carriers (instead of listing any): when and who. */
    @Column(name = "no_carriers_declared_at")
    private Instant noCarriersDeclaredAt;

    @Column(name = "no_carriers_declared_by", length = 64)
    private String noCarriersDeclaredBy;

    /** 离岗谈话: the day of the exit briefing and the name of who gave it. */
    @Column(name = "briefing_on")
    private LocalDate briefingOn;

    @Size(max = 50)
    @Column(name = "briefing_given_by", length = 50)
    private String briefingGivenBy;

    /** When the exit pledge (离岗保密承诺书) was signed; with the signed pledge's id, or a paper original's reference. */
    @Column(name = "exit_pledge_signed_at")
    private Instant exitPledgeSignedAt;

    @Column(name = "exit_pledge_id")
    private Long exitPledgeId;

    @Size(max = 100)
    @Column(name = "exit_pledge_paper_ref", length = 100)
    private String exitPledgePaperRef;

    /**
     * The length of the 脱密期 in years the exit pledge states (its text, or the paper original's, as the departure's
     * page stated it when it was recorded); null for a pledge recorded before this was kept (migration V32).
     */
    @Column(name = "exit_pledge_years")
    private Integer exitPledgeYears;

    /** The day the unit approved the departure: the first day of the 脱密期. */
    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    /** Withdrawn by HR as opened by mistake (migration V24): when, who and why. */
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 64)
    private String withdrawnBy;

    @Size(max = 500)
    @Column(name = "withdraw_reason", length = 500)
    private String withdrawReason;

    protected Departure() {
    }

    public Departure(Employee employee, DepartureKind kind, LocalDate plannedLastDay, String reason,
                     Instant openedAt, String openedBy) {
        this.employee = Objects.requireNonNull(employee);
        this.kind = Objects.requireNonNull(kind);
        this.plannedLastDay = Objects.requireNonNull(plannedLastDay);
        this.reason = reason;
        this.openedAt = Objects.requireNonNull(openedAt);
        this.openedBy = Objects.requireNonNull(openedBy);
        this.fromDepartment = employee.getDepartment();
        this.fromPost = employee.getPost();
        this.fromClass = employee.getSecrecyClass();
        this.fromStatus = employee.getStatus();
    }

    /**
     * A 离职 of someone who had already left the secret-related post (离岗) when it was opened: the exit briefing and
     * the exit pledge were taken at the 离岗, the 脱密期 counts from it and runs on, so its checklist asks only about the
     * carriers (none still held) and its approval starts no period.
     */
    public boolean isAfterLeftPost() {
        return kind == DepartureKind.LEAVE_UNIT && fromStatus == EmployeeStatus.LEFT_POST;
    }

    /**
     * Whether this departure, approved, took the person out of the secret-related post: a 离岗, or a lowering to
     * 非涉密 (a lowering to another secret-related class keeps them in post).
     */
    public boolean tookOutOfPost() {
        return kind == DepartureKind.LEAVE_POST && status == DepartureStatus.APPROVED
                && (targetClass == null || !targetClass.isSecretRelated());
    }

    /** Whether the checklist is the carriers alone: a hand-over (转岗交接), or a 离职 after a 离岗. */
    public boolean isCarriersOnly() {
        return kind.isHandover() || isAfterLeftPost();
    }

    public boolean isOpen() {
        return status == DepartureStatus.OPEN;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("departure " + id + " is " + status + " and no longer changes");
        }
    }

    /**
     * The move this departure makes when approved: out of a secret-related class or down to a lower one. Set once,
     * when it is opened for such a change.
     */
    public void moveOnApproval(Department department, Post post, SecrecyClass lowerClass) {
        requireOpen();
        if (targetClass != null) {
            throw new IllegalStateException("departure " + id + " already has a move");
        }
        if (kind != DepartureKind.LEAVE_POST) {
            throw new IllegalStateException("only a 离岗 moves a person within the unit");
        }
        this.targetDepartment = Objects.requireNonNull(department);
        this.targetPost = Objects.requireNonNull(post);
        this.targetClass = Objects.requireNonNull(lowerClass);
    }

    /**
     * A hand-over's posts: the department, post and class the person left (the roster already holds the new ones,
     * which the constructor took) and the post they moved to. Hand-overs opened before this was kept recorded the new
     * department and class with the old post.
     */
    public void handOver(Department fromDepartment, Post from, SecrecyClass fromClass, Post to) {
        if (kind != DepartureKind.TRANSFER) {
            throw new IllegalStateException("only a hand-over moves between posts");
        }
        this.fromDepartment = Objects.requireNonNull(fromDepartment);
        this.fromPost = Objects.requireNonNull(from);
        this.fromClass = Objects.requireNonNull(fromClass);
        this.handoverTo = Objects.requireNonNull(to);
    }

    /** The post a hand-over's person moved to; null for another kind, or a hand-over recorded before it was kept. */
    public Post getHandoverTo() {
        return handoverTo;
    }

    /**
     * Whether this departure lowers the person to another secret-related class (重要 → 一般): they stay in post, and
     * their exit pledge is the pledge of a lowered class (降低涉密类别保密承诺书), in the portal or on paper.
     */
    public boolean isLoweringInPost() {
        return kind == DepartureKind.LEAVE_POST && targetClass != null && targetClass.isSecretRelated();
    }

    /**
     * {@link #isLoweringInPost()} as a JPQL condition on the {@code Departure} of this alias: a lowering to another
     * secret-related class, which keeps the person in post. The year-end report leaves such a departure out of the
     * people who left (离岗, 合计, 离岗离职人数) and counts it on its own row (it counted a 重要 → 一般 lowering, still
     * 在岗, as a 离岗; outside check).
     */
    public static String loweringInPost(String alias) {
        return "(" + alias + ".kind = " + DepartureKind.class.getName() + "." + DepartureKind.LEAVE_POST.name()
                + " and " + alias + ".targetClass is not null and " + alias + ".targetClass <> "
                + SecrecyClass.class.getName() + "." + SecrecyClass.NONE.name() + ")";
    }

    /** Whether this departure was opened by lowering the person's class (it moves them when approved). */
    public boolean isClassLowering() {
        return targetClass != null;
    }

    /** The carrier lines that count (not withdrawn as entered by mistake), in the order they were entered. */
    public List<CarrierReturn> activeCarriers() {
        return carriers.stream().filter(c -> !c.isWithdrawn()).toList();
    }

    /**
     * Adds a carrier the person holds and has to return. The same carrier twice (same kind, same description
     * ignoring case, spaces and full-width forms: {@link CarrierReturn#normalized}) is refused; a line added after a
     * "holds no carriers" declaration withdraws it.
     */
    public CarrierReturn addCarrier(CarrierKind carrierKind, String description) {
        requireOpen();
        requireNoDuplicate(carrierKind, description, null);
        CarrierReturn carrier = new CarrierReturn(this, carrierKind, description);
        carriers.add(carrier);
        noCarriersDeclaredAt = null;
        noCarriersDeclaredBy = null;
        return carrier;
    }

    /** Refuses a line that would repeat another active one; {@code except} is the line being corrected. */
    public void requireNoDuplicate(CarrierKind carrierKind, String description, CarrierReturn except) {
        String key = CarrierReturn.normalized(description);
        if (activeCarriers().stream().anyMatch(c -> c != except && c.getKind() == carrierKind
                && CarrierReturn.normalized(c.getDescription()).equals(key))) {
            throw new DuplicateCarrierException(description);
        }
    }

    /** HR declares that the person holds no carriers at all; only while no carrier line is active. */
    public void declareNoCarriers(Instant at, String by) {
        requireOpen();
        if (!activeCarriers().isEmpty()) {
            throw new IllegalStateException("departure " + id + " lists carriers");
        }
        this.noCarriersDeclaredAt = Objects.requireNonNull(at);
        this.noCarriersDeclaredBy = Objects.requireNonNull(by);
    }

    public boolean isNoCarriersDeclared() {
        return noCarriersDeclaredAt != null;
    }

    /**
     * The carrier item of the checklist is done: at least one carrier listed and every listed one returned, or no
     * carrier listed and HR declared that the person holds none. An empty list alone is not "all returned".
     */
    public boolean carriersSettled() {
        List<CarrierReturn> active = activeCarriers();
        return active.isEmpty() ? isNoCarriersDeclared() : active.stream().allMatch(CarrierReturn::isReturned);
    }

    /** 离岗谈话 held: recorded once, never overwritten. */
    public void recordBriefing(LocalDate on, String givenBy) {
        requireOpen();
        if (briefingOn != null) {
            throw new IllegalStateException("departure " + id + " has its briefing already");
        }
        this.briefingOn = Objects.requireNonNull(on);
        this.briefingGivenBy = Objects.requireNonNull(givenBy);
    }

    /** The exit pledge signed in the portal: the signed pledge's id and the 脱密期 years its text states. */
    public void recordExitPledge(long signedPledgeId, Instant at, int years) {
        requireOpen();
        this.exitPledgeSignedAt = Objects.requireNonNull(at);
        this.exitPledgeId = signedPledgeId;
        this.exitPledgePaperRef = null;
        this.exitPledgeYears = years;
    }

    /** The exit pledge signed on paper: where the original is kept, and the 脱密期 years it states. */
    public void recordPaperExitPledge(String paperRef, Instant at, int years) {
        requireOpen();
        this.exitPledgeSignedAt = Objects.requireNonNull(at);
        this.exitPledgePaperRef = Objects.requireNonNull(paperRef);
        this.exitPledgeId = null;
        this.exitPledgeYears = years;
    }

    /** The 脱密期 years the exit pledge states; null when none is recorded or it was recorded before V32. */
    public Integer getExitPledgeYears() {
        return exitPledgeYears;
    }

    /**
     * Closes the departure and moves the person out of the post (or the unit). Whether the checklist allows it is
     * the caller's rule ({@code ExitChecklist}); this only refuses a second approval and a carrier still out.
     */
    public void approve(LocalDate on, String by) {
        requireOpen();
        if (!carriersSettled()) {
            throw new IllegalStateException("carriers are not settled");
        }
        if (!isCarriersOnly() && (briefingOn == null || exitPledgeSignedAt == null)) {
            throw new IllegalStateException("the briefing or the exit pledge is missing");
        }
        this.status = DepartureStatus.APPROVED;
        this.approvedOn = Objects.requireNonNull(on);
        this.approvedBy = Objects.requireNonNull(by);
        if (isClassLowering()) {
            employee.moveAfterDeparture(targetDepartment, targetPost, targetClass);
        } else if (!kind.isHandover()) {
            employee.leave(kind.statusAfter());
        }
    }

    /**
     * HR changes the planned last working day of an open departure; the day before is kept by the
     * {@link LastDayChange} that calls this, never overwritten silently.
     */
    void changePlannedLastDay(LocalDate day) {
        requireOpen();
        if (kind.isHandover()) {
            throw new IllegalStateException("a hand-over has no last working day to change");
        }
        this.plannedLastDay = Objects.requireNonNull(day);
    }

    /**
     * HR withdraws an open departure opened by mistake: kept, marked withdrawn with when, who and why; nothing of
     * the person changes.
     */
    public void withdraw(Instant at, String by, String why) {
        requireOpen();
        this.status = DepartureStatus.WITHDRAWN;
        this.withdrawnAt = Objects.requireNonNull(at);
        this.withdrawnBy = Objects.requireNonNull(by);
        this.withdrawReason = Objects.requireNonNull(why);
    }

    public boolean isWithdrawn() {
        return status == DepartureStatus.WITHDRAWN;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    /**
     * The person's last day under this departure: the planned last day, or the approval day when that came
     * later. A leaver's login ends after it.
     */
    public LocalDate lastDay() {
        if (approvedOn == null) {
            return plannedLastDay;
        }
        return approvedOn.isAfter(plannedLastDay) ? approvedOn : plannedLastDay;
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public DepartureKind getKind() {
        return kind;
    }

    public DepartureStatus getStatus() {
        return status;
    }

    public LocalDate getPlannedLastDay() {
        return plannedLastDay;
    }

    public String getReason() {
        return reason;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public List<CarrierReturn> getCarriers() {
        return Collections.unmodifiableList(carriers);
    }

    public LocalDate getBriefingOn() {
        return briefingOn;
    }

    public String getBriefingGivenBy() {
        return briefingGivenBy;
    }

    public Instant getExitPledgeSignedAt() {
        return exitPledgeSignedAt;
    }

    public Long getExitPledgeId() {
        return exitPledgeId;
    }

    public String getExitPledgePaperRef() {
        return exitPledgePaperRef;
    }

    public Department getTargetDepartment() {
        return targetDepartment;
    }

    public Post getTargetPost() {
        return targetPost;
    }

    public SecrecyClass getTargetClass() {
        return targetClass;
    }

    /** The person's department when the departure was opened (the current one for a row the upgrade could not fill). */
    public Department getFromDepartment() {
        return fromDepartment != null ? fromDepartment : employee.getDepartment();
    }

    /** The person's post when the departure was opened. */
    public Post getFromPost() {
        return fromPost != null ? fromPost : employee.getPost();
    }

    /** The person's secrecy class when the departure was opened. */
    public SecrecyClass getFromClass() {
        return fromClass != null ? fromClass : employee.getSecrecyClass();
    }

    public Instant getNoCarriersDeclaredAt() {
        return noCarriersDeclaredAt;
    }

    public String getNoCarriersDeclaredBy() {
        return noCarriersDeclaredBy;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public String getApprovedBy() {
        return approvedBy;
    }
}
