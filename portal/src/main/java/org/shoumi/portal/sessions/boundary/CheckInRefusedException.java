package org.shoumi.portal.sessions.boundary;

import java.util.List;
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
        TOO_MANY_TRIES,
        /** the person was hired after the session's day; args: hire date */
        HIRED_AFTER_SESSION,
        /** the person is already recorded at another session at the same time: it does not count twice */
        AT_ANOTHER_SESSION,
        /** the person is not of the session's audience; args: the session's code */
        NOT_IN_AUDIENCE
    }

    private final Reason reason;
    private final List<Object> args;

    public CheckInRefusedException(Reason reason) {
        this(reason, List.of());
    }

    /** A refusal whose message names a day ({@code args}, in the message's order). */
    public CheckInRefusedException(Reason reason, List<Object> args) {
        super(reason.name() + (args.isEmpty() ? "" : " " + args));
        this.reason = reason;
        this.args = List.copyOf(args);
    }

    @Override
    public Reason reason() {
        return reason;
    }

    @Override
    public List<Object> args() {
        return args;
    }
}
