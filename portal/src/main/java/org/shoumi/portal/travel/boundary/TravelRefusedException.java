package org.shoumi.portal.travel.boundary;

import org.shoumi.portal.shared.Refused;
import org.shoumi.portal.travel.control.Refusal;

/** A travel or passport step that was not taken, and why (bundle key {@code travel.refused.<reason>}); nothing stored. */
public class TravelRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    private final Refusal reason;

    public TravelRefusedException(Refusal reason) {
        super(reason.name());
        this.reason = reason;
    }

    @Override
    public Refusal reason() {
        return reason;
    }
}
