package org.shoumi.portal.departures.entity;

import org.shoumi.portal.employees.entity.EmployeeStatus;

/** 离岗: leaves the secret-related post but stays in the unit; 离职: leaves the unit. */
public enum DepartureKind {
    LEAVE_POST(EmployeeStatus.LEFT_POST),
    LEAVE_UNIT(EmployeeStatus.LEFT_UNIT);

    private final EmployeeStatus statusAfter;

    DepartureKind(EmployeeStatus statusAfter) {
        this.statusAfter = statusAfter;
    }

    /** The person's status once the departure is approved. */
    public EmployeeStatus statusAfter() {
        return statusAfter;
    }
}
