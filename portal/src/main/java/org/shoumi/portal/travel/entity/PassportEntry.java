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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;

/**
 * One entry of a person's passport custody log (护照集中保管), never changed once written: deposited with the unit,
 * handed out (for an approved trip, named), or returned to the unit; the day it happened, a short note, and the
 * login and time it was recorded. The person's current state is their latest entry. Appended to the evidence chain.
 */
@Entity
@Table(name = "passport_entry")
@NamedQuery(name = PassportEntry.OF_PERSON, query = "select p from PassportEntry p "
        + "where p.employee.employeeNo = :employeeNo order by p.day, p.recordedAt, p.id")
@NamedQuery(name = PassportEntry.ALL, query = "select p from PassportEntry p join fetch p.employee e "
        + "order by p.day, p.recordedAt, p.id")
public class PassportEntry {

    public static final String OF_PERSON = "PassportEntry.ofPerson";
    public static final String ALL = "PassportEntry.all";
    public static final int MAX_NOTE_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_action", nullable = false, length = 16)
    private PassportAction action;

    @Column(name = "entry_day", nullable = false)
    private LocalDate day;

    /** The approved trip a passport was handed out for; null for the other entries. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private TravelRequest request;

    @Column(name = "note", length = MAX_NOTE_LENGTH)
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected PassportEntry() {
    }

    public PassportEntry(Employee employee, PassportAction action, LocalDate day, TravelRequest request, String note,
                         Instant recordedAt, String recordedBy) {
        this.employee = Objects.requireNonNull(employee);
        this.action = Objects.requireNonNull(action);
        this.day = Objects.requireNonNull(day);
        this.request = request;
        this.note = note;
        this.recordedAt = Objects.requireNonNull(recordedAt);
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public PassportAction getAction() {
        return action;
    }

    public LocalDate getDay() {
        return day;
    }

    public TravelRequest getRequest() {
        return request;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
