package org.shoumi.portal.departures.entity;

/** A departure is open while HR works through the exit checklist, and approved once the unit lets the person go. */
public enum DepartureStatus {
    OPEN, APPROVED
}
