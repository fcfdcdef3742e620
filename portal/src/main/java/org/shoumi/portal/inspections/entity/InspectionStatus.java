package org.shoumi.portal.inspections.entity;

/** A self-inspection waits to be filled in, or has been submitted (then it no longer changes). */
public enum InspectionStatus {
    OPEN, SUBMITTED
}
