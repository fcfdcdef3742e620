package org.shoumi.portal.vetting.boundary;

import java.io.Serializable;

import java.time.LocalDate;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.CodedName;

/**
 * A person whose review is due: department, class, the newest vetting-or-review day of their current spell in the
 * post (null when none is on record: then the hire date, or the day of their return or move into the class, counted)
 * and the due day; {@code overdue} when the due day has passed.
 */
public record DueReview(String employeeNo, String name, String departmentName, String departmentNameEn,
                        SecrecyClass secrecyClass, LocalDate lastHeld, LocalDate dueOn, boolean overdue)
        implements Serializable {

    /** The department's name in the page's language (its Chinese name where it has no English one). */
    public String departmentIn(String language) {
        return CodedName.in(language, departmentName, departmentNameEn);
    }
}
