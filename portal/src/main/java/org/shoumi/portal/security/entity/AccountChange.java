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
 * A change of what a login may do, kept for the record: a leaver's login scheduled to end or ended, roles taken
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
        DIRECTORY_TAKEOVER
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
