package org.shoumi.portal.events;

import java.util.List;
import java.util.Objects;

/**
 * A change of what a login may do was kept (a login opened, a role granted or withdrawn, a password reset, a lock
 * lifted, a leaver's login switched off …): {@code changeId} is the id of the new {@code account_change} row. Fired in
 * the transaction of the change; the evidence log appends it there, so a restore that undoes the change shortens the
 * chain and is noticed, and a row deleted or altered afterwards is named by verification.
 *
 * <p>It also carries what other features need to follow a change of role without reading the security feature: the
 * login, the staff number of its person (null for a login without one), the role names before and after (empty for a
 * change that did not touch the roles) and who made the change. A department head's role granted or withdrawn changes
 * who answers for the department (self-inspection forms and findings, the publication reviews).
 *
 * @param username the login changed (for a lifted stop of a client address, the address)
 * @param endsBearerAccess the change ends what opens the login's records without a password (an administrator's
 *        password reset, perhaps after a leak, and the login switched off): the reports feature revokes the login's
 *        calendar feed addresses in the same transaction (they outlived both: outside check)
 * @param opensOrCloses the change opened the login (a first password, a directory login linked or taking over),
 *        switched it off or let it in again: whether its person can log in changed, and with it whether a serving
 *        liaison answers for their department (a liaison's login opened left the department's forms with the office;
 *        outside check ex-s36h 1)
 */
public record AccountChanged(long changeId, String username, String employeeNo, List<String> rolesBefore,
                             List<String> rolesAfter, String by, boolean endsBearerAccess, boolean opensOrCloses) {

    public AccountChanged {
        rolesBefore = List.copyOf(Objects.requireNonNullElse(rolesBefore, List.of()));
        rolesAfter = List.copyOf(Objects.requireNonNullElse(rolesAfter, List.of()));
    }

    /** Whether the roles after the change differ from those before (a change that did not touch them: false). */
    public boolean changedRoles() {
        return !java.util.Set.copyOf(rolesBefore).equals(java.util.Set.copyOf(rolesAfter));
    }

    /** Whether the change granted the role named ({@code Role.name()}). */
    public boolean granted(String role) {
        return !rolesBefore.contains(role) && rolesAfter.contains(role);
    }

    /** Whether the change withdrew the role named ({@code Role.name()}). */
    public boolean withdrew(String role) {
        return rolesBefore.contains(role) && !rolesAfter.contains(role);
    }
}
