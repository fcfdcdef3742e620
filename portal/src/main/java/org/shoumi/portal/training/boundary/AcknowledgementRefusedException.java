package org.shoumi.portal.training.boundary;

import org.shoumi.portal.shared.Refused;

/** An acknowledgement that does not count, and why; nothing was recorded. */
public class AcknowledgementRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    public enum Reason { NO_PERSON, UNKNOWN_DOCUMENT, NOT_CONCERNED, OUTDATED_VERSION, TOO_QUICK }

    private final Reason reason;
    private final long minimumSeconds;

    public AcknowledgementRefusedException(Reason reason, long minimumSeconds) {
        super(reason.name());
        this.reason = reason;
        this.minimumSeconds = minimumSeconds;
    }

    @Override
    public Reason reason() {
        return reason;
    }

    public long minimumSeconds() {
        return minimumSeconds;
    }
}
