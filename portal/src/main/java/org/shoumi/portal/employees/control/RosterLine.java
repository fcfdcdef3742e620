package org.shoumi.portal.employees.control;

import java.io.Serializable;
import java.time.LocalDate;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * One valid row of a roster file, normalised: department and post as codes, the class as an enum, the date
 * parsed. {@code username} is null when the file gives none. {@code markedLeft}: the file's own status or leaving-date
 * column (在职状态 离职, 离职日期 …), which the import does not act on, says the person has left; the check says so on the
 * row, so that HR opens the departure (the row read 不变; outside check).
 */
public record RosterLine(int row, String employeeNo, String name, String departmentCode, String postCode,
                         SecrecyClass secrecyClass, LocalDate hireDate, String username, boolean markedLeft)
        implements Serializable {

    /** A row that does not say the person has left. */
    public RosterLine(int row, String employeeNo, String name, String departmentCode, String postCode,
                      SecrecyClass secrecyClass, LocalDate hireDate, String username) {
        this(row, employeeNo, name, departmentCode, postCode, secrecyClass, hireDate, username, false);
    }
}
