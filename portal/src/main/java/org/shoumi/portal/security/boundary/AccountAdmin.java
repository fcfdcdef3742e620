package org.shoumi.portal.security.boundary;

import org.shoumi.content.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.events.ChainLockAsked;
import org.shoumi.portal.security.boundary.AccountRefusedException.Reason;
import org.shoumi.portal.security.control.LeaverRoles;
import org.shoumi.portal.security.entity.Account;
import org.shoumi.portal.security.entity.AccountChange;
import org.shoumi.portal.security.entity.Role;

/**
 * The administrator's view of every login and what they change on it: one role granted or withdrawn, a lock after
 * wrong passwords lifted, each with a reason and kept as an {@link AccountChange} (never changed). A role change ends
 * the login's open sessions at their next request ({@link Revocations}, as a departure does), so no session keeps
 * roles the login no longer has; the next login carries the new roles.
 */
@ApplicationScoped
@Boundary
public class AccountAdmin {

    public static final int MAX_REASON_LENGTH = 200;

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    AccountChangeLog changeLog;

    @Inject
    jakarta.enterprise.event.Event<ChainLockAsked> chainLock;

    @Inject
    Revocations revocations;

    @Inject
    LoginTries tries;

    @Inject
    Accounts accounts;

    /** Asks the departures feature whether a person's 离岗 or 离职 is open (security knows nothing of departures). */
    @Inject
    jakarta.enterprise.event.Event<org.shoumi.portal.events.LeavingThePostAsked> leavingAsked;

    /** Tries of one login from one address that stop that address for the login (the throttle's first limit). */
    @Inject
    @ConfigProperty(name = "shoumi.portal.security.lockout.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    Clock clock = Clock.systemUTC();

    /** What a login may do now, as the administrator's list shows it. */
    public enum State {
        ACTIVE, LOCKED,
        /**
         * The account is not locked, but some address may not try it for a while (five wrong passwords from there):
         * it logs in from elsewhere. The list showed this as the account locked (outside check).
         */
        STOPPED_FROM_ADDRESS, DUE_TO_END, DISABLED, ROLES_WITHDRAWN
    }

    /**
     * One login: its person (if any), roles, state and last login; {@code lockedUntil} the end of the account's own
     * lock, {@code stoppedUntil} the latest end of a stop of it from one address.
     */
    public record Login(String username, String employeeNo, String personName, boolean personLeft, Set<Role> roles,
                        State state, Instant lockedUntil, Instant stoppedUntil, LocalDate endsOn, Instant lastLogin,
                        boolean directory) {
    }

    /**
     * Every login, by name, whose name, person's name or staff number contains {@code text} (any case; null or blank:
     * all) and that holds {@code role} (null: any).
     */
    public List<Login> logins(String text, Role role) {
        Instant now = clock.instant();
        LocalDate today = today();
        Map<String, Instant> stopped = tries.stopped(maxFailures);
        Set<String> reduced = reducedLogins();
        String wanted = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("select a from Account a left join fetch a.employee order by a.username", Account.class)
                .getResultStream()
                .filter(a -> role == null || a.getRoles().contains(role))
                .filter(a -> wanted == null || matches(a, wanted))
                .map(a -> row(a, now, today, stopped.get(a.getUsername()), reduced.contains(a.getUsername())))
                .toList();
    }

    private static boolean matches(Account a, String wanted) {
        Employee e = a.getEmployee();
        return a.getUsername().contains(wanted) || e != null && (e.getEmployeeNo().toLowerCase(Locale.ROOT)
                .contains(wanted) || e.getName() != null && e.getName().toLowerCase(Locale.ROOT).contains(wanted));
    }

    private static Login row(Account a, Instant now, LocalDate today, Instant stoppedUntil, boolean reduced) {
        Employee e = a.getEmployee();
        Instant lockedUntil = a.isLockedAt(now) ? a.getLockedUntil() : null;
        State state = a.isDisabledOn(today) ? State.DISABLED
                : lockedUntil != null ? State.LOCKED
                : stoppedUntil != null ? State.STOPPED_FROM_ADDRESS
                : a.getDisabledFrom() != null ? State.DUE_TO_END
                : reduced ? State.ROLES_WITHDRAWN : State.ACTIVE;
        return new Login(a.getUsername(), e == null ? null : e.getEmployeeNo(), e == null ? null : e.getName(),
                e != null && e.getStatus() == EmployeeStatus.LEFT_UNIT, a.getRoles(), state, lockedUntil,
                stoppedUntil, a.getDisabledFrom(), a.getLastLogin(), a.isDirectory());
    }

    /** Logins whose last reduction (a 离岗) stands: no 恢复登录 or grant by an administrator came after it. */
    private Set<String> reducedLogins() {
        Map<String, AccountChange.Kind> last = new HashMap<>();
        em.createQuery("select c.username, c.kind from AccountChange c where c.kind in :kinds order by c.at, c.id",
                        Object[].class)
                .setParameter("kinds", List.of(AccountChange.Kind.ROLES_REDUCED, AccountChange.Kind.REENABLED,
                        AccountChange.Kind.ROLE_GRANTED))
                .getResultStream().forEach(r -> last.put((String) r[0], (AccountChange.Kind) r[1]));
        return last.entrySet().stream().filter(e -> e.getValue() == AccountChange.Kind.ROLES_REDUCED)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /**
     * Gives the login one role, with a reason. Refused for an unknown login, a role it holds, a login switched off
     * or whose person has left the unit, a directory login (its groups give its roles), DEPT_HEAD for a login
     * without a person (a head heads their person's department), and any role a 离岗 takes for a person out of the
     * secret-related post or whose 离岗/离职 is open.
     */
    public void grant(String username, Role role, String reason, String by) {
        String why = reason(reason);
        if (role == null) {
            throw new AccountRefusedException(Reason.ROLE_MISSING);
        }
        Account account = account(username);
        if (account.getRoles().contains(role)) {
            throw new AccountRefusedException(Reason.ALREADY_HELD);
        }
        Employee person = account.getEmployee();
        if (person != null && person.getStatus() == EmployeeStatus.LEFT_UNIT) {
            throw new AccountRefusedException(Reason.PERSON_LEFT);
        }
        if (account.isDisabledOn(today())) {
            throw new AccountRefusedException(Reason.LOGIN_DISABLED);
        }
        if (account.isDirectory()) {
            throw new AccountRefusedException(Reason.DIRECTORY_ROLES);
        }
        if (role == Role.DEPT_HEAD && person == null) {
            throw new AccountRefusedException(Reason.DEPT_HEAD_NEEDS_PERSON);
        }
        if (person != null) {
            refuseOutOfPost(person, role);
        }
        changeRole(account, role, AccountChange.Kind.ROLE_GRANTED, by, why);
    }

    /**
     * Refuses a role a 离岗 takes ({@link LeaverRoles#grantRefused}) for a person out of the secret-related post or
     * whose 离岗/离职 is open, asked of the departures feature as the liaisons ask before an appointment; the message
     * names the way back (HR's return to a post, or the withdrawal of a departure opened by mistake). Outside check
     * ex-s38d 2.
     */
    private void refuseOutOfPost(Employee person, Role role) {
        if (!LeaverRoles.takenByLeavingThePost(role)) {
            return;
        }
        org.shoumi.portal.events.LeavingThePostAsked leaving =
                new org.shoumi.portal.events.LeavingThePostAsked(person.getEmployeeNo());
        leavingAsked.fire(leaving);
        LeaverRoles.grantRefused(role, person.getStatus() == EmployeeStatus.LEFT_POST, leaving.isLeaving(),
                leaving.leavesUnit()).ifPresent(why -> {
                    if (why == LeaverRoles.OutOfPost.LEFT_POST) {
                        throw new AccountRefusedException(Reason.ROLE_LEFT_POST,
                                List.of(person.getName(), person.getEmployeeNo()));
                    }
                    throw new AccountRefusedException(why == LeaverRoles.OutOfPost.LEAVING_UNIT
                            ? Reason.ROLE_LEAVING_UNIT : Reason.ROLE_LEAVING_POST, List.of(person.getName(),
                            person.getEmployeeNo(), String.valueOf(leaving.departureId()),
                            String.valueOf(leaving.plannedLastDay())));
                });
    }

    /**
     * Takes one role from the login, with a reason. Refused for a role it does not hold, its only role, a directory
     * login, an administrator's own ADMIN, and the last ADMIN of the portal (a login that can still log in).
     */
    public void withdraw(String username, Role role, String reason, String by) {
        String why = reason(reason);
        if (role == null) {
            throw new AccountRefusedException(Reason.ROLE_MISSING);
        }
        if (role == Role.ADMIN) {
            // the chain first, as a departure approval that switches an administrator's login off takes it, then
            // the administrators' rows (the other way round, two at once could deadlock)
            chainLock.fire(new ChainLockAsked());
            lockAdministrators();
        }
        Account account = account(username);
        if (!account.getRoles().contains(role)) {
            throw new AccountRefusedException(Reason.NOT_HELD);
        }
        if (role == Role.ADMIN && account.getUsername().equals(normalize(by))) {
            throw new AccountRefusedException(Reason.OWN_ADMIN);
        }
        if (account.getRoles().size() == 1) {
            throw new AccountRefusedException(Reason.LAST_ROLE);
        }
        if (account.isDirectory()) {
            throw new AccountRefusedException(Reason.DIRECTORY_ROLES);
        }
        if (role == Role.ADMIN && otherAdministrators(account) == 0) {
            throw new AccountRefusedException(Reason.LAST_ADMIN);
        }
        changeRole(account, role, AccountChange.Kind.ROLE_WITHDRAWN, by, why);
    }

    /**
     * Grants or withdraws the role, keeps the change with the roles before and after, and ends the login's open
     * sessions at their next request.
     */
    private void changeRole(Account account, Role role, AccountChange.Kind kind, String by, String why) {
        Instant now = clock.instant();
        String before = names(account.getRoles());
        if (kind == AccountChange.Kind.ROLE_GRANTED) {
            account.grantRole(role, now);
        } else {
            account.withdrawRole(role, now);
        }
        changeLog.record(AccountChange.ofRole(account.getUsername(), kind, role, now, by, why, before,
                names(account.getRoles())));
        revocations.revoked(account.getUsername(), now);
    }

    /**
     * Lifts a lock after wrong passwords, with a reason: the account's own lock and the throttle's stop of this login
     * from any address (five wrong passwords from one computer stop it there long before the account itself locks).
     * Refused when neither holds.
     */
    public void liftLock(String username, String reason, String by) {
        String why = reason(reason);
        Account account = account(username);
        Instant now = clock.instant();
        boolean locked = account.isLockedAt(now);
        boolean stopped = tries.stoppedUntil(account.getUsername(), maxFailures).isPresent();
        if (!locked && !stopped) {
            throw new AccountRefusedException(Reason.NOT_LOCKED);
        }
        account.unlock();
        tries.liftLogin(account.getUsername());
        changeLog.record(new AccountChange(account.getUsername(), AccountChange.Kind.LOCK_LIFTED, now, by, why, null, null,
                null));
    }

    /**
     * The client addresses stopped for every login after too many failed logins from them (for any names): on an
     * office's NAT address one person's mistyped names keep everybody out for the lockout time.
     */
    public List<LoginTries.AddressStop> stoppedAddresses() {
        return tries.stoppedAddresses(accounts.maxFailuresPerAddress());
    }

    /**
     * Lifts the stop of a client address, with a reason: its failed tries, for every login, no longer count, and
     * everyone there can log in at once. Kept in the record of changes with the address. Refused when the address
     * has no failed tries that still count (neither stopped nor on its way to it).
     */
    public void liftAddressStop(String address, String reason, String by) {
        String why = reason(reason);
        String stopped = address == null ? null
                : org.shoumi.portal.security.entity.LoginTry.address(address.strip());
        if (stopped == null || stopped.isEmpty() || tries.counted(stopped) == 0) {
            throw new AccountRefusedException(Reason.ADDRESS_NOT_STOPPED);
        }
        tries.removeAddress(stopped);
        changeLog.record(new AccountChange(stopped, AccountChange.Kind.ADDRESS_STOP_LIFTED, clock.instant(), by, why, null,
                null, null));
    }

    /**
     * Gives a login a one-time password when its holder forgot theirs (there was no way back in but a new login):
     * generated as the roster import's first passwords are, shown once to the administrator, who hands it over
     * privately. The holder must choose their own password at the next login; the forgotten password counts among
     * the former ones; a lock after wrong passwords is lifted; sessions still open end at their next request. Kept
     * in the record of changes with the reason, saying when a lock was lifted with it (as a 恢复登录 says what it
     * undid). Refused for a directory login (its password is the directory's), for a login switched off, and for the
     * administrator's own login: whoever holds an open administrator session could otherwise take the account
     * without the current password that 修改密码 asks for (as an administrator's own ADMIN role is not withdrawn).
     *
     * @return the one-time password, which nothing else keeps
     */
    public char[] resetPassword(String username, String reason, String by) {
        String why = reason(reason);
        Account account = account(username);
        if (account.getUsername().equals(normalize(by))) {
            throw new AccountRefusedException(Reason.OWN_PASSWORD);
        }
        if (account.isDirectory()) {
            throw new AccountRefusedException(Reason.DIRECTORY_PASSWORD);
        }
        if (account.isDisabledOn(today())) {
            throw new AccountRefusedException(Reason.LOGIN_DISABLED);
        }
        Instant now = clock.instant();
        boolean lockLifted = account.isLockedAt(now)
                || tries.stoppedUntil(account.getUsername(), maxFailures).isPresent();
        char[] oneTime = accounts.firstPassword(account.getUsername(), account.getEmployee());
        account.passwordReset(accounts.hash(oneTime), now, accounts.passwordsRemembered());
        tries.liftLogin(account.getUsername());
        revocations.revoked(account.getUsername(), now);
        changeLog.record(AccountChange.passwordReset(account.getUsername(), lockLifted, now, by, why));
        return oneTime;
    }

    /**
     * The record of changes of what logins may do, newest first: of one login (its name as typed at login), or of
     * all when {@code username} is blank; at most {@code max}.
     */
    public List<AccountChange> changes(String username, int max) {
        String name = normalize(username);
        if (name == null) {
            return em.createNamedQuery(AccountChange.RECENT, AccountChange.class).setMaxResults(max).getResultList();
        }
        return em.createQuery("select c from AccountChange c where c.username = :username order by c.at desc, c.id desc",
                AccountChange.class).setParameter("username", name).setMaxResults(max).getResultList();
    }

    /**
     * The accounts holding ADMIN are locked in one order before the last-administrator rule is read, so two
     * administrators taking each other's role at the same moment cannot both pass it.
     */
    private void lockAdministrators() {
        em.createQuery("select a.id from Account a join a.roles r where r = :admin", Long.class)
                .setParameter("admin", Role.ADMIN).getResultStream().sorted(Comparator.naturalOrder())
                .forEach(id -> em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Other logins holding ADMIN that can still log in. */
    private long otherAdministrators(Account account) {
        return otherAdministrators(em, account);
    }

    /**
     * Logins other than this one that hold ADMIN and will go on logging in: switched on and not due to be
     * switched off (a leaver's login whose last day is set is no administrator to count on).
     */
    static long otherAdministrators(EntityManager em, Account account) {
        return em.createQuery("select a from Account a join a.roles r where r = :admin and a.id <> :id", Account.class)
                .setParameter("admin", Role.ADMIN).setParameter("id", account.getId()).getResultStream()
                .filter(a -> a.isEnabled() && a.getDisabledFrom() == null).count();
    }

    /** Today in the unit's time zone: the day a login's switch-off is compared with. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(zone)));
    }

    private Account account(String username) {
        String name = normalize(username);
        Optional<Account> found = name == null ? Optional.empty()
                : em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", name)
                        .getResultStream().findFirst();
        Account account = found.orElseThrow(() -> new AccountRefusedException(Reason.NO_SUCH_LOGIN));
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        return account;
    }

    private static String reason(String reason) {
        // a reason that says nothing ("-", "无", "同意") is kept for good in the log of login changes and is the
        // cause a department's hand-over points to (outside check ex-s36h 2)
        if (!Texts.saysSomething(reason) || Texts.tooLong(reason, MAX_REASON_LENGTH)) {
            throw new AccountRefusedException(Reason.REASON_REQUIRED);
        }
        return Texts.clean(reason);
    }

    private static String normalize(String username) {
        return username == null || username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

}
