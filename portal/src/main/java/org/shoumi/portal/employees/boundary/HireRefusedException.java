package org.shoumi.portal.employees.boundary;

import org.shoumi.portal.shared.Refused;

/** A hire that was not recorded, and why; nothing was stored. */
public class HireRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        EMPLOYEE_NO_TAKEN, EMPLOYEE_NO_INVALID, NAME_INVALID, NAME_TOO_LONG, USERNAME_TAKEN, USERNAME_INVALID, USERNAME_RESERVED,
        PASSWORD_LENGTH, PASSWORD_WEAK, UNKNOWN_DEPARTMENT, UNKNOWN_POST, EMAIL_INVALID, INVALID, HIRE_DATE_OUT_OF_RANGE
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
