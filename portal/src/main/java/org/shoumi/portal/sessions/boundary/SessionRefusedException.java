package org.shoumi.portal.sessions.boundary;

import java.util.List;
import org.shoumi.portal.shared.Refused;

/** Something asked of the sessions that was not done, and why; nothing was stored. */
public class SessionRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    /** Each reason has the message sessions.refused.&lt;REASON&gt; in both bundles. */
    public enum Reason {
        /** a code has 1 to 40 letters, digits or dashes */
        CODE_INVALID,
        /** another session has this code */
        CODE_TAKEN,
        /** no kind chosen */
        KIND_MISSING,
        /** a topic of 1 to 200 characters is required */
        TOPIC_MISSING,
        /** the place is longer than 200 characters */
        PLACE_TOO_LONG,
        /** start or end missing */
        TIMES_MISSING,
        /** the end is not after the start */
        END_NOT_AFTER_START,
        /** no hours given */
        HOURS_MISSING,
        /** negative hours */
        HOURS_NEGATIVE,
        /** zero hours */
        HOURS_ZERO,
        /** more than 40 hours */
        HOURS_TOO_MANY,
        /** more than one decimal */
        HOURS_TOO_PRECISE,
        /** more 学时 than the session lasts (one per 45 minutes begun) */
        HOURS_LONGER_THAN_SESSION,
        /** a department code that is not the unit's */
        UNKNOWN_DEPARTMENT,
        /** a secrecy class that does not exist */
        UNKNOWN_CLASS,
        /** no session with that code */
        UNKNOWN_SESSION,
        /** no person on the roster with that staff number */
        UNKNOWN_PERSON,
        /** the person has left the unit */
        PERSON_LEFT_UNIT,
        /** the person is already recorded at the session */
        ALREADY_RECORDED,
        /** the session has not begun: nobody has attended it yet */
        NOT_STARTED,
        /** the person is recorded at another session at the same time */
        AT_ANOTHER_SESSION,
        /** the day is further back than a make-up record (补录) may reach; args: earliest and latest day, days back and ahead */
        DAY_TOO_FAR_BACK,
        /** the day is further ahead than a session is scheduled; args as for DAY_TOO_FAR_BACK */
        DAY_TOO_FAR_AHEAD,
        /** the person was hired after the session's day; args: staff number, hire date */
        HIRED_AFTER_SESSION,
        /** the same session (kind, topic, times, place, audience) is scheduled already; args: its code */
        ALREADY_SCHEDULED
    }

    private final Reason reason;
    private final List<Object> args;

    public SessionRefusedException(Reason reason) {
        this(reason, List.of());
    }

    /** A refusal whose message names days or a person ({@code args}, in the message's order). */
    public SessionRefusedException(Reason reason, List<Object> args) {
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
