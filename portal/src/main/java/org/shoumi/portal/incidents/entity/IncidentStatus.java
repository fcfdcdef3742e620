package org.shoumi.portal.incidents.entity;

/** Where a case stands (derived from its steps, kept on the case for querying). */
public enum IncidentStatus {
    OPEN, CLOSED
}
