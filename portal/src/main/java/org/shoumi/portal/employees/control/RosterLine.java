package org.shoumi.portal.employees.control;

import java.io.Serializable;
import java.time.LocalDate;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * One valid row of a roster file, normalised: department and post as codes, the class as an enum, the date
 * parsed. {@code username} is null when the file gives none.
 */
public record RosterLine(int row, String employeeNo, String name, String departmentCode, String postCode,
                         SecrecyClass secrecyClass, LocalDate hireDate, String username) implements Serializable {
}
