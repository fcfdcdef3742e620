package org.shoumi.portal.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A change of what a login may do, kept for the record: a login opened, a leaver's login scheduled to end or ended, roles taken
 * away on a 离岗, a login let in again by an administrator (with the reason), a directory login's account opened
 * or its roles changed by its groups. Written once, never changed.
 */
@Entity
@Table(name = "account_change")
@NamedQuery(name = AccountChange.RECENT, query = "select c from AccountChange c order by c.at desc, c.id desc")
@NamedQuery(name = AccountChange.OF_USERNAME,
        query = "select c from AccountChange c where c.username = :username order by c.at, c.id")
public class AccountChange {

    public static final String RECENT = "AccountChange.recent";
    public static final String OF_USERNAME = "AccountChange.ofUsername";

    /** What happened to the login. */
    public enum Kind {
        DISABLE_SCHEDULED, DISABLED, ROLES_REDUCED, REENABLED,
        /** A directory login opened its account (or was linked to another staff number): the DN in the reason. */
        DIRECTORY_LINKED,
        /** A directory login came with other roles than last time (its groups changed). */
        DIRECTORY_ROLES,
        /**
         * A directory login took over the person's local login (shoumi.portal.ldap.take-over-local-logins): the
         * directory name and DN in the reason; the old password no longer opens the account.
         */
        DIRECTORY_TAKEOVER,
        /** An administrator gave the login one role (the role in {@code role}, before and after in the roles). */
        ROLE_GRANTED,
        /** An administrator took one role from the login. */
        ROLE_WITHDRAWN,
        /** An administrator lifted a lock after wrong passwords (the account's own, or its login's throttle). */
        LOCK_LIFTED,
        /**
         * An administrator gave the login a one-time password (its holder forgot theirs): the holder must choose
         * their own at the next login; a lock was lifted with it and its open sessions ended.
         */
        PASSWORD_RESET,
        /**
         * The holder changed their own password (the new one is theirs alone): kept, and in the evidence chain, so
         * that a restore of a backup from before it is noticed (it brought the known old password back silently;
         * outside check).
         */
        PASSWORD_CHANGED,
        /**
         * An administrator lifted the stop of a client address after too many failed logins from it (for any
         * names): the address in {@code username}, as no one login is concerned.
         */
        ADDRESS_STOP_LIFTED,
        /**
         * Too many wrong passwords for this login from one client address (the address in {@code reason}): that
         * address may not try the login for the lockout time; the login works from elsewhere. Recorded once, when the
         * stop starts, by the portal.
         */
        LOGIN_STOPPED,
        /**
         * Too many failed logins from one client address, for any names: the address (in {@code username}, as for
         * {@link #ADDRESS_STOP_LIFTED}) may not try any login for the lockout time. Recorded once, when it starts.
         */
        ADDRESS_STOPPED,
        /**
         * The account itself locked after wrong passwords from all addresses together (or on the password page):
         * the address of the try that locked it in {@code reason} (none for a password page or signature check).
         */
        ACCOUNT_LOCKED,
        /**
         * A login opened with a first password (HR's hire, the roster import, the initial admin): who opened it and
         * its first roles in the new roles.
         */
        OPENED
    }

    /**
     * What a {@link Kind#REENABLED} undid: a lock after wrong passwords, a leaver's switch-off, a 离岗's roles; for a
     * {@link Kind#PASSWORD_RESET}, the lock it lifted.
     */
    public enum Undone {
        LOCK, SWITCH_OFF, ROLES
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = Account.MAX_USERNAME_LENGTH)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private Kind kind;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 64)
    private String by;

    @Column(updatable = false, length = 200)
    private String reason;

    /** For a scheduled end: the first day the login is refused. */
    @Column(name = "effective_on", updatable = false)
    private LocalDate effectiveOn;

    @Column(name = "old_roles", updatable = false, length = 200)
    private String oldRoles;

    @Column(name = "new_roles", updatable = false, length = 200)
    private String newRoles;

    /** For a role granted or withdrawn: which (V18). */
    @Enumerated(EnumType.STRING)
    @Column(name = "changed_role", updatable = false, length = 32)
    private Role role;

    /**
     * For a login let in again: what was undone, comma-separated {@link Undone} names (V18; null before); for a
     * password reset, LOCK when a lock was lifted with it.
     */
    @Column(name = "undone", updatable = false, length = 40)
    private String undone;

    protected AccountChange() {
    }

    public AccountChange(String username, Kind kind, Instant at, String by, String reason, LocalDate effectiveOn,
                         String oldRoles, String newRoles) {
        this.username = Objects.requireNonNull(username);
        this.kind = Objects.requireNonNull(kind);
        this.at = Objects.requireNonNull(at);
        this.by = Objects.requireNonNull(by);
        this.reason = reason;
        this.effectiveOn = effectiveOn;
        this.oldRoles = oldRoles;
        this.newRoles = newRoles;
    }

    /** A role granted or withdrawn by an administrator, with the roles before and after. */
    public static AccountChange ofRole(String username, Kind kind, Role role, Instant at, String by, String reason,
                                       String oldRoles, String newRoles) {
        AccountChange change = new AccountChange(username, kind, at, by, reason, null, oldRoles, newRoles);
        change.role = Objects.requireNonNull(role);
        return change;
    }

    /** A login let in again, saying what was undone. */
    public static AccountChange reenabled(String username, java.util.Set<Undone> undone, Instant at, String by,
                                          String reason, String oldRoles, String newRoles) {
        AccountChange change = new AccountChange(username, Kind.REENABLED, at, by, reason, null, oldRoles, newRoles);
        change.undone = undone.stream().sorted().map(Undone::name)
                .collect(java.util.stream.Collectors.joining(","));
        return change;
    }

    /** A password reset by an administrator; when a lock after wrong passwords was lifted with it, it says so. */
    public static AccountChange passwordReset(String username, boolean lockLifted, Instant at, String by,
                                              String reason) {
        AccountChange change = new AccountChange(username, Kind.PASSWORD_RESET, at, by, reason, null, null, null);
        change.undone = lockLifted ? Undone.LOCK.name() : null;
        return change;
    }

    public Role getRole() {
        return role;
    }

    /** What a 恢复登录 (or a 重置密码) undid, in order; empty for other kinds and for rows from before V18. */
    public java.util.List<Undone> getUndone() {
        return undone == null || undone.isBlank() ? java.util.List.of()
                : java.util.Arrays.stream(undone.split(",")).map(String::strip).map(Undone::valueOf).toList();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getOldRoles() {
        return oldRoles;
    }

    public String getNewRoles() {
        return newRoles;
    }
}
