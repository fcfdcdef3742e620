package org.shoumi.portal.employees.control;

import java.io.Serializable;
import java.time.LocalDate;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * One valid row of a roster file, normalised: department and post as codes, the class as an enum, the date
 * parsed. {@code username} is null when the file gives none. {@code markedLeft}: the file's own status or leaving-date
 * column (在职状态 离职, 离职日期 …), which the import does not act on, says the person has left; the check says so on the
 * row, so that HR opens the departure (the row read 不变; outside check); {@code leftAt} names that column as a
 * spreadsheet shows it ("G 在职状态"), null when the row does not say so.
 */
public record RosterLine(int row, String employeeNo, String name, String departmentCode, String postCode,
                         SecrecyClass secrecyClass, LocalDate hireDate, String username, String leftAt)
        implements Serializable {

    /**
     * A row that may say the person has left ({@code markedLeft}), without naming the column that says so.
     */
    public RosterLine(int row, String employeeNo, String name, String departmentCode, String postCode,
                      SecrecyClass secrecyClass, LocalDate hireDate, String username, boolean markedLeft) {
        this(row, employeeNo, name, departmentCode, postCode, secrecyClass, hireDate, username,
                markedLeft ? "" : null);
    }

    /** Whether the file's own status or leaving-date column says the person has left. */
    public boolean markedLeft() {
        return leftAt != null;
    }

    /** A row that does not say the person has left. */
    public RosterLine(int row, String employeeNo, String name, String departmentCode, String postCode,
                      SecrecyClass secrecyClass, LocalDate hireDate, String username) {
        this(row, employeeNo, name, departmentCode, postCode, secrecyClass, hireDate, username, (String) null);
    }
}
