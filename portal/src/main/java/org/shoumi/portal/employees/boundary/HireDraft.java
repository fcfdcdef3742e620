package org.shoumi.portal.employees.boundary;

import java.time.LocalDate;
import org.shoumi.portal.employees.entity.SecrecyClass;

/** A new hire as HR enters it, with the login the person will use, its first password and an optional e-mail. */
public record HireDraft(String employeeNo, String name, String departmentCode, String postCode,
                        SecrecyClass secrecyClass, LocalDate hireDate, String username, char[] password,
                        String email) {

    /** A hire without an e-mail address. */
    public HireDraft(String employeeNo, String name, String departmentCode, String postCode,
                     SecrecyClass secrecyClass, LocalDate hireDate, String username, char[] password) {
        this(employeeNo, name, departmentCode, postCode, secrecyClass, hireDate, username, password, null);
    }
}
