package org.shoumi.portal.web.reports;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.OwnDepartmentOnly;
import org.shoumi.content.text.Texts;

/**
 * Which department's report a login may see: secrecy officers, auditors and administrators any (null: the whole
 * unit); a department head only their own, whatever they ask for.
 */
final class ReportScope {

    /**
     * The scope a login gets: {@code allowed} with the asked department (null: unit), or the head's own;
     * {@code left} when the login is a head's whose person has left the post or the unit (not allowed).
     */
    record Granted(boolean allowed, String department, boolean left) {

        Granted(boolean allowed, String department) {
            this(allowed, department, false);
        }
    }

    private ReportScope() {
    }

    static Granted of(HttpServletRequest request, Employees employees, String asked) {
        String wanted = code(asked);
        if (request.isUserInRole(Role.SECRECY_OFFICER.name()) || request.isUserInRole(Role.AUDITOR.name())
                || request.isUserInRole(Role.ADMIN.name())) {
            return new Granted(true, wanted);
        }
        if (request.isUserInRole(Role.DEPT_HEAD.name())) {
            // a head whose person has left the post or the unit no longer answers for the department: no report
            // (a head whose 离职 was approved downloaded it for the rest of the last day; outside check ex-s38e 1)
            Optional<EmployeeRow> me = employees.ofAccount(request.getRemoteUser());
            return OwnDepartmentOnly.departmentOf(me).map(d -> new Granted(true, d))
                    .orElse(new Granted(false, null, OwnDepartmentOnly.left(me)));
        }
        return new Granted(false, null);
    }

    /**
     * A department code as asked for, as codes are kept: in capitals, half-width, without surrounding spaces
     * ({@code ?dept=office} is OFFICE; found by an outside check: it gave an empty report and broken download links);
     * null for none.
     */
    static String code(String asked) {
        return asked == null || asked.isBlank() ? null : Texts.halfWidth(asked).strip().toUpperCase(Locale.ROOT);
    }
}
