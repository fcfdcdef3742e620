package org.shoumi.portal.employees.boundary;

import java.time.LocalDate;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * A new hire as HR enters it, with the login the person will use, its first password and an optional e-mail.
 * {@code otherPersonConfirmed}: HR has checked that the hire is not the leaver of the same name under a running 脱密期
 * the form named (refused without it while there is one; the confirmation goes into the new person's history).
 */
public record HireDraft(String employeeNo, String name, String departmentCode, String postCode,
                        SecrecyClass secrecyClass, LocalDate hireDate, String username, char[] password,
                        String email, boolean otherPersonConfirmed) {

    /** A hire with no confirmation about a leaver of the same name. */
    public HireDraft(String employeeNo, String name, String departmentCode, String postCode,
                     SecrecyClass secrecyClass, LocalDate hireDate, String username, char[] password, String email) {
        this(employeeNo, name, departmentCode, postCode, secrecyClass, hireDate, username, password, email, false);
    }

    /** A hire without an e-mail address. */
    public HireDraft(String employeeNo, String name, String departmentCode, String postCode,
                     SecrecyClass secrecyClass, LocalDate hireDate, String username, char[] password) {
        this(employeeNo, name, departmentCode, postCode, secrecyClass, hireDate, username, password, null);
    }
}
