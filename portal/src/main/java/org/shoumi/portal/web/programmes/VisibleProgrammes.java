package org.shoumi.portal.web.programmes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import java.util.List;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.boundary.Progress;
import org.shoumi.portal.web.shared.OwnDepartmentOnly;

/**
 * The programmes the logged-in user may watch: everyone's for HR, the secrecy office, auditors and
 * administrators; only their own department's for a department head who is nothing else (none when the login
 * has no person on the roster). Used by the overview and the dashboard alike.
 */
@RequestScoped
public class VisibleProgrammes {

    @Inject
    Programmes programmes;

    @Inject
    Employees employees;

    @Inject
    ExternalContext external;

    public List<Progress> list() {
        return list(null);
    }

    /**
     * As {@link #list()}, a department head's own department being the one each person was in by
     * {@code departmentOf} (staff number → department: a year's, as the year report counts it); null: the current one.
     * A programme closed by a move is in the department the person was in then ({@link Progress#countedIn}).
     */
    public List<Progress> list(java.util.Map<String, String> departmentOf) {
        List<Progress> all = programmes.overview();
        if (!onlyOwnDepartment()) {
            return all;
        }
        // a head whose person has left the post or the unit watches no department (outside check ex-s38e 1)
        String own = OwnDepartmentOnly.departmentOf(employees.ofAccount(external.getRemoteUser())).orElse(null);
        // a programme closed by a move is the department's that gave it (Progress#countedIn)
        return all.stream().filter(p -> own != null && own.equals(p.countedIn(departmentOf))).toList();
    }

    private boolean onlyOwnDepartment() {
        return OwnDepartmentOnly.holds(external::isUserInRole);
    }
}
