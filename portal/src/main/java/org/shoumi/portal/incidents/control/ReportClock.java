package org.shoumi.portal.incidents.control;

import java.io.Serializable;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The clock for reporting upwards (本单位发现泄密事件须在规定时限内向上级报告): due a configured number of hours after
 * receipt. At a given moment it is running (time left), overdue (by how long), stopped by the upward report (on
 * time or late), or not required for the kind. A kind that needs no upward report has no deadline: reporting it
 * anyway is recorded as a voluntary report, never as "in time" or "late". Plain rule: the moment is passed in.
 */
public final class ReportClock {

    private ReportClock() {
    }

    public enum Phase {
        RUNNING, OVERDUE, REPORTED, REPORTED_LATE, NOT_REQUIRED, REPORTED_VOLUNTARILY
    }

    /** The clock's state: for RUNNING the time left, for OVERDUE how long overdue, for REPORTED_LATE how late. */
    public record State(Phase phase, Duration amount) implements Serializable {

        public State {
            Objects.requireNonNull(phase);
            Objects.requireNonNull(amount);
        }

        /** Whole hours and remaining minutes of the amount, for display. */
        public long hours() {
            return amount.toHours();
        }

        public int minutes() {
            return amount.toMinutesPart();
        }

        /** Whether there is a deadline to show: not for a kind that needs no upward report (reported or not). */
        public boolean isDeadline() {
            return phase != Phase.NOT_REQUIRED && phase != Phase.REPORTED_VOLUNTARILY;
        }
    }

    public static Instant due(Instant received, Duration within) {
        return received.plus(within);
    }

    /**
     * @param required   whether the kind must be reported upwards
     * @param due        when the report is due
     * @param reportedAt when the unit reported upwards; null if not yet
     * @param now        the moment asked about
     */
    public static State at(boolean required, Instant due, Instant reportedAt, Instant now) {
        // found by an outside check: a voluntary report of a kind that needs none read "已按时向上级报告" and the
        // workbook turned "无须向上级报告" into a deadline (a late one would have read 超时)
        if (!required) {
            return new State(reportedAt == null ? Phase.NOT_REQUIRED : Phase.REPORTED_VOLUNTARILY, Duration.ZERO);
        }
        if (reportedAt != null) {
            return reportedAt.isAfter(due) ? new State(Phase.REPORTED_LATE, Duration.between(due, reportedAt))
                    : new State(Phase.REPORTED, Duration.ZERO);
        }
        return now.isBefore(due) ? new State(Phase.RUNNING, Duration.between(now, due))
                : new State(Phase.OVERDUE, Duration.between(due, now));
    }
}
