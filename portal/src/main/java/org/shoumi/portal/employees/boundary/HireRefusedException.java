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
        PASSWORD_LENGTH, PASSWORD_WEAK, PASSWORD_CHARACTERS, UNKNOWN_DEPARTMENT, UNKNOWN_POST, EMAIL_INVALID, INVALID, HIRE_DATE_OUT_OF_RANGE
    }

    private final Reason reason;

    public HireRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
