package org.shoumi.portal.employees.boundary;

import org.shoumi.portal.shared.Refused;

/** A change of post or class that was not recorded, and why; nothing was stored. */
public class ChangeRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        UNKNOWN_EMPLOYEE, UNKNOWN_POST, UNKNOWN_DEPARTMENT, HAS_LEFT_UNIT, INVALID, REASON_TOO_LONG, DEPARTURE_OPEN,
        NOT_HANDLED, NOBODY_CHOSEN, REASON_REQUIRED, NOTHING_TO_CHANGE, NOT_IN_DEPARTMENT, HANDOVER_OPEN,
        CLASS_NOT_IN_POST, NOT_LEFT_POST, RETURN_NOT_SECRET,
        /** The login asking is the person's own: nobody changes their own entry. */
        OWN_RECORD,
        /** Another change of post while the hand-over of the last one waits to be confirmed; details name it. */
        HANDOVER_OPEN_MOVE,
        /**
         * A lowering's planned last working day outside the days any departure may name; details: the earliest and
         * the latest day allowed.
         */
        LAST_DAY_OUTSIDE,
        /**
         * The open 离岗 was opened by a 上岗审查 未通过 that stands: the person may hold no secret-related post, so the
         * set-back to the class before a raise (a correction) is no longer possible; details: the record's day and
         * number, and the departure's number.
         */
        VETTING_NOT_PASSED_OPEN
    }

    private final Reason reason;
    private final String employeeNo;
    private final java.util.List<String> details;

    public ChangeRefusedException(Reason reason) {
        this(reason, null);
    }

    /** Refused because of one person of several changed at once. */
    public ChangeRefusedException(Reason reason, String employeeNo) {
        this(reason, employeeNo, java.util.List.of());
    }

    /**
     * Refused, with what the message names ({@link Reason#HANDOVER_OPEN_MOVE}: the open hand-over's post left and
     * post taken up, in Chinese and in English, and the day it was opened).
     */
    public ChangeRefusedException(Reason reason, String employeeNo, java.util.List<String> details) {
        super(employeeNo == null ? reason.name() : reason.name() + " " + employeeNo);
        this.reason = reason;
        this.employeeNo = employeeNo;
        this.details = java.util.List.copyOf(details);
    }

    /** What the refusal names, as arguments of its message; empty for most reasons. */
    public java.util.List<String> details() {
        return details;
    }

    /** Whose change was refused, when several people were changed at once; null otherwise. */
    public String employeeNo() {
        return employeeNo;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
