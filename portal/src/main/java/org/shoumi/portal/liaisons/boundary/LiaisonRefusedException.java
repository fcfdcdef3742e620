package org.shoumi.portal.liaisons.boundary;

import org.shoumi.portal.shared.Refused;

/** An appointment or end that was not recorded, and why; nothing was stored. */
public class LiaisonRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    /** Each reason has the message liaisons.refused.&lt;REASON&gt; in both bundles, naming the field. */
    public enum Reason {
        DEPARTMENT_MISSING,
        UNKNOWN_DEPARTMENT,
        PERSON_MISSING,
        UNKNOWN_PERSON,
        NOT_IN_DEPARTMENT,
        PERSON_GONE,
        NOT_YET_IN_POST,
        /** a 离岗 of the person's is open ({@link #args()}: the departure's number, its planned last day) */
        LEAVING_POST,
        /** a 离职 of the person's is open ({@link #args()}: the departure's number, its planned last day) */
        LEAVING_UNIT,
        ALREADY_SERVING,
        DAY_MISSING,
        DAY_IN_FUTURE,
        ENDS_BEFORE_START,
        /** no end day (离任日期) */
        END_DAY_MISSING,
        /** the end day (离任日期) is after today */
        END_DAY_IN_FUTURE,
        /** an appointment dated before the person was hired */
        BEFORE_HIRE,
        /** an appointment dated before the end of an earlier appointment of the same person ({@link #day()}) */
        BEFORE_EARLIER_END,
        /** an appointment dated before the person joined the department ({@link #day()}) */
        BEFORE_JOINING,
        REFERENCE_TOO_LONG,
        REASON_MISSING,
        REASON_TOO_LONG,
        /** no such current appointment (unknown, or ended already) */
        NOT_CURRENT,
        /** the login asking is the person's own: another officer enters it */
        OWN_RECORD
    }

    private final Reason reason;
    private final java.time.LocalDate day;
    private final java.util.List<Object> args;

    public LiaisonRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
        this.day = null;
        this.args = java.util.List.of();
    }

    /** A refusal of a day: {@code day} is the earliest day allowed, which the message names. */
    public LiaisonRefusedException(Reason reason, java.time.LocalDate day) {
        super(reason.name() + " " + day);
        this.reason = reason;
        this.day = day;
        this.args = java.util.List.of();
    }

    /** A refusal whose message names what {@code args} hold (the open departure of a person leaving the post). */
    public LiaisonRefusedException(Reason reason, java.util.List<Object> args) {
        super(reason.name() + " " + args);
        this.reason = reason;
        this.day = null;
        this.args = java.util.List.copyOf(args);
    }

    @Override
    public java.util.List<Object> args() {
        return args;
    }

    /** The earliest day allowed, for a refusal of a day; else null. */
    public java.time.LocalDate day() {
        return day;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
