package org.shoumi.portal.employees.boundary;

import java.time.LocalDate;
import org.shoumi.portal.employees.entity.SecrecyClass;

/** A new hire as HR enters it, with the login the person will use and its first password. */
public record HireDraft(String employeeNo, String name, String departmentCode, String postCode,
                        SecrecyClass secrecyClass, LocalDate hireDate, String username, char[] password) {
}
