package org.shoumi.portal.sessions.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.sessions.entity.AttendanceSource;
import org.shoumi.portal.sessions.entity.SessionKind;

/** What the sessions' pages and other features read, fully loaded (records: pages call their accessors). */
public final class Rows {

    private Rows() {
    }

    /** A session in a list, with its audience (codes; empty: all) and how many attended. */
    public record Session(String code, SessionKind kind, String topic, Instant startsAt, Instant endsAt, String place,
                          List<String> departments, List<SecrecyClass> classes, BigDecimal hours, String scheduledBy,
                          long attended) implements Serializable {
        public boolean allStaff() {
            return departments.isEmpty() && classes.isEmpty();
        }
    }

    /** The check-in code of a session as the officer shows it. */
    public record Code(String sessionCode, String topic, String code, Instant issuedAt, Instant opensAt,
                       Instant closesAt) implements Serializable {
    }

    /**
     * Someone recorded at a session: the department now and on the session's day, and whether they were of its
     * audience then ({@code expected}; someone else who came was recorded by the office).
     */
    public record Attendee(String employeeNo, String name, String departmentCode, AttendanceSource how,
                           Instant recordedAt, String recordedBy, String departmentOnTheDay, boolean expected)
            implements Serializable {
    }

    /** Someone of the audience who was not recorded at the session. */
    public record Absentee(String employeeNo, String name, String departmentCode, SecrecyClass secrecyClass,
                           EmployeeStatus status) implements Serializable {
    }

    /** A session a person attended, for their secrecy file (保密档案). */
    public record Attended(String sessionCode, SessionKind kind, String topic, Instant startsAt, Instant endsAt,
                           String place, BigDecimal hours, AttendanceSource how, Instant recordedAt,
                           String recordedBy) implements Serializable {
    }

    /**
     * One attendance of the record, for an inspection: the session (code, start, topic), the person with the
     * department they were in on the session's day, how it was recorded, by whom (login) and when.
     */
    public record AttendanceRecord(String sessionCode, Instant startsAt, String topic, String employeeNo, String name,
                                   String departmentOnTheDay, AttendanceSource how, String recordedBy,
                                   Instant recordedAt) implements Serializable {
    }

    /** A successful check-in: where the person is now recorded. */
    public record CheckedIn(String sessionCode, String topic, Instant startsAt, BigDecimal hours)
            implements Serializable {
    }
}
