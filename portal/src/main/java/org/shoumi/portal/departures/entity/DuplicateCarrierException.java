package org.shoumi.portal.departures.entity;

/** The carrier is already on the departure's list (same kind and description). */
public class DuplicateCarrierException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public DuplicateCarrierException(String description) {
        super("carrier already listed: " + description);
    }
}
