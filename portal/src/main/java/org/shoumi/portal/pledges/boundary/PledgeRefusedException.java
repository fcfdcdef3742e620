package org.shoumi.portal.pledges.boundary;

/** A signature that was not accepted, and why; nothing was recorded. */
public class PledgeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        NO_PERSON, NOT_DUE, NO_TEMPLATE, TEXT_CHANGED, WRONG_PASSWORD, LOCKED, NAME_MISMATCH, NO_SIGNATURE
    }

    private final Reason reason;

    public PledgeRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
