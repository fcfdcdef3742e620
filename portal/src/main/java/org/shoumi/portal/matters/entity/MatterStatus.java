package org.shoumi.portal.matters.entity;

/** The steps of a report, in order; a report's status is the last step taken. */
public enum MatterStatus {
    REPORTED, ACKNOWLEDGED, DECIDED;

    /** Whether the secrecy office still has something to do. */
    public boolean open() {
        return this != DECIDED;
    }
}
