package org.shoumi.portal.departures.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.organisation.entity.CodedName;

/** An approved departure on HR's list: when it was approved and when its 脱密期 ends (null: none). */
public record ApprovedDepartureRow(long id, String employeeNo, String name, String departmentName,
                                   String departmentNameEn, DepartureKind kind, LocalDate approvedOn,
                                   LocalDate periodEnd) implements Serializable {

    public String departmentIn(String language) {
        return CodedName.in(language, departmentName, departmentNameEn);
    }

    public long getId() {
        return id;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public String getName() {
        return name;
    }

    public DepartureKind getKind() {
        return kind;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }
}
