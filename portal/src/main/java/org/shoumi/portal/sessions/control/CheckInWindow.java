package org.shoumi.portal.sessions.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When people may check in to a session: from {@code opensBefore} before its start until {@code closesAfter}
 * after its end (by default 30 minutes before the start until the end; configured by
 * shoumi.portal.sessions.check-in.opens-minutes-before and .closes-minutes-after).
 */
public record CheckInWindow(Duration opensBefore, Duration closesAfter) {

    public static final CheckInWindow STANDARD = new CheckInWindow(Duration.ofMinutes(30), Duration.ZERO);

    /** Where a moment lies relative to the window. */
    public enum State { NOT_YET_OPEN, OPEN, ENDED }

    public CheckInWindow {
        Objects.requireNonNull(opensBefore);
        Objects.requireNonNull(closesAfter);
        if (opensBefore.isNegative() || closesAfter.isNegative()) {
            throw new IllegalArgumentException("the check-in window does not shrink the session");
        }
    }

    public static CheckInWindow ofMinutes(long opensMinutesBefore, long closesMinutesAfter) {
        return new CheckInWindow(Duration.ofMinutes(opensMinutesBefore), Duration.ofMinutes(closesMinutesAfter));
    }

    public Instant opensAt(Instant startsAt) {
        return startsAt.minus(opensBefore);
    }

    public Instant closesAt(Instant endsAt) {
        return endsAt.plus(closesAfter);
    }

    /** Open from the opening moment on, up to and including the closing moment. */
    public State state(Instant now, Instant startsAt, Instant endsAt) {
        if (now.isBefore(opensAt(startsAt))) {
            return State.NOT_YET_OPEN;
        }
        return now.isAfter(closesAt(endsAt)) ? State.ENDED : State.OPEN;
    }
}
