package org.shoumi.portal.inspections.boundary;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.PersonnelChange;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.inspections.control.InspectionRules;
import org.shoumi.portal.organisation.entity.Department;

/**
 * Which departments have anyone concerned (a secret-related person in post), and the change that emptied one that
 * has nobody any more: what decides whether a department's form is still asked
 * ({@link InspectionRules#departmentNoLongerAsked}) and how the records mark one that is not. Read inside the
 * caller's transaction.
 */
final class ConcernedDepartments {

    private ConcernedDepartments() {
    }

    /** The ids of the departments with at least one secret-related person in post (one query). */
    static Set<Long> ids(EntityManager em) {
        return new HashSet<>(em.createQuery("select distinct e.department.id from Employee e "
                        + "where e.status = :active and e.secrecyClass <> :none", Long.class)
                .setParameter("active", EmployeeStatus.ACTIVE).setParameter("none", SecrecyClass.NONE)
                .getResultList());
    }

    /** How many secret-related people in post the department has. */
    static long count(EntityManager em, Department d) {
        return em.createQuery("select count(e) from Employee e where e.department = :d and e.status = :active "
                        + "and e.secrecyClass <> :none", Long.class).setParameter("d", d)
                .setParameter("active", EmployeeStatus.ACTIVE).setParameter("none", SecrecyClass.NONE)
                .getSingleResult();
    }

    /**
     * The change that emptied each of the departments (by code): the latest entry of anyone's history that took a
     * concerned person out of it ({@link InspectionRules#tookConcernedOut}); missing when the history has none.
     */
    static Map<String, PersonnelChange> emptiedBy(EntityManager em, Collection<String> codes) {
        Map<String, PersonnelChange> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        em.createQuery("select c from PersonnelChange c where c.oldDepartment in :codes "
                        + "and c.oldStatus = :active order by c.changedAt desc, c.id desc", PersonnelChange.class)
                .setParameter("codes", codes).setParameter("active", EmployeeStatus.ACTIVE).getResultStream()
                .filter(c -> InspectionRules.tookConcernedOut(c.getOldDepartment(), c.getOldDepartment(),
                        c.getOldStatus(), c.getOldClass(), c.getNewDepartment(), c.getNewStatus(), c.getNewClass()))
                .forEach(c -> found.putIfAbsent(c.getOldDepartment(), c));
        return found;
    }
}
