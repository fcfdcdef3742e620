package org.shoumi.portal.employees.boundary;

import java.time.LocalDate;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

/** One line of the roster, fully loaded: the view never touches a lazy association. */
public record EmployeeRow(long id, String employeeNo, String name,
                          String departmentCode, String departmentName, String departmentNameEn,
                          String postCode, String postName, String postNameEn,
                          SecrecyClass secrecyClass, EmployeeStatus status, LocalDate hireDate) {

    public String departmentIn(String language) {
        return localized(language, departmentName, departmentNameEn);
    }

    public String postIn(String language) {
        return localized(language, postName, postNameEn);
    }

    private static String localized(String language, String zh, String en) {
        return "en".equals(language) && en != null && !en.isBlank() ? en : zh;
    }
}
