package org.shoumi.portal.employees.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.shoumi.portal.employees.boundary.HireRefusedException.Reason;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.entity.Assignment;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;

/**
 * Changes to the roster by HR. Hiring someone into a secret-related class opens their onboarding programme in
 * the same transaction: either the person, their login and their programme are all recorded, or nothing is.
 */
@ApplicationScoped
@Transactional
public class Roster {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Programmes programmes;

    @Inject
    Validator validator;

    /** Records the hire; returns the onboarding programme given, if any. */
    public Optional<Assignment> hire(HireDraft d, String by) {
        if (d.employeeNo() != null && !em.createNamedQuery(Employee.BY_NUMBER, Employee.class)
                .setParameter("employeeNo", d.employeeNo().strip()).getResultList().isEmpty()) {
            throw new HireRefusedException(Reason.EMPLOYEE_NO_TAKEN);
        }
        if (d.username() == null || d.username().isBlank()
                || accounts.find(d.username().strip().toLowerCase(Locale.ROOT)).isPresent()) {
            throw new HireRefusedException(Reason.USERNAME_TAKEN);
        }
        if (d.password() == null || d.password().length < Accounts.MIN_PASSWORD_LENGTH
                || d.password().length > Accounts.MAX_PASSWORD_LENGTH) {
            throw new HireRefusedException(Reason.PASSWORD_LENGTH);
        }
        Department department = em.createQuery("select d from Department d where d.code = :c", Department.class)
                .setParameter("c", d.departmentCode()).getResultList().stream().findFirst()
                .orElseThrow(() -> new HireRefusedException(Reason.UNKNOWN_DEPARTMENT));
        Post post = em.createQuery("select p from Post p where p.code = :c", Post.class)
                .setParameter("c", d.postCode()).getResultList().stream().findFirst()
                .orElseThrow(() -> new HireRefusedException(Reason.UNKNOWN_POST));
        if (d.secrecyClass() == null || d.hireDate() == null) {
            throw new HireRefusedException(Reason.INVALID);
        }
        EmployeeStatus status = d.secrecyClass().isSecretRelated() ? EmployeeStatus.ONBOARDING : EmployeeStatus.ACTIVE;
        Employee employee = new Employee(d.employeeNo() == null ? null : d.employeeNo().strip(),
                d.name() == null ? null : d.name().strip(), department, post, d.secrecyClass(), status, d.hireDate());
        employee.setEmail(d.email());
        if (!validator.validateProperty(employee, "email").isEmpty()) {
            throw new HireRefusedException(Reason.EMAIL_INVALID);
        }
        if (!validator.validate(employee).isEmpty()) {
            throw new HireRefusedException(Reason.INVALID);
        }
        em.persist(employee);
        accounts.create(d.username().strip(), d.password(), Set.of(Role.EMPLOYEE), employee);
        return programmes.onHire(employee, by);
    }
}
