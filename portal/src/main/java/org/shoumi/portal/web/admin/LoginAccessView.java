package org.shoumi.portal.web.admin;

import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.boundary.LoginNames;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.security.boundary.LeaverLogins;
import org.shoumi.portal.web.shared.Messages;

/**
 * Administrators see the logins that are switched off or due to be (leavers) and the record of every change of
 * what a login may do, and let a login in again with a reason.
 */
@Named
@ViewScoped
public class LoginAccessView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient LeaverLogins logins;

    @Inject
    transient ExternalContext external;

    @Inject
    Messages messages;

    @Inject
    transient Employees employees;

    private String username;
    private String reason;

    /** One login switched off or due to be. */
    public record Row(String username, String employeeNo, String name, boolean enabled, String disabledFrom)
            implements Serializable {
    }

    /** One recorded change. */
    public record Change(String at, String username, String kind, String by, String reason, String detail)
            implements Serializable {
    }

    public List<Row> getRows() {
        return logins.disabled().stream().map(a -> new Row(a.getUsername(),
                a.getEmployee() == null ? "" : a.getEmployee().getEmployeeNo(),
                a.getEmployee() == null ? "" : a.getEmployee().getName(), a.isEnabled(),
                a.getDisabledFrom() == null ? "" : a.getDisabledFrom().toString())).toList();
    }

    public List<Change> getChanges() {
        ZoneId zone = logins.zone();
        var changes = logins.changes(200);
        // who made each change by name, as the personnel history does ("hr" is 徐慧); the system by its label
        LoginNames names = employees.namesOf(changes.stream().map(c -> c.getBy()).toList());
        return changes.stream().map(c -> new Change(TIME.format(c.getAt().atZone(zone)), c.getUsername(),
                messages.text("enum.AccountChange.Kind." + c.getKind().name()), names.of(c.getBy()),
                c.getReason() == null ? "" : c.getReason(),
                c.getEffectiveOn() != null ? c.getEffectiveOn().toString()
                        : c.getOldRoles() != null ? roles(c.getOldRoles()) + " → " + roles(c.getNewRoles())
                        : c.getNewRoles() != null ? roles(c.getNewRoles()) : "")).toList();
    }

    /** Stored role names ("EMPLOYEE,SECRECY_OFFICER") in the reader's language (员工、保密员). */
    private String roles(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        return java.util.Arrays.stream(stored.split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> messages.text("enum.Role." + r)).collect(java.util.stream.Collectors.joining(
                        messages.text("common.listSeparator")));
    }

    public String reenable() {
        if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
            messages.error("admin.logins.reason.required");
            return null;
        }
        if (!logins.reenable(username == null ? "" : username.strip(), reason, external.getRemoteUser())) {
            messages.error("admin.logins.notDisabled", username == null ? "" : username);
            return null;
        }
        messages.info("admin.logins.reenabled", username);
        return Actions.redirect("/admin/accounts.xhtml");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
