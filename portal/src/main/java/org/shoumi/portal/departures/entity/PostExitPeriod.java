package org.shoumi.portal.departures.entity;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * 脱密期: the restriction period after an approved departure, from the approval date to its end date
 * (inclusive), for the secrecy class the person held. The duty of secrecy itself never ends. Never deleted. Who
 * manages the person during it (委托管理) is kept as its {@link Entrustment}s, the latest in force.
 */
@Entity
@Table(name = "post_exit_period")
@NamedQuery(name = PostExitPeriod.RUNNING,
        query = "select p from PostExitPeriod p join fetch p.employee e join fetch e.department "
                + "where coalesce(p.currentEnd, p.endDate) >= :today and coalesce(p.currentEnd, p.endDate) <= :until "
                + "and p.startDate <= :today order by coalesce(p.currentEnd, p.endDate), e.employeeNo")
@NamedQuery(name = PostExitPeriod.OF_EMPLOYEE,
        query = "select p from PostExitPeriod p where p.employee = :employee order by p.endDate desc")
public class PostExitPeriod {

    public static final String RUNNING = "PostExitPeriod.running";
    public static final String OF_EMPLOYEE = "PostExitPeriod.ofEmployee";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "departure_id", nullable = false, unique = true)
    private Departure departure;

    @Enumerated(EnumType.STRING)
    @Column(name = "secrecy_class", nullable = false, length = 16)
    private SecrecyClass secrecyClass;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    /**
     * The end as it stands after per-person adjustments (set length, extension, early end); null while never
     * adjusted. {@code endDate} keeps the end the approval gave, which is what its evidence entry holds; each
     * adjustment is its own dated, attributed entry ({@link PeriodAdjustment}).
     */
    @Column(name = "current_end")
    private LocalDate currentEnd;

    protected PostExitPeriod() {
    }

    public PostExitPeriod(Departure departure, SecrecyClass secrecyClass, LocalDate startDate, LocalDate endDate) {
        this.departure = Objects.requireNonNull(departure);
        this.employee = departure.getEmployee();
        this.secrecyClass = Objects.requireNonNull(secrecyClass);
        this.startDate = Objects.requireNonNull(startDate);
        this.endDate = Objects.requireNonNull(endDate);
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("a 脱密期 cannot end before it starts");
        }
    }

    /** Whether the person is still restricted on {@code day}: from the start to the (current) end, both included. */
    public boolean isRunningOn(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(getCurrentEnd());
    }

    /** The last day as it stands now: the approval's end unless an adjustment moved it. */
    public LocalDate getCurrentEnd() {
        return currentEnd == null ? endDate : currentEnd;
    }

    /** Moves the end (an adjustment records why and who); it cannot end before it starts. */
    public void moveEnd(LocalDate newEnd) {
        if (newEnd.isBefore(startDate)) {
            throw new IllegalArgumentException("a 脱密期 cannot end before it starts");
        }
        this.currentEnd = newEnd;
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Departure getDeparture() {
        return departure;
    }

    public SecrecyClass getSecrecyClass() {
        return secrecyClass;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
