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

/**
 * One person's departure (离岗 or 离职) and its exit checklist: the carriers to return, the exit briefing and the
 * exit pledge. Open until HR approves it; an approved departure no longer changes. Never deleted.
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
@NamedQuery(name = Departure.OPEN_OF_EMPLOYEE,
        query = "select d from Departure d where d.employee = :employee "
                + "and d.status = org.shoumi.portal.departures.entity.DepartureStatus.OPEN")
@NamedQuery(name = Departure.WITH_DETAILS,
        query = "select d from Departure d join fetch d.employee e join fetch e.department join fetch e.post "
                + "where d.id = :id")
public class Departure {

    public static final String OPEN_ONES = "Departure.openOnes";
    public static final String APPROVED_ONES = "Departure.approvedOnes";
    public static final String OPEN_OF_EMPLOYEE = "Departure.openOfEmployee";
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

    /** 离岗教育: the day of the exit briefing and the name of who gave it. */
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

    /** The day the unit approved the departure: the first day of the 脱密期. */
    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

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
    }

    public boolean isOpen() {
        return status == DepartureStatus.OPEN;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("departure " + id + " is approved and no longer changes");
        }
    }

    /** Adds a carrier the person holds and has to return. */
    public CarrierReturn addCarrier(CarrierKind carrierKind, String description) {
        requireOpen();
        CarrierReturn carrier = new CarrierReturn(this, carrierKind, description);
        carriers.add(carrier);
        return carrier;
    }

    public void recordBriefing(LocalDate on, String givenBy) {
        requireOpen();
        this.briefingOn = Objects.requireNonNull(on);
        this.briefingGivenBy = Objects.requireNonNull(givenBy);
    }

    /** The exit pledge signed in the portal: the signed pledge's id. */
    public void recordExitPledge(long signedPledgeId, Instant at) {
        requireOpen();
        this.exitPledgeSignedAt = Objects.requireNonNull(at);
        this.exitPledgeId = signedPledgeId;
        this.exitPledgePaperRef = null;
    }

    /** The exit pledge signed on paper: where the original is kept. */
    public void recordPaperExitPledge(String paperRef, Instant at) {
        requireOpen();
        this.exitPledgeSignedAt = Objects.requireNonNull(at);
        this.exitPledgePaperRef = Objects.requireNonNull(paperRef);
        this.exitPledgeId = null;
    }

    /**
     * Closes the departure and moves the person out of the post (or the unit). Whether the checklist allows it is
     * the caller's rule ({@code ExitChecklist}); this only refuses a second approval and a carrier still out.
     */
    public void approve(LocalDate on, String by) {
        requireOpen();
        if (carriers.stream().anyMatch(c -> !c.isReturned())) {
            throw new IllegalStateException("a carrier is still out");
        }
        this.status = DepartureStatus.APPROVED;
        this.approvedOn = Objects.requireNonNull(on);
        this.approvedBy = Objects.requireNonNull(by);
        employee.leave(kind.statusAfter());
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

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public String getApprovedBy() {
        return approvedBy;
    }
}
