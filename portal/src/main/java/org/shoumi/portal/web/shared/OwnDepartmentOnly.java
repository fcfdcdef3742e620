package org.shoumi.portal.web.shared;

import java.util.Optional;
import java.util.function.Predicate;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.security.entity.Role;

/**
 * Who watches only their own department: a department head who is nothing else (not HR, the secrecy office, an
 * auditor or an administrator). One rule for the programme overview, the dashboard, the drill-down and its export,
 * the year report and the self-inspection follow-up; {@link #departmentOf} says which department that is.
 */
public final class OwnDepartmentOnly {

    private OwnDepartmentOnly() {
    }

    /** Whether the login with these roles ({@code isUserInRole} of the request or the Faces context) is held to its own department. */
    public static boolean holds(Predicate<String> inRole) {
        return inRole.test(Role.DEPT_HEAD.name()) && !inRole.test(Role.HR.name())
                && !inRole.test(Role.SECRECY_OFFICER.name()) && !inRole.test(Role.AUDITOR.name())
                && !inRole.test(Role.ADMIN.name());
    }

    /**
     * The department a head's login answers for: their person's, while the person has not left the post or the unit;
     * empty for a login without a person and for one whose person has left (离岗, 离职), who no longer answers for the
     * department, whatever roles the login still holds (a head whose 离职 was approved kept reading and downloading
     * the department's people and reminding them for the rest of the last day; outside check ex-s38e 1).
     */
    public static Optional<String> departmentOf(Optional<EmployeeRow> person) {
        return person.filter(p -> stillAnswers(p.getStatus())).map(EmployeeRow::getDepartmentCode);
    }

    /** Whether the person's login is one whose person has left the post or the unit (离岗, 离职). */
    public static boolean left(Optional<EmployeeRow> person) {
        return person.isPresent() && !stillAnswers(person.get().getStatus());
    }

    /** Whether a person of this status may answer for their department: hired or in post, not gone from either. */
    static boolean stillAnswers(EmployeeStatus status) {
        return status == EmployeeStatus.ONBOARDING || status == EmployeeStatus.ACTIVE;
    }
}
