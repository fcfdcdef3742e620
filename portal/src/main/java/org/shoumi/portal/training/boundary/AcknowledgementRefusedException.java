package org.shoumi.portal.training.boundary;

/** An acknowledgement that does not count, and why; nothing was recorded. */
public class AcknowledgementRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason { NO_PERSON, UNKNOWN_DOCUMENT, NOT_CONCERNED, OUTDATED_VERSION, TOO_QUICK }

    private final Reason reason;
    private final long minimumSeconds;

    public AcknowledgementRefusedException(Reason reason, long minimumSeconds) {
        super(reason.name());
        this.reason = reason;
        this.minimumSeconds = minimumSeconds;
    }

    public Reason reason() {
        return reason;
    }

    public long minimumSeconds() {
        return minimumSeconds;
    }
}
