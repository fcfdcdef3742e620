package org.shoumi.portal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.portal.security.boundary.AccountAdmin;
import org.shoumi.portal.security.boundary.LeaverLogins;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.ChangesNothing;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.Once;
import org.shoumi.portal.web.shared.Times;

/**
 * 登录权限: administrators see every login (its person, roles, state, last login; filtered by name or role), grant
 * and withdraw roles and lift locks with a reason, see and lift the stops of client addresses after too many failed
 * logins, let a leaver's login in again, and read the record of every
 * change of what a login may do.
 */
@Named
@ViewScoped
public class LoginAccessView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/admin/accounts.xhtml";
    private static final String REFUSED = "admin.accounts.refused.";

    @Inject
    LeaverLogins logins;

    @Inject
    AccountAdmin admin;

    @Inject
    ExternalContext external;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    @Inject
    LoginChanges changes;

    @Inject
    Times times;

    private String username;
    private String reason;
    private String filter;
    private Role filterRole;
    private String roleLogin;
    private Role role;
    private String roleReason;
    private String lockLogin;
    private String lockReason;
    private String stopAddress;
    private String stopReason;
    private List<AddressStop> addressStops;
    private String resetLogin;
    private String resetReason;
    /** The one-time password just set and the login it is for: shown on this view only, never kept. */
    private String oneTimeLogin;
    private String oneTimePassword;
    private List<Row> all;
    private List<LoginChanges.Change> changeRows;

    /** One login as the list shows it. */
    public record Row(String username, String person, String roles, String state, String lastLogin)
            implements Serializable {
    }

    /** A client address stopped for every login after too many failed logins from it. */
    public record AddressStop(String address, String since, String until, long tries) implements Serializable {
    }

    /** The addresses stopped for every login now, the latest first. */
    public List<AddressStop> getAddressStops() {
        if (addressStops == null) {
            addressStops = admin.stoppedAddresses().stream().map(a -> new AddressStop(a.address(),
                    times.format(a.since()), times.format(a.until()), a.tries())).toList();
        }
        return addressStops;
    }

    /** Lifts the stop of a client address, with a reason: everyone there can log in at once. */
    @Once
    public String liftAddressStop() {
        return actions.attempt(() -> {
            admin.liftAddressStop(stopAddress, stopReason, external.getRemoteUser());
            messages.info("admin.accounts.addressLifted", stopAddress.strip());
            return Actions.redirect(PAGE);
        }, REFUSED);
    }

    public String getStopAddress() {
        return stopAddress;
    }

    public void setStopAddress(String stopAddress) {
        this.stopAddress = stopAddress;
    }

    public String getStopReason() {
        return stopReason;
    }

    public void setStopReason(String stopReason) {
        this.stopReason = stopReason;
    }

    /** One login switched off or due to be (a leaver's). */
    public record Leaver(String username, String employeeNo, String name, boolean enabled, String disabledFrom)
            implements Serializable {
    }

    /** The logins switched off or due to be. */
    public List<Leaver> getRows() {
        return logins.disabled().stream().map(a -> new Leaver(a.getUsername(),
                a.getEmployee() == null ? "" : a.getEmployee().getEmployeeNo(),
                a.getEmployee() == null ? "" : a.getEmployee().getName(), a.isEnabled(),
                a.getDisabledFrom() == null ? "" : a.getDisabledFrom().toString())).toList();
    }

    @PostConstruct
    void load() {
        all = admin.logins(filter, filterRole).stream().map(l -> new Row(l.username(),
                l.employeeNo() == null ? "" : l.employeeNo() + " " + (l.personName() == null ? "" : l.personName())
                        + (l.personLeft() ? " " + messages.text("admin.accounts.personLeft") : ""),
                l.roles().stream().sorted().map(r -> messages.text("enum.Role." + r.name()))
                        .collect(Collectors.joining(messages.text("common.listSeparator"))),
                switch (l.state()) {
                    // a leaver's login locked meanwhile: the switch-off stays said (it read only "锁定至 …")
                    case LOCKED -> l.endsOn() == null
                            ? messages.text("admin.accounts.state.LOCKED", times.format(l.lockedUntil()))
                            : messages.text("admin.accounts.state.LOCKED_DUE_TO_END", times.format(l.lockedUntil()),
                                    l.endsOn().toString());
                    // five wrong passwords from one address stop it there only: not the account locked (outside check)
                    case STOPPED_FROM_ADDRESS -> l.endsOn() == null
                            ? messages.text("admin.accounts.state.STOPPED_FROM_ADDRESS", times.format(l.stoppedUntil()))
                            : messages.text("admin.accounts.state.STOPPED_FROM_ADDRESS_DUE_TO_END",
                                    times.format(l.stoppedUntil()), l.endsOn().toString());
                    case DUE_TO_END -> messages.text("admin.accounts.state.DUE_TO_END", l.endsOn().toString());
                    default -> messages.text("admin.accounts.state." + l.state().name());
                },
                times.format(l.lastLogin()))).toList();
    }

    public List<Row> getLogins() {
        return all;
    }

    @ChangesNothing
    public String search() {
        load();
        return null;
    }

    public List<Role> getRoleChoices() {
        return Arrays.asList(Role.values());
    }

    public List<LoginChanges.Change> getChanges() {
        if (changeRows == null) {
            changeRows = changes.rows(logins.changes(200));
        }
        return changeRows;
    }

    /**
     * Gives a login whose holder forgot the password a one-time password, shown on this page once (not after a
     * reload): nothing else keeps it.
     */
    @Once
    public String resetPassword() {
        return actions.attempt(() -> {
            char[] oneTime = admin.resetPassword(resetLogin, resetReason, external.getRemoteUser());
            oneTimeLogin = stored(resetLogin);
            oneTimePassword = new String(oneTime);
            java.util.Arrays.fill(oneTime, ' ');
            messages.info("admin.accounts.passwordReset", oneTimeLogin);
            resetLogin = null;
            resetReason = null;
            changeRows = null;
            load();
            return null;
        }, REFUSED);
    }

    public String getResetLogin() {
        return resetLogin;
    }

    public void setResetLogin(String resetLogin) {
        this.resetLogin = resetLogin;
    }

    public String getResetReason() {
        return resetReason;
    }

    public void setResetReason(String resetReason) {
        this.resetReason = resetReason;
    }

    public String getOneTimeLogin() {
        return oneTimeLogin;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    @Once
    public String grant() {
        return actions.attempt(() -> {
            admin.grant(roleLogin, role, roleReason, external.getRemoteUser());
            messages.info("admin.accounts.granted", messages.text("enum.Role." + role.name()), stored(roleLogin));
            return Actions.redirect(PAGE);
        }, REFUSED);
    }

    @Once
    public String withdraw() {
        return actions.attempt(() -> {
            admin.withdraw(roleLogin, role, roleReason, external.getRemoteUser());
            messages.info("admin.accounts.withdrawn", messages.text("enum.Role." + role.name()), stored(roleLogin));
            return Actions.redirect(PAGE);
        }, REFUSED);
    }

    @Once
    public String liftLock() {
        return actions.attempt(() -> {
            admin.liftLock(lockLogin, lockReason, external.getRemoteUser());
            messages.info("admin.accounts.lockLifted", stored(lockLogin));
            return Actions.redirect(PAGE);
        }, REFUSED);
    }

    @Once
    public String reenable() {
        if (!org.shoumi.content.text.Texts.saysSomething(reason) || reason.strip().length() > 200) {
            messages.error("admin.logins.reason.required");
            return null;
        }
        return actions.attempt(() -> {
            if (!logins.reenable(username == null ? "" : username.strip(), reason, external.getRemoteUser())) {
                messages.error("admin.logins.notDisabled", username == null ? "" : username);
                return null;
            }
            messages.info("admin.logins.reenabled", stored(username));
            return Actions.redirect(PAGE);
        }, REFUSED);
    }

    /** The login as it is stored and as the record names it ("EMPLOYEE " typed is employee). */
    private static String stored(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
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

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public Role getFilterRole() {
        return filterRole;
    }

    public void setFilterRole(Role filterRole) {
        this.filterRole = filterRole;
    }

    public String getRoleLogin() {
        return roleLogin;
    }

    public void setRoleLogin(String roleLogin) {
        this.roleLogin = roleLogin;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getRoleReason() {
        return roleReason;
    }

    public void setRoleReason(String roleReason) {
        this.roleReason = roleReason;
    }

    public String getLockLogin() {
        return lockLogin;
    }

    public void setLockLogin(String lockLogin) {
        this.lockLogin = lockLogin;
    }

    public String getLockReason() {
        return lockReason;
    }

    public void setLockReason(String lockReason) {
        this.lockReason = lockReason;
    }
}
