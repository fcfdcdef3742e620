package org.shoumi.portal.travel.entity;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;

/**
 * One request to travel abroad: where, when, why, as the person asked (never changed afterwards), and its current
 * status, which is only the kind of its latest {@link TravelStep} kept here for querying; the steps are the
 * history. The version makes two decisions taken at the same time fail instead of both passing.
 */
@Entity
@Table(name = "travel_request")
@NamedQuery(name = TravelRequest.OF_PERSON, query = "select r from TravelRequest r "
        + "where r.employee.employeeNo = :employeeNo order by r.departureDay desc, r.id desc")
@NamedQuery(name = TravelRequest.WITH_STATUS, query = "select r from TravelRequest r join fetch r.employee e "
        + "join fetch e.department where r.status in :statuses order by r.departureDay, r.id")
@NamedQuery(name = TravelRequest.ALL, query = "select r from TravelRequest r join fetch r.employee e "
        + "order by e.employeeNo, r.departureDay, r.id")
public class TravelRequest {

    public static final String OF_PERSON = "TravelRequest.ofPerson";
    public static final String WITH_STATUS = "TravelRequest.withStatus";
    public static final String ALL = "TravelRequest.all";
    public static final int MAX_NOTE_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    /** ISO 3166-1 alpha-2, upper case. */
    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "departure_day", nullable = false)
    private LocalDate departureDay;

    @Column(name = "return_day", nullable = false)
    private LocalDate returnDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 24)
    private PurposeCategory purpose;

    @Column(name = "note", length = MAX_NOTE_LENGTH)
    private String note;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private TripStatus status;

    @Version
    @Column(name = "version")
    private long version;

    protected TravelRequest() {
    }

    public TravelRequest(Employee employee, String country, LocalDate departureDay, LocalDate returnDay,
                         PurposeCategory purpose, String note, Instant requestedAt, String requestedBy) {
        this.employee = Objects.requireNonNull(employee);
        this.country = Objects.requireNonNull(country);
        this.departureDay = Objects.requireNonNull(departureDay);
        this.returnDay = Objects.requireNonNull(returnDay);
        this.purpose = Objects.requireNonNull(purpose);
        this.note = note;
        this.requestedAt = Objects.requireNonNull(requestedAt);
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.status = TripStatus.REQUESTED;
    }

    /** Moves the derived status to the kind of the step just appended. */
    public void stepped(TripStatus kind) {
        this.status = Objects.requireNonNull(kind);
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public String getCountry() {
        return country;
    }

    public LocalDate getDepartureDay() {
        return departureDay;
    }

    public LocalDate getReturnDay() {
        return returnDay;
    }

    public PurposeCategory getPurpose() {
        return purpose;
    }

    public String getNote() {
        return note;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public TripStatus getStatus() {
        return status;
    }
}
