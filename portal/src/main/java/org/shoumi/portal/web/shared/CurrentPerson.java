package org.shoumi.portal.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import java.util.Optional;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.employees.boundary.Employees;

/**
 * The person on the roster behind the current login, looked up once per request; pages ask
 * {@code #{currentPerson.onRoster}} before offering what only a person can do (a report, their own secrecy file).
 */
@RequestScoped
@jakarta.inject.Named("currentPerson")
public class CurrentPerson {

    @Inject
    Employees employees;

    @Inject
    ExternalContext external;

    private Optional<EmployeeRow> person;

    public Optional<EmployeeRow> get() {
        if (person == null) {
            String user = external.getRemoteUser();
            person = user == null ? Optional.empty() : employees.ofAccount(user);
        }
        return person;
    }

    /** Whether a person on the roster is behind this login (the auditor's and the administrator's logins have none). */
    public boolean isOnRoster() {
        return get().isPresent();
    }

    /** The staff number quizzes know the person by; empty for logins without a person. */
    public Optional<String> employeeNo() {
        return get().map(EmployeeRow::getEmployeeNo);
    }
}
