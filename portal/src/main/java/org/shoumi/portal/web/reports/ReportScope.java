package org.shoumi.portal.web.reports;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.content.text.Texts;

/**
 * Which department's report a login may see: secrecy officers, auditors and administrators any (null: the whole
 * unit); a department head only their own, whatever they ask for.
 */
final class ReportScope {

    /** The scope a login gets: {@code whole} true with the asked department (null: unit), or the head's own. */
    record Granted(boolean allowed, String department) {
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
            Optional<EmployeeRow> me = employees.ofAccount(request.getRemoteUser());
            return me.map(m -> new Granted(true, m.getDepartmentCode())).orElse(new Granted(false, null));
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
