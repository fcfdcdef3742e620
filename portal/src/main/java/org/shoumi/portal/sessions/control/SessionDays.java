package org.shoumi.portal.sessions.control;

import java.time.LocalDate;
import java.util.Optional;
import org.shoumi.portal.employees.entity.EmployeeStatus;

/**
 * The days of a session, plain Java: the day a session is scheduled for lies in a window around today (a past
 * session is recorded afterwards, 补录, at most {@code daysBack} days later; one to come at most {@code daysAhead}
 * days ahead), and only people hired on or before a session's day, and not gone from the unit before it, can have
 * attended it. An outside check scheduled sessions in 2020 and 2099 and recorded people hired years after them as
 * present.
 */
public final class SessionDays {

    /** Why a session's day is refused. */
    public enum Problem { TOO_FAR_BACK, TOO_FAR_AHEAD }

    private SessionDays() {
    }

    /** What is wrong with a session on {@code day} scheduled {@code today}; empty when it may be scheduled. */
    public static Optional<Problem> problem(LocalDate day, LocalDate today, long daysBack, long daysAhead) {
        if (day.isBefore(earliest(today, daysBack))) {
            return Optional.of(Problem.TOO_FAR_BACK);
        }
        if (day.isAfter(latest(today, daysAhead))) {
            return Optional.of(Problem.TOO_FAR_AHEAD);
        }
        return Optional.empty();
    }

    /** The earliest day a session scheduled today may have. */
    public static LocalDate earliest(LocalDate today, long daysBack) {
        return today.minusDays(daysBack);
    }

    /** The latest day a session scheduled today may have. */
    public static LocalDate latest(LocalDate today, long daysAhead) {
        return today.plusDays(daysAhead);
    }

    /**
     * Whether someone of this status was no longer in the unit on a session's day (so not at it, and not expected):
     * one who left the unit (离职) on {@code leftOn} still counts for a session held on or before that day, their last
     * working day (a leaver approved today was refused at this morning's session; outside check). One who left with
     * no day known ({@code leftOn} null) left before any session; anyone else is still in the unit.
     */
    public static boolean leftBefore(EmployeeStatus status, LocalDate leftOn, LocalDate sessionDay) {
        return status == EmployeeStatus.LEFT_UNIT && (leftOn == null || leftOn.isBefore(sessionDay));
    }

    /** Whether someone hired on {@code hireDate} was not yet in the unit on a session's day (so not at it). */
    public static boolean hiredAfter(LocalDate hireDate, LocalDate sessionDay) {
        return hireDate != null && hireDate.isAfter(sessionDay);
    }
}
