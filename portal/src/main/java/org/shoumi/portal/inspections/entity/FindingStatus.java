package org.shoumi.portal.inspections.entity;

/** A finding is open (to remediate), remediated by its owner (awaiting the secrecy office), or closed. */
public enum FindingStatus {
    OPEN, REMEDIATED, CLOSED
}
