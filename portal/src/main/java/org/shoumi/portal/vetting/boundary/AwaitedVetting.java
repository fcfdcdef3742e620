package org.shoumi.portal.vetting.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.CodedName;

/**
 * A 待上岗 person in 核心 or 重要 waiting for their 上岗审查 to be recorded: department, class, hire date and the day
 * their current spell in the post began ({@code since}: the hire date, or the day of a re-post from 离岗), from which
 * the days a 上岗审查 may precede it are counted.
 */
public record AwaitedVetting(String employeeNo, String name, String departmentName, String departmentNameEn,
                             SecrecyClass secrecyClass, LocalDate hireDate, LocalDate since) implements Serializable {

    /** Whether the spell began with a re-post from 离岗, not with the hire. */
    public boolean isReposted() {
        return since != null && !since.equals(hireDate);
    }

    /** The department's name in the page's language (its Chinese name where it has no English one). */
    public String departmentIn(String language) {
        return CodedName.in(language, departmentName, departmentNameEn);
    }
}
