package org.shoumi.portal.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.boundary.LoginNames;
import org.shoumi.portal.security.entity.AccountChange;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.Times;

/**
 * The record of changes of what logins may do as pages show it (the administrator's 登录权限 page and the
 * auditor's 登录与权限变更记录): when, which login, what happened (a 恢复登录 says what it undid), the role and the
 * roles before and after in the reader's language, who by name, why.
 */
@RequestScoped
public class LoginChanges {

    @Inject
    Messages messages;

    @Inject
    Times times;

    @Inject
    Employees employees;

    /** One recorded change. */
    public record Change(String at, String username, String kind, String role, String detail, String by,
                         String reason) implements Serializable {
    }

    public List<Change> rows(List<AccountChange> changes) {
        // who made each change by name, as the personnel history does ("hr" is 徐慧); the system by its label
        LoginNames names = employees.namesOf(changes.stream().map(AccountChange::getBy).toList());
        return changes.stream().map(c -> new Change(times.format(c.getAt()), c.getUsername(), kind(c),
                c.getRole() == null ? "" : messages.text("enum.Role." + c.getRole().name()),
                lockStart(c) ? (c.getReason() == null ? "" : messages.text("admin.logins.fromAddress", c.getReason()))
                        : c.getEffectiveOn() != null ? c.getEffectiveOn().toString()
                        : c.getOldRoles() != null ? roles(c.getOldRoles()) + " → " + roles(c.getNewRoles())
                        : c.getNewRoles() != null ? roles(c.getNewRoles()) : "",
                names.of(c.getBy()), lockStart(c) || c.getReason() == null ? "" : c.getReason())).toList();
    }

    /** The start of a lock or stop after wrong passwords: its reason field holds the client address, no reason. */
    private static boolean lockStart(AccountChange c) {
        return c.getKind() == AccountChange.Kind.LOGIN_STOPPED || c.getKind() == AccountChange.Kind.ACCOUNT_LOCKED
                || c.getKind() == AccountChange.Kind.ADDRESS_STOPPED;
    }

    /** The kind in the reader's language; a 恢复登录 with what it undid (恢复登录（解除锁定）). */
    private String kind(AccountChange c) {
        String kind = messages.text("enum.AccountChange.Kind." + c.getKind().name());
        if (c.getUndone().isEmpty()) {
            return kind;
        }
        return messages.text("admin.logins.undone", kind, c.getUndone().stream()
                .map(u -> messages.text("enum.AccountChange.Undone." + u.name()))
                .collect(Collectors.joining(messages.text("common.listSeparator"))));
    }

    /** Stored role names ("EMPLOYEE,SECRECY_OFFICER") in the reader's language (员工、保密员). */
    public String roles(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        // in the roles' own order, as the list of logins writes them (the record sorted them by their codes)
        return Arrays.stream(stored.split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .sorted(java.util.Comparator.comparingInt(LoginChanges::order))
                .map(r -> messages.text("enum.Role." + r)).collect(Collectors.joining(
                        messages.text("common.listSeparator")));
    }

    private static int order(String role) {
        try {
            return org.shoumi.portal.security.entity.Role.valueOf(role).ordinal();
        } catch (IllegalArgumentException unknown) {
            return Integer.MAX_VALUE;
        }
    }
}
