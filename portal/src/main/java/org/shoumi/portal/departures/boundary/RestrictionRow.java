package org.shoumi.portal.departures.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.CodedName;

/**
 * A person under a running 脱密期, for the restriction list: the period that governs (the latest end of those
 * running), the class it follows (not the person's class now), the kind of the departure it came from, how many
 * periods run ({@code periods}) and the person's status now ({@code status}): a 离岗 approved 离职 later still has the
 * period of the 离岗, while the roster says 离职 (outside check: the list's 类型 said 离岗 alone).
 */
public record RestrictionRow(long departureId, String employeeNo, String name, String departmentName,
                             String departmentNameEn, SecrecyClass secrecyClass, DepartureKind kind,
                             LocalDate start, LocalDate end, long daysLeft, int periods,
                             EmployeeStatus status, boolean loweringInPost) implements Serializable {

    /**
     * A lowering within the secret-related classes (重要 → 一般): the person stays in a secret-related post, so the
     * lists name it so instead of 离岗 ({@code Departure.isLoweringInPost}).
     */
    public boolean isLoweringInPost() {
        return loweringInPost;
    }

    public String departmentIn(String language) {
        return CodedName.in(language, departmentName, departmentNameEn);
    }

    public long getDepartureId() {
        return departureId;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public String getName() {
        return name;
    }

    public SecrecyClass getSecrecyClass() {
        return secrecyClass;
    }

    public DepartureKind getKind() {
        return kind;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public long getDaysLeft() {
        return daysLeft;
    }

    /** How many 脱密期 of the person run today (more than one after two departures, e.g. two lowerings). */
    public int getPeriods() {
        return periods;
    }

    /** The person's status now (离岗, 离职, or in a post again), whatever the departure the period came from. */
    public EmployeeStatus getStatus() {
        return status;
    }
}
