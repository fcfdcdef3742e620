package org.shoumi.portal.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.shared.Usernames;
import org.shoumi.portal.security.control.LockoutPolicy;

/**
 * A login: a user name, a PBKDF2 password hash (never the password), roles, and the count of failed
 * logins that locks it for a while. It may belong to a person on the roster.
 */
@Entity
// revoked_at is indexed for the revocations each node of a cluster re-reads every few seconds
@Table(name = "account", indexes = @jakarta.persistence.Index(name = "account_revoked_at", columnList = "revoked_at"))
@NamedQuery(name = Account.BY_USERNAME, query = "select a from Account a where a.username = :username")
@NamedQuery(name = Account.BY_DIRECTORY_LOGIN, query = "select a from Account a where a.directoryLogin = :name")
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
@NamedQuery(name = Account.USERNAMES, query = "select a.username from Account a")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String BY_DIRECTORY_LOGIN = "Account.byDirectoryLogin";
    public static final String COUNT = "Account.count";
    public static final String USERNAMES = "Account.usernames";
    public static final int MAX_USERNAME_LENGTH = Usernames.MAX_LENGTH;
    /** The characters of a login name (lower case). */
    public static final String USERNAME_PATTERN = Usernames.PATTERN;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = MAX_USERNAME_LENGTH)
    @Pattern(regexp = USERNAME_PATTERN)
    @Column(nullable = false, unique = true, length = MAX_USERNAME_LENGTH)
    private String username;

    @NotBlank
    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @NotEmpty
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /**
     * The hashes of the passwords this login had before the current one, newest first, as many as the password
     * rule remembers (a password chosen again within them is refused): read only when the password changes.
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_former_password", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "position")
    @Column(name = "password_hash", nullable = false, length = 512)
    private List<String> formerPasswordHashes = new ArrayList<>();

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", unique = true)
    private Employee employee;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login")
    private Instant lastLogin;

    /**
     * Set for a first password someone else chose (HR's hire form, the roster import, the initial admin): it
     * must be changed at the first login. A Boolean column, so that rows from before it existed (NULL) read as
     * "not required".
     */
    @Column(name = "password_change_required")
    private Boolean passwordChangeRequired = Boolean.FALSE;

    /** A leaver's login: refused from this day on (the day after the approved last day of a 离职). */
    @Column(name = "disabled_from")
    private java.time.LocalDate disabledFrom;

    /**
     * When the account last lost access (disabled, or roles taken away): sessions that logged in before it end
     * at their next request.
     */
    @Column(name = "revoked_at")
    private Instant revokedAt;

    /**
     * Set for a login of the unit's directory (LDAP / Active Directory): the person's DN there. Such an account
     * has no password of its own (its hash is of a random value nobody knows); the directory checks the password
     * at every login, and the roles come from the directory's groups at every login.
     */
    @Column(name = "directory_dn", length = 512)
    private String directoryDn;

    /**
     * The name a directory login types: the account's own name, except where the directory took over a person's
     * local login under another name (the account keeps its name, which every record of the person names). Set
     * with the DN, null for a local login (V5 set it for the directory logins made before it).
     */
    @Column(name = "directory_login", length = MAX_USERNAME_LENGTH, unique = true)
    private String directoryLogin;

    protected Account() {
    }

    /** Whether a (lower-case) login name is one an account can hold ({@link Usernames}, the one rule). */
    public static boolean isValidUsername(String username) {
        return Usernames.isValid(username);
    }

    public Account(String username, String passwordHash, Set<Role> roles, Employee employee) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.employee = employee;
    }

    /**
     * A directory login's account, opened at its first login: {@code unusableHash} is the hash of a random value,
     * so that no password of the portal's own ever opens it.
     */
    public static Account ofDirectory(String username, String unusableHash, Set<Role> roles, Employee employee,
                                      String directoryDn) {
        Account account = new Account(username, unusableHash, roles, employee);
        account.directoryDn = Objects.requireNonNull(directoryDn);
        account.directoryLogin = username;
        return account;
    }

    /**
     * The directory takes over this local login: from now on the directory checks the password of
     * {@code directoryName} (the name typed at login), the old password no longer opens it ({@code unusableHash} is
     * of a random value), the roles are those of the directory's groups, and a required password change or earlier
     * failures are gone. The account keeps its name and its person. The caller records the change.
     */
    public void takenOverByDirectory(String directoryName, String dn, String unusableHash, Set<Role> roles,
                                     Instant now) {
        if (directoryDn != null) {
            throw new IllegalStateException(username + " is a directory login already");
        }
        if (employee == null) {
            throw new IllegalStateException(username + " belongs to nobody on the roster");
        }
        this.directoryDn = Objects.requireNonNull(dn);
        this.directoryLogin = Objects.requireNonNull(directoryName);
        this.passwordHash = Objects.requireNonNull(unusableHash);
        this.passwordChangeRequired = false;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        loginSucceeded(now);
    }

    /** The name the directory knows this login by (null for a local login). */
    public String getDirectoryLogin() {
        return directoryLogin;
    }

    /** Whether the directory checks this login's password (else the portal's own hash does). */
    public boolean isDirectory() {
        return directoryDn != null;
    }

    public String getDirectoryDn() {
        return directoryDn;
    }

    /**
     * A directory login succeeded: the roles its groups give now, the person its staff number names now and its
     * DN are taken over (the caller records what changed).
     */
    public void directoryLogin(String dn, Set<Role> roles, Employee person, Instant now) {
        if (directoryDn == null) {
            throw new IllegalStateException(username + " is a local account, not a directory one");
        }
        this.directoryDn = Objects.requireNonNull(dn);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.employee = person;
        loginSucceeded(now);
    }

    /** Whether the login is refused on this day: switched off, or a leaver's last day has passed. */
    public boolean isDisabledOn(java.time.LocalDate day) {
        return !enabled || (disabledFrom != null && !day.isBefore(disabledFrom));
    }

    /** A 离职 was approved: the login ends after the last day. */
    public void disableFrom(java.time.LocalDate day) {
        this.disabledFrom = java.util.Objects.requireNonNull(day);
    }

    /** Switches the login off now; its sessions end. */
    public void disable(Instant now) {
        this.enabled = false;
        this.revokedAt = now;
    }

    /** An administrator lets the login in again (with a reason, recorded by the caller). */
    public void reenable() {
        this.enabled = true;
        this.disabledFrom = null;
    }

    /** Gives back roles taken away (an administrator undoing a reduction, with a reason on record). */
    public void grantRoles(Set<Role> granted) {
        EnumSet<Role> all = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        all.addAll(granted);
        this.roles = all;
    }

    /**
     * An administrator gives the login one more role: sessions logged in before now end at their next request, so
     * the next login carries the new role (a session's roles are fixed when it logs in).
     */
    public void grantRole(Role role, Instant now) {
        EnumSet<Role> all = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        all.add(Objects.requireNonNull(role));
        this.roles = all;
        this.revokedAt = now;
    }

    /** An administrator takes one role away: sessions logged in before now, which still hold it, end. */
    public void withdrawRole(Role role, Instant now) {
        EnumSet<Role> all = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        all.remove(role);
        if (all.isEmpty()) {
            throw new IllegalStateException(username + " would hold no role");
        }
        this.roles = all;
        this.revokedAt = now;
    }

    /** Keeps only these roles; sessions that logged in with more end. */
    public void reduceRolesTo(Set<Role> kept, Instant now) {
        this.roles = kept.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(kept);
        this.revokedAt = now;
    }

    public java.time.LocalDate getDisabledFrom() {
        return disabledFrom;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** An administrator lifts a lock (the holder asked, having been locked out by wrong passwords). */
    public void unlock() {
        lockedUntil = null;
        failedLogins = 0;
    }

    /** A failed password: counts it and locks the account when the policy says so. */
    public void loginFailed(Instant now, LockoutPolicy policy) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            // the previous lock has run out: start counting afresh
            lockedUntil = null;
            failedLogins = 0;
        }
        failedLogins++;
        if (policy.locksAfter(failedLogins)) {
            lockedUntil = policy.lockedUntil(now);
            failedLogins = 0;
        }
    }

    /** The password was handed over by someone else: the holder must choose their own at the next login. */
    public void requirePasswordChange() {
        passwordChangeRequired = Boolean.TRUE;
    }

    /**
     * The holder chose a new password (after proving the current one): stores its hash, keeps the one it replaces
     * among the {@code remembered} former ones (the oldest beyond are forgotten), no longer asks for a change and
     * forgets earlier failures, as a successful login does; sessions logged in before now end.
     */
    public void passwordChanged(String newPasswordHash, Instant now, int remembered) {
        formerPasswordHashes.add(0, passwordHash);
        while (formerPasswordHashes.size() > Math.max(0, remembered)) {
            formerPasswordHashes.remove(formerPasswordHashes.size() - 1);
        }
        passwordHash = Objects.requireNonNull(newPasswordHash);
        revokedAt = now;
        passwordChangeRequired = Boolean.FALSE;
        failedLogins = 0;
        lockedUntil = null;
    }

    /**
     * An administrator set a one-time password, its holder having forgotten theirs: as {@link #passwordChanged} (the
     * forgotten one is remembered among the former ones, a lock is lifted, sessions logged in before now end), and
     * the holder must choose their own password at the next login.
     */
    public void passwordReset(String oneTimeHash, Instant now, int remembered) {
        passwordChanged(oneTimeHash, now, remembered);
        passwordChangeRequired = Boolean.TRUE;
    }

    public void loginSucceeded(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLogin = now;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** The hashes of the passwords before the current one, newest first ({@link #passwordChanged}). */
    public List<String> getFormerPasswordHashes() {
        return List.copyOf(formerPasswordHashes);
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Employee getEmployee() {
        return employee;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isPasswordChangeRequired() {
        return Boolean.TRUE.equals(passwordChangeRequired);
    }

    public Instant getLastLogin() {
        return lastLogin;
    }
}
