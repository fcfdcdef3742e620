package org.shoumi.portal.departures.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.CodedName;

/**
 * A person under a running 脱密期, for the restriction list: the period that governs (the latest end of those
 * running), the class it follows (not the person's class now), and how many periods run ({@code periods}).
 */
public record RestrictionRow(long departureId, String employeeNo, String name, String departmentName,
                             String departmentNameEn, SecrecyClass secrecyClass, DepartureKind kind,
                             LocalDate start, LocalDate end, long daysLeft, int periods) implements Serializable {

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
}
