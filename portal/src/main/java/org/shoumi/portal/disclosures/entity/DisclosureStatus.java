package org.shoumi.portal.disclosures.entity;

/**
 * Where a request stands; each value but {@link #SUBMITTED} is also the step that reached it (one row per request
 * and step). SUBMITTED → DEPARTMENT_AGREED → APPROVED or APPROVED_WITH_CHANGES → PUBLISHED; REFUSED by the
 * department or the secrecy office, WITHDRAWN by the requester while it is open.
 */
public enum DisclosureStatus {
    SUBMITTED, DEPARTMENT_AGREED, APPROVED, APPROVED_WITH_CHANGES, REFUSED, WITHDRAWN, PUBLISHED;

    /** Whether a reviewer still has something to do. */
    public boolean open() {
        return this == SUBMITTED || this == DEPARTMENT_AGREED;
    }

    /** Whether the secrecy office let it go out (with or without changes). */
    public boolean approved() {
        return this == APPROVED || this == APPROVED_WITH_CHANGES;
    }
}
