package org.shoumi.portal.web.shared;

import java.util.function.Predicate;
import org.shoumi.portal.security.entity.Role;

/**
 * Who watches only their own department: a department head who is nothing else (not HR, the secrecy office, an
 * auditor or an administrator). One rule for the programme overview, the dashboard, the drill-down and its export.
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
}
