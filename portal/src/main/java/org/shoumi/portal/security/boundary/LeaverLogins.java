package org.shoumi.portal.security.boundary;

import org.shoumi.content.text.Texts;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.cluster.boundary.Cluster;
import org.shoumi.portal.events.DepartureApproved;
import org.shoumi.portal.security.entity.Account;
import org.shoumi.portal.security.control.LeaverRoles;
import org.shoumi.portal.security.entity.AccountChange;
import org.shoumi.portal.security.entity.Role;

/**
 * What a departure does to the person's login. A 离岗 and a 离职 keep the login but only the employee role, at once
 * ({@link LeaverRoles}); a 离职 also ends it after the approved last day: the first refused day
 * is stored on the account at approval (so a login is refused from then on even if no job ran), and a job run at
 * start-up and every hour (on the node holding the cluster's scheduler lease) switches such accounts off and ends
 * their sessions. A lowering that keeps the person in post (重要 → 一般) keeps every role. An administrator may let a login in again, with a reason. Every step is kept as an
 * {@link AccountChange}.
 */
@ApplicationScoped
@Boundary
public class LeaverLogins {

    private static final Logger LOG = Logger.getLogger(LeaverLogins.class.getName());
    static final String SYSTEM = org.shoumi.portal.shared.Usernames.SYSTEM;

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    AccountChangeLog changeLog;

    @Inject
    Revocations revocations;

    @Inject
    Cluster cluster;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Inject
    @ConfigProperty(name = "shoumi.portal.security.leavers.check-minutes", defaultValue = "60")
    long checkMinutes;

    @Resource
    ManagedScheduledExecutorService scheduler;

    Clock clock = Clock.systemUTC();

    private ScheduledFuture<?> task;

    /** The unit's time zone. */
    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    /** Today in the unit's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(zone)));
    }

    /**
     * Refused (and with it the approval, nothing stored) when it would take the last administrator's login: the
     * portal would be left with nobody to grant roles, let logins in again or restore a backup.
     */
    void departureApproved(@Observes DepartureApproved approved) {
        Instant now = clock.instant();
        List<Account> accounts = accountsOf(approved.employeeNo());
        boolean takesLogin = approved.leavesUnit() || !approved.staysInPost();
        if (takesLogin && accounts.stream().anyMatch(a -> a.getRoles().contains(Role.ADMIN) && a.isEnabled()
                && AccountAdmin.otherAdministrators(em, a) == 0)) {
            throw new AccountRefusedException(AccountRefusedException.Reason.LAST_ADMIN_LEAVING);
        }
        for (Account account : accounts) {
            // a 离职 takes the roles as a 离岗 does, at the approval: a head who had left the unit kept DEPT_HEAD for
            // the rest of the last day, read and downloaded the department's people and reminded them in his own
            // name (outside check ex-s38e 1); a lowering that keeps the person in post (重要 → 一般) leaves every
            // login's roles as they are
            if (LeaverRoles.reducesToEmployee(approved.leavesUnit(), approved.staysInPost(), account.getRoles())) {
                String before = names(account.getRoles());
                account.reduceRolesTo(EnumSet.of(Role.EMPLOYEE), now);
                changeLog.record(new AccountChange(account.getUsername(), AccountChange.Kind.ROLES_REDUCED, now,
                        approved.approvedBy(), null, null, before, Role.EMPLOYEE.name()));
                revocations.revoked(account.getUsername(), now);
            }
            if (approved.leavesUnit()) {
                LocalDate firstRefused = approved.lastDay().plusDays(1);
                account.disableFrom(firstRefused);
                changeLog.record(new AccountChange(account.getUsername(), AccountChange.Kind.DISABLE_SCHEDULED, now,
                        approved.approvedBy(), null, firstRefused, null, null));
                if (!today().isBefore(firstRefused)) {
                    disable(account, now, SYSTEM);
                }
            }
        }
    }

    /** Switches off every login whose last day has passed; returns how many. Run at start-up and every hour. */
    public int disableDue(LocalDate today) {
        List<Account> due = em.createQuery("select a from Account a where a.enabled = true "
                + "and a.disabledFrom is not null and a.disabledFrom <= :today", Account.class)
                .setParameter("today", today).getResultList();
        Instant now = clock.instant();
        due.forEach(a -> disable(a, now, SYSTEM));
        return due.size();
    }

    /**
     * An administrator lets a login in again (a leaver rehired, a departure approved in error): a login switched
     * off is switched on, a switch-off still scheduled is cancelled, the roles a 离岗 took away are given back as
     * they were before, and a lock after wrong passwords is lifted. Refused without a reason (at most 200 characters). The login name is read as the login
     * page reads it (spaces around it and capitals do not matter).
     *
     * @return false when nothing was taken from the login
     * @throws AccountRefusedException ({@code NO_SUCH_LOGIN}) when there is no such login, said as the role and lock
     *         forms say it (it was told that the unknown login needed nothing restored; outside check)
     */
    public boolean reenable(String username, String reason, String by) {
        // a reason that says nothing ("-", "无", "同意") is no reason (outside check ex-s36h 2)
        if (!Texts.saysSomething(reason) || Texts.tooLong(reason, 200)) {
            throw new IllegalArgumentException("a reason of 1 to 200 characters is required");
        }
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        Account account = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", name)
                .getResultStream().findFirst().orElse(null);
        if (account == null) {
            throw new AccountRefusedException(AccountRefusedException.Reason.NO_SUCH_LOGIN);
        }
        Set<Role> before = rolesBeforeReduction(account);
        boolean switchedOff = !account.isEnabled() || account.getDisabledFrom() != null;
        boolean locked = account.isLockedAt(clock.instant());
        if (!switchedOff && before == null && !locked) {
            return false;
        }
        if (locked) {
            // locked by wrong passwords: the message sends the holder to the administrator, who can lift it
            account.unlock();
        }
        String oldRoles = names(account.getRoles());
        if (switchedOff) {
            account.reenable();
        }
        if (before != null) {
            account.grantRoles(before);
        }
        Set<AccountChange.Undone> undone = EnumSet.noneOf(AccountChange.Undone.class);
        if (locked) {
            undone.add(AccountChange.Undone.LOCK);
        }
        if (switchedOff) {
            undone.add(AccountChange.Undone.SWITCH_OFF);
        }
        if (before != null) {
            undone.add(AccountChange.Undone.ROLES);
        }
        // the record says what was undone (a lock lifted reads differently from a leaver let back in)
        changeLog.record(AccountChange.reenabled(account.getUsername(), undone, clock.instant(), by, Texts.clean(reason),
                before == null ? null : oldRoles, before == null ? null : names(before)));
        return true;
    }

    /**
     * The roles a login had before its last reduction, when it holds fewer now (the reduction stands); null when
     * nothing was taken away or it was given back since.
     */
    private Set<Role> rolesBeforeReduction(Account account) {
        AccountChange last = em.createQuery("select c from AccountChange c where c.username = :u and c.kind in "
                        + "(:reduced, :reenabled) order by c.at desc, c.id desc", AccountChange.class)
                .setParameter("u", account.getUsername()).setParameter("reduced", AccountChange.Kind.ROLES_REDUCED)
                .setParameter("reenabled", AccountChange.Kind.REENABLED).setMaxResults(1).getResultStream()
                .findFirst().orElse(null);
        if (last == null || last.getKind() != AccountChange.Kind.ROLES_REDUCED || last.getOldRoles() == null) {
            return null;
        }
        Set<Role> before = EnumSet.noneOf(Role.class);
        for (String r : last.getOldRoles().split(",")) {
            if (!r.isBlank()) {
                before.add(Role.valueOf(r.strip()));
            }
        }
        return account.getRoles().containsAll(before) ? null : before;
    }

    /** Logins switched off or due to be, newest first. */
    public List<Account> disabled() {
        return em.createQuery("select a from Account a left join fetch a.employee where a.enabled = false "
                + "or a.disabledFrom is not null order by a.username", Account.class).getResultList();
    }

    /** The changes of what logins may do, newest first. */
    public List<AccountChange> changes(int max) {
        return em.createNamedQuery(AccountChange.RECENT, AccountChange.class).setMaxResults(max).getResultList();
    }

    void start(@Observes Startup startup) {
        if (cluster.leads()) {
            run();
        }
        task = scheduler.scheduleAtFixedRate(this::runQuietly, checkMinutes, checkMinutes, TimeUnit.MINUTES);
    }

    private void run() {
        int n = disableDue(today());
        if (n > 0) {
            LOG.info(() -> "Leavers: switched off " + n + " login(s) whose last day has passed");
        }
    }

    void runQuietly() {
        if (!cluster.leads()) {
            return;
        }
        try {
            run();
        } catch (RuntimeException e) {
            // the next run tries again; one failure must not stop the schedule
            LOG.log(Level.WARNING, "Switching off leavers' logins failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void disable(Account account, Instant now, String by) {
        account.disable(now);
        changeLog.record(new AccountChange(account.getUsername(), AccountChange.Kind.DISABLED, now, by, null, null, null,
                null));
        revocations.revoked(account.getUsername(), now);
    }

    private List<Account> accountsOf(String employeeNo) {
        return em.createQuery("select a from Account a where a.employee.employeeNo = :no", Account.class)
                .setParameter("no", employeeNo).getResultList();
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
