package org.shoumi.portal.departures.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.organisation.entity.CodedName;

/**
 * An approved departure on HR's list: when it was approved and when its 脱密期 ends (null: none; for a 离职 after a 离岗,
 * {@code afterPost}, none of its own).
 */
public record ApprovedDepartureRow(long id, String employeeNo, String name, String departmentName,
                                   String departmentNameEn, DepartureKind kind, LocalDate approvedOn,
                                   LocalDate periodEnd, boolean afterPost, boolean loweringInPost)
        implements Serializable {

    /**
     * A lowering within the secret-related classes (重要 → 一般): the person stays in a secret-related post, so the
     * lists name it so instead of 离岗 ({@code Departure.isLoweringInPost}).
     */
    public boolean isLoweringInPost() {
        return loweringInPost;
    }

    /** A 离职 of someone who had left the post (离岗): no period of its own, the 离岗's runs on. */
    public boolean isAfterPost() {
        return afterPost;
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

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    /** A hand-over (转岗交接): no 脱密期 because it is a hand-over, not because the person is 非涉密. */
    public boolean isHandover() {
        return kind.isHandover();
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }
}
