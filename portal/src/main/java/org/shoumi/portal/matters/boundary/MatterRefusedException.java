package org.shoumi.portal.matters.boundary;

import org.shoumi.portal.shared.Refused;

/** A report or step that was not recorded, and why; nothing was stored. */
public class MatterRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    /** Each reason has the message matters.refused.&lt;REASON&gt; in both bundles, naming the field. */
    public enum Reason {
        /** the login belongs to no person on the roster */
        NO_PERSON,
        /** no category chosen */
        CATEGORY_MISSING,
        /** no day given */
        DAY_MISSING,
        /** the day is after today */
        DAY_IN_FUTURE,
        /** more than ten years back */
        DAY_TOO_LONG_AGO,
        /** before the person was hired ({@link #args()}: the hire date): declared at the vetting, not reported */
        DAY_BEFORE_HIRE,
        /** the note is longer than 500 characters */
        NOTE_TOO_LONG,
        /** no such report */
        UNKNOWN_REPORT,
        /** acknowledged already */
        ALREADY_ACKNOWLEDGED,
        /** a decision before the acknowledgement */
        NOT_ACKNOWLEDGED,
        /** decided already */
        ALREADY_DECIDED,
        /** no decision chosen */
        DECISION_MISSING,
        /** no text to the decision */
        DECISION_TEXT_MISSING,
        /** the decision's text is longer than 500 characters */
        DECISION_TEXT_TOO_LONG,
        /** an officer's own report, which another officer handles */
        OWN_REPORT,
        /** the same report (category, day and note) is on record already: a form sent twice */
        ALREADY_REPORTED,
        /** a lost carrier reported without a note: the note is the incident case's description */
        CARRIER_NOTE_MISSING,
        /** 无需处理 on a lost carrier, which is always reported upwards ({@link #args()}: the case's reference) */
        CARRIER_NO_ACTION,
        /** a decision on a lost carrier while its incident case is open ({@link #args()}: the case's reference) */
        CARRIER_CASE_OPEN,
        /** 其他 or 异常接触 reported without a note that says something: the note is all the report says */
        NOTE_MISSING,
        /** a note typed under another category that says nothing ("-", "无"): kept for good, it must say something */
        NOTE_SAYS_NOTHING
    }

    private final Reason reason;
    private final java.util.List<Object> args;

    public MatterRefusedException(Reason reason) {
        this(reason, java.util.List.of());
    }

    /** Refused, with what the message names. */
    public MatterRefusedException(Reason reason, java.util.List<Object> args) {
        super(reason.name());
        this.reason = reason;
        this.args = java.util.List.copyOf(args);
    }

    @Override
    public Reason reason() {
        return reason;
    }

    @Override
    public java.util.List<Object> args() {
        return args;
    }
}
