package org.shoumi.portal.departures.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.organisation.entity.CodedName;

/** A departure withdrawn as opened by mistake, on HR's list: when, by whom (login) and why. */
public record WithdrawnDepartureRow(long id, String employeeNo, String name, String departmentName,
                                    String departmentNameEn, DepartureKind kind, LocalDate withdrawnOn,
                                    String withdrawnBy, String reason, boolean loweringInPost)
        implements Serializable {

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

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getReason() {
        return reason;
    }
}
