package org.shoumi.portal.incidents.control;

import java.io.Serializable;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The clock for reporting upwards (本单位发现泄密事件须在规定时限内向上级报告): due a configured number of hours after
 * receipt. At a given moment it is running (time left), overdue (by how long), stopped by the upward report (on
 * time or late), or not required for the kind. Plain rule: the moment is passed in.
 */
public final class ReportClock {

    private ReportClock() {
    }

    public enum Phase {
        RUNNING, OVERDUE, REPORTED, REPORTED_LATE, NOT_REQUIRED
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
        if (reportedAt != null) {
            return reportedAt.isAfter(due) ? new State(Phase.REPORTED_LATE, Duration.between(due, reportedAt))
                    : new State(Phase.REPORTED, Duration.ZERO);
        }
        if (!required) {
            return new State(Phase.NOT_REQUIRED, Duration.ZERO);
        }
        return now.isBefore(due) ? new State(Phase.RUNNING, Duration.between(now, due))
                : new State(Phase.OVERDUE, Duration.between(due, now));
    }
}
