package org.shoumi.portal.employees.boundary;

import org.shoumi.portal.shared.Refused;

/** A hire that was not recorded, and why; nothing was stored. */
public class HireRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** On the roster and in post (待上岗 or 在岗): no second hire. */
        EMPLOYEE_NO_TAKEN,
        /** On the roster, out of the post (离岗): back onto a post by the change form's 按新上岗, not by a hire. */
        EMPLOYEE_NO_LEFT_POST,
        /** On the roster, left the unit (离职): their record is kept unchanged; a rehire is a hire under a new number. */
        EMPLOYEE_NO_LEFT_UNIT,
        EMPLOYEE_NO_INVALID, NAME_INVALID, NAME_TOO_LONG, USERNAME_TAKEN, USERNAME_INVALID, USERNAME_RESERVED,
        PASSWORD_LENGTH, PASSWORD_WEAK, PASSWORD_CHARACTERS, PASSWORD_SPACES, UNKNOWN_DEPARTMENT, UNKNOWN_POST, EMAIL_INVALID, INVALID, HIRE_DATE_OUT_OF_RANGE,
        /**
         * A leaver of the same name is under a running 脱密期 ({@link #leavers()}): HR confirms the hire is another
         * person first.
         */
        SAME_NAME_LEAVER
    }

    private final Reason reason;
    private final java.util.List<SameNameLeaversAsked.Leaver> leavers;

    public HireRefusedException(Reason reason) {
        this(reason, java.util.List.of());
    }

    /** A hire refused while a leaver of the same name is under a running 脱密期, naming them. */
    public HireRefusedException(Reason reason, java.util.List<SameNameLeaversAsked.Leaver> leavers) {
        super(reason.name());
        this.reason = reason;
        this.leavers = java.util.List.copyOf(leavers);
    }

    /** The leavers of the same name under a running 脱密期 ({@link Reason#SAME_NAME_LEAVER}), by staff number. */
    public java.util.List<SameNameLeaversAsked.Leaver> leavers() {
        return leavers;
    }

    /** The leavers as the message names them: "SM014 朱文博 2027-02-10", one after the other. */
    @Override
    public java.util.List<Object> args() {
        return leavers.isEmpty() ? java.util.List.of() : java.util.List.of(leavers.stream()
                .map(l -> l.employeeNo() + " " + l.name() + " " + l.periodEnd())
                .collect(java.util.stream.Collectors.joining("; ")));
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
