package org.shoumi.portal.sessions.boundary;

import org.shoumi.portal.shared.Refused;

/** A check-in that was refused, and why; nothing was recorded. Messages: sessions.checkin.refused.&lt;REASON&gt;. */
public class CheckInRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** the login belongs to no person on the roster */
        NO_PERSON,
        /** the person has left the unit */
        LEFT_UNIT,
        /** the code names no session (mistyped, or replaced by a newer one) */
        WRONG_CODE,
        /** the session's check-in has not opened yet */
        NOT_YET_OPEN,
        /** the session has ended */
        ENDED,
        /** the person is already recorded at the session */
        ALREADY_CHECKED_IN,
        /** too many wrong codes in a short time: wait a few minutes */
        TOO_MANY_TRIES
    }

    private final Reason reason;

    public CheckInRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
