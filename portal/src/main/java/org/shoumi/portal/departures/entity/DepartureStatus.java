package org.shoumi.portal.departures.entity;

/**
 * A departure is open while HR works through the exit checklist, and approved once the unit lets the person go;
 * withdrawn when HR took back one opened by mistake (kept, with who, when and why).
 */
public enum DepartureStatus {
    OPEN, APPROVED, WITHDRAWN
}
