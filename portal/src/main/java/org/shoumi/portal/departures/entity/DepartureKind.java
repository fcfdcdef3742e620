package org.shoumi.portal.departures.entity;

import org.shoumi.portal.employees.entity.EmployeeStatus;

/** 离岗: leaves the secret-related post but stays in the unit; 离职: leaves the unit; 转岗交接: hands over on a move. */
public enum DepartureKind {
    LEAVE_POST(EmployeeStatus.LEFT_POST),
    LEAVE_UNIT(EmployeeStatus.LEFT_UNIT),
    /**
     * 转岗交接: a secret-related person moved to another post hands their carriers over to the successor. Only the
     * carrier item of the checklist applies; its approval changes nothing about the person and starts no 脱密期.
     */
    TRANSFER(null);

    private final EmployeeStatus statusAfter;

    DepartureKind(EmployeeStatus statusAfter) {
        this.statusAfter = statusAfter;
    }

    /** Whether this is a hand-over within the unit (转岗) rather than leaving the post or the unit. */
    public boolean isHandover() {
        return this == TRANSFER;
    }

    /** The kinds HR opens by hand (a hand-over is opened by the change of post itself). */
    public static DepartureKind[] leaving() {
        return new DepartureKind[] {LEAVE_POST, LEAVE_UNIT};
    }

    /** The person's status once the departure is approved (null for a hand-over: unchanged). */
    public EmployeeStatus statusAfter() {
        return statusAfter;
    }
}
