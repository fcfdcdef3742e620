package org.shoumi.portal.vetting.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.CodedName;

/**
 * A person in post (在岗) raised into 核心 or 重要 (or back into such a post) with no passed 上岗审查 for it: department,
 * class and the day the class took effect.
 */
public record RaisedUnvetted(String employeeNo, String name, String departmentName, String departmentNameEn,
                             SecrecyClass secrecyClass, LocalDate since) implements Serializable {

    /** The department's name in the page's language (its Chinese name where it has no English one). */
    public String departmentIn(String language) {
        return CodedName.in(language, departmentName, departmentNameEn);
    }
}
