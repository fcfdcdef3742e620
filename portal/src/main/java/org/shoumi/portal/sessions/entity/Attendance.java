package org.shoumi.portal.sessions.entity;

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
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;

/** One person's attendance at one session, and how it was recorded. Once per session and person; kept for good. */
@Entity
@Table(name = "session_attendance",
        uniqueConstraints = @UniqueConstraint(columnNames = {"session_id", "employee_id"}))
@NamedQuery(name = Attendance.OF_SESSION, query = "select a from Attendance a join fetch a.employee e "
        + "join fetch e.department where a.session = :session order by e.employeeNo")
@NamedQuery(name = Attendance.OF_PERSON, query = "select a from Attendance a join fetch a.session s "
        + "where a.employee.employeeNo = :employeeNo order by s.startsAt desc")
@NamedQuery(name = Attendance.EXISTS, query = "select count(a) from Attendance a "
        + "where a.session = :session and a.employee = :employee")
public class Attendance {

    public static final String OF_SESSION = "Attendance.ofSession";
    public static final String OF_PERSON = "Attendance.ofPerson";
    public static final String EXISTS = "Attendance.exists";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", nullable = false)
    private TrainingSession session;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_how", nullable = false, length = 24)
    private AttendanceSource how;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected Attendance() {
    }

    public Attendance(TrainingSession session, Employee employee, AttendanceSource how, Instant recordedAt,
                      String recordedBy) {
        this.session = Objects.requireNonNull(session);
        this.employee = Objects.requireNonNull(employee);
        this.how = Objects.requireNonNull(how);
        this.recordedAt = Objects.requireNonNull(recordedAt);
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    public Long getId() {
        return id;
    }

    public TrainingSession getSession() {
        return session;
    }

    public Employee getEmployee() {
        return employee;
    }

    public AttendanceSource getHow() {
        return how;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
