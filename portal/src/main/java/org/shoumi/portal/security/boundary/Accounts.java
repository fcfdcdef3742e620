package org.shoumi.portal.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.employees.boundary.HireRefusedException;
import org.shoumi.portal.employees.boundary.LoginRequested;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.security.control.LockoutPolicy;
import org.shoumi.portal.security.control.LoginThrottle;
import org.shoumi.portal.employees.control.FirstPasswords;
import org.shoumi.portal.security.control.PasswordPolicy;
import org.shoumi.portal.security.entity.Account;
import org.shoumi.portal.security.entity.AccountChange;
import org.shoumi.portal.security.entity.Role;

/**
 * Logins: checks passwords against the stored PBKDF2 hashes, counts failures and locks an account after
 * too many of them, creates accounts. The only place that ever sees a clear-text password.
 */
@ApplicationScoped
@Boundary
public class Accounts {

    /** Longest password accepted at login; longer input is refused without hashing it. */
    public static final int MAX_PASSWORD_LENGTH = 128;
    public static final int MIN_PASSWORD_LENGTH = 8;

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    AccountChangeLog changeLog;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    @ConfigProperty(name = "shoumi.portal.security.lockout.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "shoumi.portal.security.lockout.minutes", defaultValue = "15")
    long lockMinutes;

    /** Wrong passwords for one login from all addresses together that lock the account itself. */
    @Inject
    @ConfigProperty(name = "shoumi.portal.security.lockout.max-failures-account", defaultValue = "20")
    int maxFailuresAccount;

    /**
     * How many passwords before the current one a new password must differ from (0: only the current one): the
     * first password HR handed over could be chosen again at the second change.
     */
    @Inject
    @ConfigProperty(name = "shoumi.portal.security.password.remembered", defaultValue = "5")
    int passwordsRemembered;

    /** Wrong passwords from one address, for any logins, after which that address may not try for a while. */
    @Inject
    @ConfigProperty(name = "shoumi.portal.security.throttle.max-failures-per-address", defaultValue = "20")
    int maxFailuresPerAddress;

    private LoginThrottle throttle;

    /**
     * Words of the unit's own (its name in pinyin, its abbreviation) that the password rule refuses as it refuses
     * admin or root: with only digits, symbols or a year added (Xinghe@2026), in any case, comma-separated, each
     * of letters only and at least two. The default is the demo unit's (星河); "-" for none.
     */
    @Inject
    @ConfigProperty(name = "shoumi.portal.security.password.own-words", defaultValue = "xinghe")
    String passwordOwnWords;

    /**
     * Whether a directory login may take over the person's local login of another name (a unit moving to its
     * directory): the account keeps its name and records, the old password no longer opens it. Never an
     * administrator's login (the break-glass login stays local). Off: such a directory login is refused.
     */
    @Inject
    @ConfigProperty(name = "shoumi.portal.ldap.take-over-local-logins", defaultValue = "true")
    boolean takeOverLocalLogins;

    /** The throttle's tries, in the database: every node of a cluster counts the same tries. */
    @Inject
    LoginTries tries;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Inject
    Revocations revocations;

    Clock clock = Clock.systemUTC();

    private volatile String decoyHash;

    @Inject
    DirectoryLogins directory;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Accounts.class.getName());
    /** Who the records name for what a directory login did to its account. */
    static final String DIRECTORY = org.shoumi.portal.shared.Usernames.DIRECTORY;

    /**
     * A password check without a client address (a signature's confirmation): the account's own count only. A
     * directory login's password is checked by the directory.
     */
    public LoginOutcome authenticate(String username, char[] password) {
        String name = normalize(username);
        Optional<Account> directoryAccount = name == null || !directory.enabled() ? Optional.empty()
                : find(name).filter(Account::isDirectory);
        if (directoryAccount.isPresent()) {
            return directory.authenticate(directoryAccount.get().getDirectoryLogin(), password, null);
        }
        return authenticate(username, password, null);
    }

    /**
     * A login from a client address. Guessing is slowed where it comes from ({@link LoginThrottle}): five wrong
     * passwords for one login from one address stop that address for that login, twenty from one address stop it
     * for every login, each for the lockout time; the account itself locks only after
     * {@code lockout.max-failures-account} wrong passwords from all addresses together, so nobody can lock
     * a colleague out from their own computer. The account row is locked while its password is checked: parallel
     * guesses are counted one after the other, none slips past the count.
     */
    public LoginOutcome authenticate(String username, char[] password, String address) {
        String name = normalize(username);
        if (name == null || password == null || password.length == 0 || password.length > MAX_PASSWORD_LENGTH) {
            return LoginOutcome.invalid();
        }
        Instant now = clock.instant();
        OptionalLong tryId = address == null ? OptionalLong.empty() : throttle.admit(name, address, now);
        if (address != null && tryId.isEmpty()) {
            return throttled(name, address, now);
        }
        Optional<Account> found = find(name);
        if (found.isEmpty() || found.get().isDisabledOn(LocalDate.now(clock.withZone(ZoneId.of(zone))))) {
            // spend the same time as for a real account, so that timing does not tell which names exist
            passwordHash.verify(password, decoyHash());
            failed(name, address, tryId, now, null, false);
            return LoginOutcome.invalid();
        }
        Account account = found.get();
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (account.isLockedAt(now)) {
            failed(name, address, tryId, now, account, true);
            return LoginOutcome.locked(account.getLockedUntil());
        }
        if (passwordHash.verify(password, account.getPasswordHash())) {
            account.loginSucceeded(now);
            if (address != null) {
                throttle.succeeded(name, address);
            }
            return new LoginOutcome(LoginOutcome.Status.SUCCESS, account.getUsername(), account.getRoles(), null,
                    account.isPasswordChangeRequired());
        }
        account.loginFailed(now, address == null ? policy() : accountPolicy());
        failed(name, address, tryId, now, account, false);
        return account.isLockedAt(now) ? LoginOutcome.locked(account.getLockedUntil()) : LoginOutcome.invalid();
    }

    /**
     * After a failed try: the lock or stop it started, if any, kept in the record of changes (and so in the evidence
     * chain) with the client address and the time: the account's own lock ({@link AccountChange.Kind#ACCOUNT_LOCKED}),
     * this login's stop from this address ({@code LOGIN_STOPPED}, for a login that exists: a name typed that is no
     * login may be a password typed in the wrong field) and the address's stop for every login
     * ({@code ADDRESS_STOPPED}). Once per lock, not per try: the tries themselves stay in {@code login_try} only.
     * Failed logins and locks were only in the server log, which rotates (outside check). Whether this try started
     * a stop is asked by its id ({@code tryId}, from the throttle's admission), so that of parallel guesses only the
     * one that reached the limit records it (each of them recorded it: outside check).
     */
    private void failed(String name, String address, OptionalLong tryId, Instant now, Account account,
                        boolean lockedBefore) {
        String from = address == null ? null : org.shoumi.portal.security.entity.LoginTry.address(address.strip());
        if (account != null && !lockedBefore && account.isLockedAt(now)) {
            changeLog.record(new AccountChange(account.getUsername(), AccountChange.Kind.ACCOUNT_LOCKED, now,
                    org.shoumi.portal.shared.Usernames.SYSTEM, from, null, null, null));
        }
        if (from == null || from.isEmpty() || tryId.isEmpty()) {
            return;
        }
        LoginThrottle.Started started = throttle.started(tryId.getAsLong(), name, address, now);
        if (started.login() && account != null) {
            changeLog.record(new AccountChange(account.getUsername(), AccountChange.Kind.LOGIN_STOPPED, now,
                    org.shoumi.portal.shared.Usernames.SYSTEM, from, null, null, null));
        }
        if (started.address()) {
            changeLog.record(new AccountChange(from, AccountChange.Kind.ADDRESS_STOPPED, now,
                    org.shoumi.portal.shared.Usernames.SYSTEM, null, null, null, null));
        }
    }

    /**
     * A try the throttle did not admit: stopped for every login from this address (said as such on the page), or
     * for this login from this address (answered as a wrong password).
     */
    private LoginOutcome throttled(String name, String address, Instant now) {
        Instant until = throttle.openAgainAt(name, address, now);
        return throttle.addressStopped(address, now) ? LoginOutcome.addressStopped(until) : LoginOutcome.locked(until);
    }

    /** The failed logins from one address, for any names, that stop it for every login. */
    public int maxFailuresPerAddress() {
        return throttle.perAddress();
    }

    /**
     * Whether the name is a local login (an account of the portal's own, not a directory one). A local login never
     * asks the directory, so a local {@code admin} keeps working when the directory is down or has the same name.
     */
    public boolean isLocal(String username) {
        return Optional.ofNullable(normalize(username)).flatMap(this::find).filter(a -> !a.isDirectory())
                .isPresent();
    }

    /**
     * Before the directory is asked: the answer when this try may not go on, else the try's id in the throttle (none
     * without an address), which {@link #directoryRefused} takes back. The same limits as for local logins: the
     * per-address throttle, and a directory login's account locked after too many wrong passwords.
     */
    public DirectoryAdmission admitDirectoryLogin(String name, String address) {
        // a directory account named "system" would sign the portal's own records: refused like an unknown name
        if (name == null || !Account.isValidUsername(name) || org.shoumi.portal.shared.Usernames.isReserved(name)) {
            return DirectoryAdmission.refused(LoginOutcome.invalid());
        }
        Instant now = clock.instant();
        OptionalLong tryId = address == null ? OptionalLong.empty() : throttle.admit(name, address, now);
        if (address != null && tryId.isEmpty()) {
            return DirectoryAdmission.refused(throttled(name, address, now));
        }
        return new DirectoryAdmission(findDirectory(name).filter(a -> a.isLockedAt(now))
                .map(a -> LoginOutcome.locked(a.getLockedUntil())), tryId);
    }

    /**
     * What {@link #admitDirectoryLogin} answered: a refusal ({@code refused} present), or the try's id in the
     * throttle (empty without a client address) to hand to {@link #directoryRefused}.
     */
    public record DirectoryAdmission(Optional<LoginOutcome> refused, OptionalLong tryId) {

        static DirectoryAdmission refused(LoginOutcome outcome) {
            return new DirectoryAdmission(Optional.of(outcome), OptionalLong.empty());
        }
    }

    /**
     * The try could not be decided (the database did not answer in time): it counts neither as a failure nor as a
     * success. A login name that is no valid one was never counted.
     */
    public void undecided(String username, String address) {
        String name = normalize(username);
        if (name != null && address != null) {
            throttle.undecided(name, address);
        }
    }

    /** The directory could not be asked: the try counts neither way. */
    public void directoryUndecided(String name, String address) {
        if (address != null) {
            throttle.undecided(name, address);
        }
    }

    /**
     * The directory refused the password (or does not know the name): counted like a wrong local password.
     * {@code tryId} is the try's id from {@link #admitDirectoryLogin}.
     */
    public LoginOutcome directoryRefused(String name, String address, OptionalLong tryId) {
        Optional<Account> found = findDirectory(name);
        Instant now = clock.instant();
        if (found.isEmpty()) {
            failed(name, address, tryId, now, null, false);
            return LoginOutcome.invalid();
        }
        Account account = found.get();
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        boolean lockedBefore = account.isLockedAt(now);
        account.loginFailed(now, address == null ? policy() : accountPolicy());
        failed(name, address, tryId, now, account, lockedBefore);
        return account.isLockedAt(now) ? LoginOutcome.locked(account.getLockedUntil()) : LoginOutcome.invalid();
    }

    /**
     * The directory accepted the password of {@code name}: the person its staff number names on the roster logs
     * in with the roles of their groups ({@code groupRoles}), unless the staff number is missing or unknown, the
     * person left the unit, their login was switched off, they already have another portal login, or no role is
     * left. A person who left the post (离岗), or the unit (离职) and logs in on the last day, gets the employee role
     * only, as a local login does. The account row
     * of the login is opened at the first login (without a password of its own) and updated at every later one;
     * what changed is kept as an {@link AccountChange}. A refusal stays counted as a failed try.
     */
    public LoginOutcome directoryAccepted(String name, String address, String dn, String staffNumber,
                                          Set<Role> groupRoles) {
        Instant now = clock.instant();
        if (org.shoumi.portal.shared.Usernames.isReserved(name)) {
            return refused(name, LoginOutcome.Status.INVALID, name + " is reserved for the portal's own work");
        }
        Optional<Account> row = findDirectory(name);
        if (row.isEmpty() && find(name).isPresent()) {
            // a local account of that name wins (the caller never gets here then), and a login that a directory
            // login took over under another name is that name's only
            return LoginOutcome.invalid();
        }
        Employee person = staffNumber == null ? null
                : em.createQuery("select e from Employee e where e.employeeNo = :no", Employee.class)
                        .setParameter("no", staffNumber).getResultStream().findFirst().orElse(null);
        if (person == null) {
            return refused(name, LoginOutcome.Status.NOT_ON_ROSTER, "staff number " + staffNumber + " of " + dn
                    + " is not on the roster");
        }
        // a login of the person's own follows the leavers' rule (open until the last day, LeaverLogins); a leaver
        // who never logged in before gets no new login
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(zone)));
        if (row.map(a -> a.isDisabledOn(today))
                .orElse(person.getStatus() == org.shoumi.portal.employees.entity.EmployeeStatus.LEFT_UNIT)) {
            return refused(name, LoginOutcome.Status.LEFT, staffNumber + " has left the unit or is switched off");
        }
        Optional<Account> ofPerson = em.createQuery("select a from Account a where a.employee = :person",
                Account.class).setParameter("person", person).getResultStream().findFirst();
        Account takenOver = null;
        if (ofPerson.isPresent() && (row.isEmpty() || !ofPerson.get().getId().equals(row.get().getId()))) {
            Account other = ofPerson.get();
            if (row.isPresent() || other.isDirectory() || !takeOverLocalLogins
                    || other.getRoles().contains(Role.ADMIN) || other.isDisabledOn(today)) {
                return refused(name, LoginOutcome.Status.LINKED_ELSEWHERE, staffNumber + " already has the login "
                        + other.getUsername() + (other.isDirectory() || row.isPresent() ? ""
                                : takeOverLocalLogins ? " (an administrator's or switched off: not taken over)"
                                        : " (take-over-local-logins is off)"));
            }
            takenOver = other;
        }
        // a 离职 on its last day as a 离岗: the employee role only, whatever the groups still say (outside check ex-s38e 1)
        boolean left = person.getStatus() == org.shoumi.portal.employees.entity.EmployeeStatus.LEFT_POST
                || person.getStatus() == org.shoumi.portal.employees.entity.EmployeeStatus.LEFT_UNIT;
        Set<Role> roles = left ? (groupRoles.isEmpty() ? Set.of() : Set.of(Role.EMPLOYEE)) : groupRoles;
        if (roles.isEmpty()) {
            return refused(name, LoginOutcome.Status.NO_ROLE, "no portal role for " + dn);
        }
        String reason = dn.length() > 200 ? dn.substring(0, 200) : dn;
        Account account;
        if (takenOver != null) {
            account = takenOver;
            em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
            Set<Role> before = account.getRoles();
            account.takenOverByDirectory(name, dn, unusableHash(), roles, now);
            String why = name + " " + dn;
            changeLog.record(new AccountChange(account.getUsername(), AccountChange.Kind.DIRECTORY_TAKEOVER, now, DIRECTORY,
                    why.length() > 200 ? why.substring(0, 200) : why, null, roleNames(before), roleNames(roles)));
            LOG.info(() -> "Directory login " + name + " (" + dn + ") took over the local login "
                    + account.getUsername());
        } else if (row.isEmpty()) {
            account = Account.ofDirectory(name, unusableHash(), roles, person, dn);
            account.loginSucceeded(now);
            em.persist(account);
            changeLog.record(new AccountChange(name, AccountChange.Kind.DIRECTORY_LINKED, now, DIRECTORY, reason, null,
                    null, roleNames(roles)));
        } else {
            account = row.get();
            em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
            Set<Role> before = account.getRoles();
            Employee linkedBefore = account.getEmployee();
            account.directoryLogin(dn, roles, person, now);
            if (linkedBefore == null || !linkedBefore.getId().equals(person.getId())) {
                changeLog.record(new AccountChange(name, AccountChange.Kind.DIRECTORY_LINKED, now, DIRECTORY, reason, null,
                        roleNames(before), roleNames(roles)));
            } else if (!before.equals(roles)) {
                changeLog.record(new AccountChange(name, AccountChange.Kind.DIRECTORY_ROLES, now, DIRECTORY, null, null,
                        roleNames(before), roleNames(roles)));
            }
        }
        if (address != null) {
            throttle.succeeded(name, address);
        }
        // the session is the account's: records name its login name, which a taken-over login keeps
        return new LoginOutcome(LoginOutcome.Status.SUCCESS, account.getUsername(), account.getRoles(), null, false);
    }

    /** The hash of a random value nobody knows: no password of the portal's own opens a directory login. */
    private String unusableHash() {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        return passwordHash.generate(java.util.HexFormat.of().formatHex(random).toCharArray());
    }

    /**
     * The directory login of a name typed at login: the account whose directory name it is (its own name, or the
     * name under which the directory took over a local login).
     */
    Optional<Account> findDirectory(String name) {
        return em.createNamedQuery(Account.BY_DIRECTORY_LOGIN, Account.class).setParameter("name", name)
                .getResultStream().findFirst();
    }

    private static LoginOutcome refused(String name, LoginOutcome.Status status, String why) {
        LOG.info(() -> "Directory login of " + name + " refused (" + status + "): " + why);
        return LoginOutcome.refused(status);
    }

    private static String roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(java.util.stream.Collectors.joining(","));
    }

    @PostConstruct
    void startThrottle() {
        throttle = new LoginThrottle(maxFailures, maxFailuresPerAddress, Duration.ofMinutes(lockMinutes), tries);
    }

    /**
     * How many wrong passwords in a row lock the account itself, whatever page they were typed on (the login page,
     * the password page's current password), and for how many minutes: what the password page tells its user.
     */
    /** How many passwords before the current one a new password must differ from (the password page says it). */
    public int passwordsRemembered() {
        return Math.max(0, passwordsRemembered);
    }

    public AccountLock accountLock() {
        LockoutPolicy policy = accountPolicy();
        return new AccountLock(policy.maxFailures(), policy.lockDuration().toMinutes());
    }

    /** After how many wrong passwords in a row an account locks, and for how many minutes. */
    public record AccountLock(int afterFailures, long minutes) {
    }

    LockoutPolicy accountPolicy() {
        return new LockoutPolicy(Math.max(maxFailures, maxFailuresAccount), Duration.ofMinutes(lockMinutes));
    }

    /**
     * The holder changes their own password, proving the current one. A wrong current password counts as a
     * failed login (and may lock the account, like {@link #authenticate}); a locked account changes nothing.
     * A new password that is too short, too long or the current one is refused before anything is counted
     * or hashed. On success the new PBKDF2 hash is stored and a required change is done.
     */
    public PasswordChangeOutcome changePassword(String username, char[] current, char[] next) {
        String name = normalize(username);
        Optional<Account> found = name == null ? Optional.empty() : find(name);
        if (found.isEmpty() || found.get().isDisabledOn(LocalDate.now(clock.withZone(ZoneId.of(zone))))) {
            passwordHash.verify(current == null ? new char[0] : current, decoyHash());
            return PasswordChangeOutcome.of(PasswordChangeOutcome.Status.WRONG_PASSWORD);
        }
        Account account = found.get();
        if (account.isDirectory()) {
            return PasswordChangeOutcome.of(PasswordChangeOutcome.Status.DIRECTORY);
        }
        Instant now = clock.instant();
        if (account.isLockedAt(now)) {
            return PasswordChangeOutcome.locked(account.getLockedUntil());
        }
        PasswordPolicy rules = passwordPolicy();
        Optional<PasswordPolicy.Refusal> length = rules.lengthRefusal(next);
        if (length.isPresent()) {
            return PasswordChangeOutcome.of(refusal(length.get()));
        }
        if (current == null || current.length == 0 || current.length > MAX_PASSWORD_LENGTH
                || !passwordHash.verify(current, account.getPasswordHash())) {
            // counted as the login page counts a wrong password of a known address: the account locks after the
            // account-wide number, not after five (a session left open could lock its holder out after five tries)
            LockoutPolicy policy = accountPolicy();
            account.loginFailed(now, policy);
            failed(account.getUsername(), null, OptionalLong.empty(), now, account, false);
            // the page says how many more tries lock the account (for the login page too): a typo here counts
            return account.isLockedAt(now) ? PasswordChangeOutcome.locked(account.getLockedUntil())
                    : PasswordChangeOutcome.wrong(Math.max(1, policy.maxFailures() - account.getFailedLogins()));
        }
        Employee person = account.getEmployee();
        Optional<PasswordPolicy.Refusal> refused = rules.refusal(current, next, account.getUsername(),
                person == null ? null : person.getEmployeeNo(), person == null ? null : person.getName());
        if (refused.isPresent()) {
            return PasswordChangeOutcome.of(refusal(refused.get()));
        }
        if (account.getFormerPasswordHashes().stream().limit(passwordsRemembered())
                .anyMatch(former -> passwordHash.verify(next, former))) {
            return PasswordChangeOutcome.of(PasswordChangeOutcome.Status.USED_BEFORE);
        }
        account.passwordChanged(passwordHash.generate(next), now, passwordsRemembered());
        changeLog.record(new AccountChange(account.getUsername(), AccountChange.Kind.PASSWORD_CHANGED, now,
                account.getUsername(), null, null, null, null));
        // whoever else is logged in with the old password is logged out at their next request
        revocations.revoked(account.getUsername(), now);
        return PasswordChangeOutcome.of(PasswordChangeOutcome.Status.CHANGED);
    }

    /**
     * Whether the login must change its password before anything else. One query: asked once per session
     * (at login, or when a session starts without one), never per request.
     */
    public boolean passwordChangeRequired(String username) {
        return Optional.ofNullable(normalize(username)).flatMap(this::find)
                .map(Account::isPasswordChangeRequired).orElse(false);
    }

    private static PasswordChangeOutcome.Status refusal(PasswordPolicy.Refusal refusal) {
        return switch (refusal) {
            case TOO_SHORT -> PasswordChangeOutcome.Status.TOO_SHORT;
            case TOO_LONG -> PasswordChangeOutcome.Status.TOO_LONG;
            case SAME_AS_CURRENT -> PasswordChangeOutcome.Status.SAME_AS_CURRENT;
            case ALL_DIGITS -> PasswordChangeOutcome.Status.ALL_DIGITS;
            case TOO_COMMON -> PasswordChangeOutcome.Status.TOO_COMMON;
            case TOO_SIMPLE -> PasswordChangeOutcome.Status.TOO_SIMPLE;
            case INVISIBLE_CHARACTERS -> PasswordChangeOutcome.Status.INVISIBLE_CHARACTERS;
            case SURROUNDING_SPACES -> PasswordChangeOutcome.Status.SURROUNDING_SPACES;
            case CONTAINS_LOGIN -> PasswordChangeOutcome.Status.CONTAINS_LOGIN;
            case ONE_KIND -> PasswordChangeOutcome.Status.ONE_KIND;
            case SEQUENCE -> PasswordChangeOutcome.Status.SEQUENCE;
            case CONTAINS_PERSON -> PasswordChangeOutcome.Status.CONTAINS_PERSON;
        };
    }

    /** When the account is locked now, until when; empty when it is not locked or does not exist. */
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return Optional.ofNullable(normalize(username)).flatMap(this::find)
                .filter(a -> a.isLockedAt(now))
                .map(Account::getLockedUntil);
    }

    /**
     * Opens an account. The password must be {@value #MIN_PASSWORD_LENGTH} to {@value #MAX_PASSWORD_LENGTH}
     * characters; the user name is stored in lower case.
     */
    public Account create(String username, char[] password, Set<Role> roles, Employee employee) {
        String name = normalize(username);
        if (name == null || !Account.isValidUsername(name)) {
            throw new IllegalArgumentException("user name is blank, too long or has other characters than a-z0-9._-");
        }
        if (org.shoumi.portal.shared.Usernames.isReserved(name)) {
            throw new IllegalArgumentException("user name is reserved for the portal's own work: " + name);
        }
        checkPassword(password);
        if (find(name).isPresent()) {
            throw new IllegalArgumentException("user name already taken: " + name);
        }
        Account account = new Account(name, passwordHash.generate(password), roles, employee);
        em.persist(account);
        return account;
    }

    /**
     * A hire or a roster import asks for a login: opened with the first password, or refused with the reason the
     * hire form shows (name malformed or taken, password of the wrong length), which rolls the hire back.
     */
    void loginRequested(@Observes LoginRequested requested) {
        String name = normalize(requested.username());
        if (name == null || !Account.isValidUsername(name)) {
            throw new HireRefusedException(HireRefusedException.Reason.USERNAME_INVALID);
        }
        if (org.shoumi.portal.shared.Usernames.isReserved(name)) {
            throw new HireRefusedException(HireRefusedException.Reason.USERNAME_RESERVED);
        }
        if (find(name).isPresent()) {
            throw new HireRefusedException(HireRefusedException.Reason.USERNAME_TAKEN);
        }
        Employee person = requested.person();
        if (requested.toDraw()) {
            requested.drawn(firstPassword(name, person));
        }
        char[] password = requested.firstPassword();
        // the same rules as a password its holder chooses (12345678 was taken as a first password, refused later)
        Optional<PasswordPolicy.Refusal> refused = firstPasswordRefusal(password, name, person);
        if (refused.isPresent()) {
            throw new HireRefusedException(switch (refused.get()) {
                case TOO_SHORT, TOO_LONG -> HireRefusedException.Reason.PASSWORD_LENGTH;
                case INVISIBLE_CHARACTERS -> HireRefusedException.Reason.PASSWORD_CHARACTERS;
                case SURROUNDING_SPACES -> HireRefusedException.Reason.PASSWORD_SPACES;
                default -> HireRefusedException.Reason.PASSWORD_WEAK;
            });
        }
        createWithFirstPassword(requested.username(), password, Set.of(Role.EMPLOYEE), requested.person(),
                requested.by());
    }

    /**
     * Opens an account with a first password chosen by someone else (HR's hire form, the roster import, the
     * initial admin): like {@link #create}, and its holder must choose their own password at the first login. The
     * opening is kept in the record of changes of what logins may do, with when, by whom and the first roles: an
     * auditor could not tell when and by whom a login was opened (outside check).
     *
     * @param by the login that opened it (HR's, the import's), or the system for the initial admin
     */
    public Account createWithFirstPassword(String username, char[] password, Set<Role> roles, Employee employee,
                                           String by) {
        Account account = create(username, password, roles, employee);
        account.requirePasswordChange();
        recordOpened(account.getUsername(), account.getRoles(), by);
        return account;
    }

    /**
     * Opens an account whose holder keeps the password given (the demo logins, whose password the guides print):
     * like {@link #create}, and the opening is kept in the record of changes as {@link #createWithFirstPassword}
     * keeps it. The demo logins had no 开通登录 line, so the record read "nothing recorded yet" beside eight logins
     * (outside check).
     *
     * @param by the login that opened it, or the system for the demo's own logins
     */
    public Account createRecorded(String username, char[] password, Set<Role> roles, Employee employee, String by) {
        Account account = create(username, password, roles, employee);
        recordOpened(account.getUsername(), account.getRoles(), by);
        return account;
    }

    private void recordOpened(String username, Set<Role> roles, String by) {
        changeLog.record(new AccountChange(username, AccountChange.Kind.OPENED, clock.instant(), by, null, null, null,
                roleNames(roles)));
    }

    /**
     * Opens many logins with one password, hashing it once: every one of them stores the same PBKDF2 hash
     * (same salt). Only for the load-test logins of a demo installation, whose password is public anyway;
     * hashing each would cost seconds of start-up for a few hundred of them. User names taken already are
     * refused like in {@link #create}. Each opening is kept in the record of changes, as for any other login.
     *
     * @param by the login that opened them (the system for the demo's load-test logins)
     */
    public int createSharingPassword(Map<String, Employee> employeesByUsername, char[] password, Set<Role> roles,
                                     String by) {
        checkPassword(password);
        Set<String> taken = new HashSet<>(em.createNamedQuery(Account.USERNAMES, String.class).getResultList());
        String hash = passwordHash.generate(password);
        employeesByUsername.forEach((username, employee) -> {
            String name = normalize(username);
            if (name == null || org.shoumi.portal.shared.Usernames.isReserved(name) || !taken.add(name)) {
                throw new IllegalArgumentException("user name blank, too long, reserved or taken: " + username);
            }
            em.persist(new Account(name, hash, roles, employee));
            recordOpened(name, roles, by);
        });
        return employeesByUsername.size();
    }

    public long count() {
        return em.createNamedQuery(Account.COUNT, Long.class).getSingleResult();
    }

    /** The logins of the enabled accounts that hold the role (e.g. whom to tell of something the secrecy office does). */
    public List<String> enabledLoginsWith(Role role) {
        return em.createQuery("select distinct a.username from Account a join a.roles r where r = :role "
                + "and a.enabled = true", String.class).setParameter("role", role).getResultList();
    }

    /** The logins of the person's enabled accounts (whom to tell of something about them; none without a login). */
    public List<String> enabledLoginsOf(Employee person) {
        return em.createQuery("select a.username from Account a where a.employee = :e and a.enabled = true",
                String.class).setParameter("e", person).getResultList();
    }

    /**
     * When the login last lost the role after {@code since}, if it did and does not hold it now: the time of the last
     * kept change whose roles before held it and after did not (withdrawn, reduced on a 离岗, changed by the
     * directory). A head whose role was withdrawn followed an old notice "…请初审" to a 404 (outside check).
     */
    public Optional<Instant> roleLostSince(String username, Role role, Instant since) {
        if (username == null || find(username).map(a -> a.getRoles().contains(role)).orElse(true)) {
            return Optional.empty();
        }
        String name = role.name();
        return em.createNamedQuery(AccountChange.OF_USERNAME, AccountChange.class).setParameter("username", username)
                .getResultStream().filter(c -> !c.getAt().isBefore(since))
                .filter(c -> roleNames(c.getOldRoles()).contains(name) && !roleNames(c.getNewRoles()).contains(name))
                .map(AccountChange::getAt).reduce((a, b) -> b);
    }

    private static List<String> roleNames(String joined) {
        return joined == null ? List.of() : java.util.Arrays.stream(joined.split(",")).map(String::strip).toList();
    }

    /**
     * Of {@code usernames}, the enabled logins whose current password is {@code password}: a production start finds
     * the demo logins still open with the published demo password (the demo unit's database started in production
     * mode kept them all, and nothing said so: outside check).
     */
    public List<String> acceptingPassword(Collection<String> usernames, char[] password) {
        return usernames.stream().map(this::find).flatMap(Optional::stream)
                .filter(a -> a.isEnabled() && a.getPasswordHash() != null)
                .filter(a -> passwordHash.verify(password, a.getPasswordHash())).map(Account::getUsername).toList();
    }

    public Optional<Account> find(String normalizedUsername) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", normalizedUsername)
                .getResultList().stream().findFirst();
    }

    private static void checkPassword(char[] password) {
        PasswordPolicy lengths = new PasswordPolicy(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH);
        if (lengths.lengthRefusal(password).isPresent()) {
            throw new IllegalArgumentException("password must have " + MIN_PASSWORD_LENGTH + " to "
                    + MAX_PASSWORD_LENGTH + " characters");
        }
        if (lengths.charactersRefusal(password).isPresent()) {
            throw new IllegalArgumentException("password holds a control or format character");
        }
    }

    /**
     * Why the rule refuses a password someone else chose for this login of this person (none: empty): as a password
     * its holder chooses, strength, the login name, the person's staff number and name.
     */
    Optional<PasswordPolicy.Refusal> firstPasswordRefusal(char[] password, String username, Employee person) {
        return passwordPolicy().firstPasswordRefusal(password, username,
                person == null ? null : person.getEmployeeNo(), person == null ? null : person.getName());
    }

    /**
     * A random first or one-time password that the rule of this login takes, drawn again until it does (the roster
     * import and the administrator's reset): the import failed on a draw holding the login name (outside check).
     */
    char[] firstPassword(String username, Employee person) {
        return FirstPasswords.generate(p -> firstPasswordRefusal(p, username, person).isEmpty());
    }

    /** The reports feature asks before it answers a calendar feed: in use when it exists and is switched on today. */
    void loginInUseAsked(@Observes org.shoumi.portal.events.LoginInUseAsked asked) {
        Optional.ofNullable(normalize(asked.username())).flatMap(this::find)
                .filter(a -> !a.isDisabledOn(LocalDate.now(clock.withZone(ZoneId.of(zone)))))
                .ifPresent(a -> asked.inUse());
    }

    /** The PBKDF2 hash of a password that an administrator sets ({@link AccountAdmin#resetPassword}). */
    String hash(char[] password) {
        return passwordHash.generate(password);
    }

    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, ownWords());
    }

    /** The unit's own words of {@code password.own-words}, as the password rule refuses them. */
    Set<String> ownWords() {
        return java.util.Arrays.stream(passwordOwnWords.split("[,，\\s]+")).map(String::strip)
                .filter(w -> w.length() >= 2 && w.codePoints().allMatch(Character::isLetter))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    LockoutPolicy policy() {
        return new LockoutPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
    }

    /** Lower-case, trimmed user name, or null when it is blank or too long to be one. */
    static String normalize(String username) {
        if (username == null) {
            return null;
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        return name.isEmpty() || name.length() > Account.MAX_USERNAME_LENGTH ? null : name;
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = passwordHash.generate("decoy-password".toCharArray());
            decoyHash = hash;
        }
        return hash;
    }
}
