package org.shoumi.portal.employees.boundary;

import org.shoumi.portal.shared.Refused;

/** A change of post or class that was not recorded, and why; nothing was stored. */
public class ChangeRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        UNKNOWN_EMPLOYEE, UNKNOWN_POST, UNKNOWN_DEPARTMENT, HAS_LEFT_UNIT, INVALID, REASON_TOO_LONG, DEPARTURE_OPEN,
        NOT_HANDLED, NOBODY_CHOSEN, REASON_REQUIRED
    }

    private final Reason reason;

    public ChangeRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
