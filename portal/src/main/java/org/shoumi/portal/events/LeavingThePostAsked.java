package org.shoumi.portal.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a person is leaving the secret-related post: a 离岗 or 离职 of theirs is open (not a hand-over 转岗交接, nor a
 * lowering that keeps them in a secret-related post), the rule by which a topic pledge is neither issued nor owed
 * from the opening ({@code Departures.leavingThePost}). The liaisons feature asks before an appointment (a person
 * whose 离岗 was open, their carriers being taken back, was appointed a department's 兼职保密员; outside check
 * ex-s37e 2), and the programmes feature before it counts an in-post programme's in-post pledge step (not required of
 * a leaver: outside check ex-s37i 2); the departures feature answers through {@link #leaving}, naming the departure.
 */
public final class LeavingThePostAsked {

    private final String employeeNo;
    private Long departureId;
    private boolean leavesUnit;
    private LocalDate plannedLastDay;
    private java.time.Instant openedAt;

    public LeavingThePostAsked(String employeeNo) {
        this.employeeNo = Objects.requireNonNull(employeeNo);
    }

    /** The staff number asked about. */
    public String employeeNo() {
        return employeeNo;
    }

    /** The person is leaving: the open departure's id, whether it is a 离职 (else a 离岗), its planned last day. */
    public void leaving(long departureId, boolean leavesUnit, LocalDate plannedLastDay) {
        this.departureId = departureId;
        this.leavesUnit = leavesUnit;
        this.plannedLastDay = plannedLastDay;
    }

    /** As {@link #leaving(long, boolean, LocalDate)}, with when the departure was opened (the programmes date by it). */
    public void leaving(long departureId, boolean leavesUnit, LocalDate plannedLastDay, java.time.Instant openedAt) {
        leaving(departureId, leavesUnit, plannedLastDay);
        this.openedAt = openedAt;
    }

    /** Whether the person was answered as leaving the post. */
    public boolean isLeaving() {
        return departureId != null;
    }

    /** The open departure's id; null when not leaving. */
    public Long departureId() {
        return departureId;
    }

    /** Whether the open departure is a 离职 (leaving the unit) rather than a 离岗. */
    public boolean leavesUnit() {
        return leavesUnit;
    }

    /** When the open departure was opened; null when not leaving or not said. */
    public java.time.Instant openedAt() {
        return openedAt;
    }

    /** The open departure's planned last working day; null when not leaving. */
    public LocalDate plannedLastDay() {
        return plannedLastDay;
    }
}
