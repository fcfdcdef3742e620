package org.shoumi.portal.security.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.cluster.boundary.Cluster;
import org.shoumi.portal.security.control.LoginThrottle;
import org.shoumi.portal.security.entity.LoginTry;

/**
 * The login throttle's tries in the database ({@code login_try}), shared by every node of a cluster. A try is
 * inserted in a transaction of its own, committed before {@link #add} returns, so every node counts it at once;
 * it must be added before the caller's transaction touched the table (the caller's transaction is suspended
 * meanwhile). The counts and deletions join the caller's transaction. Tries older than the window are deleted
 * every window (at least every minute) by the node holding the cluster's scheduler lease; between two clean-ups
 * an address holds at most its limit of tries per window (beyond it a try is deleted as soon as it is refused),
 * so a scan of random names cannot make the table grow without bound.
 */
@ApplicationScoped
@Boundary
public class LoginTries implements LoginThrottle.Tries {

    private static final Logger LOG = Logger.getLogger(LoginTries.class.getName());

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Cluster cluster;

    /** This bean through its proxy: the scheduled clean-up calls {@link #removeOlderThan} in a transaction. */
    @Inject
    LoginTries self;

    @Inject
    @ConfigProperty(name = "shoumi.portal.security.lockout.minutes", defaultValue = "15")
    long windowMinutes;

    @Resource
    ManagedScheduledExecutorService scheduler;

    Clock clock = Clock.systemUTC();

    private ScheduledFuture<?> task;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long add(String username, String address, Instant at) {
        LoginTry added = new LoginTry(username, address, at);
        em.persist(added);
        em.flush();
        return added.getId();
    }

    @Override
    public LoginThrottle.Span fromAddress(String address, Instant after) {
        return span(em.createNamedQuery(LoginTry.FROM_ADDRESS, Object[].class)
                .setParameter("address", LoginTry.address(address)).setParameter("after", after).getSingleResult());
    }

    @Override
    public LoginThrottle.Span forLogin(String username, String address, Instant after) {
        return span(em.createNamedQuery(LoginTry.FOR_LOGIN, Object[].class).setParameter("username", username)
                .setParameter("address", LoginTry.address(address)).setParameter("after", after)
                .getSingleResult());
    }

    @Override
    public long fromAddressUpTo(long id, String address, Instant after) {
        return em.createNamedQuery(LoginTry.FROM_ADDRESS_UP_TO, Long.class).setParameter("id", id)
                .setParameter("address", LoginTry.address(address)).setParameter("after", after).getSingleResult();
    }

    @Override
    public long forLoginUpTo(long id, String username, String address, Instant after) {
        return em.createNamedQuery(LoginTry.FOR_LOGIN_UP_TO, Long.class).setParameter("id", id)
                .setParameter("username", username).setParameter("address", LoginTry.address(address))
                .setParameter("after", after).getSingleResult();
    }

    @Override
    public void remove(long id) {
        em.createNamedQuery(LoginTry.REMOVE).setParameter("id", id).executeUpdate();
    }

    @Override
    public void removeNewest(String username, String address) {
        Long newest = em.createNamedQuery(LoginTry.NEWEST, Long.class).setParameter("username", username)
                .setParameter("address", LoginTry.address(address)).getSingleResult();
        if (newest != null) {
            remove(newest);
        }
    }

    @Override
    public void removeAll(String username, String address) {
        em.createNamedQuery(LoginTry.REMOVE_ALL).setParameter("username", username)
                .setParameter("address", LoginTry.address(address)).executeUpdate();
    }

    /**
     * Until when this login is stopped from some address now (at least {@code perLogin} of its tries from one address
     * within the window): the oldest of those tries plus the window; empty when no address is stopped for it.
     */
    public Optional<Instant> stoppedUntil(String username, int perLogin) {
        return Optional.ofNullable(stopped(perLogin, username).get(username));
    }

    /** Logins stopped from some address now (see {@link #stoppedUntil}), with until when. */
    public java.util.Map<String, Instant> stopped(int perLogin) {
        return stopped(perLogin, null);
    }

    /** The logins stopped now ({@code username} null: every one), each with the latest end of a stop. */
    private java.util.Map<String, Instant> stopped(int perLogin, String username) {
        Duration window = Duration.ofMinutes(windowMinutes);
        Instant now = clock.instant();
        java.util.Map<String, Instant> until = new java.util.HashMap<>();
        jakarta.persistence.TypedQuery<Object[]> tries = em.createQuery("select t.username, count(t), min(t.triedAt) "
                + "from LoginTry t where t.triedAt > :after and t.loginLifted = false" + (username == null ? "" : " and t.username = :username")
                + " group by t.username, t.address", Object[].class).setParameter("after", now.minus(window));
        if (username != null) {
            tries.setParameter("username", username);
        }
        tries.getResultStream().forEach(r -> {
                    LoginThrottle.Span s = span(new Object[] {r[1], r[2]});
                    Instant end = s.oldest().map(oldest -> oldest.plus(window)).orElse(null);
                    if (s.count() >= perLogin && end != null && end.isAfter(now)) {
                        until.merge((String) r[0], end, (a, b) -> a.isAfter(b) ? a : b);
                    }
                });
        return until;
    }

    /** An address stopped for every login: since its oldest counted try, until that try leaves the window. */
    public record AddressStop(String address, Instant since, Instant until, long tries) {
    }

    /**
     * The addresses stopped for every login now (at least {@code perAddress} tries within the window, for any
     * names), the latest first.
     */
    public java.util.List<AddressStop> stoppedAddresses(int perAddress) {
        Duration window = Duration.ofMinutes(windowMinutes);
        Instant now = clock.instant();
        return em.createQuery("select t.address, count(t), min(t.triedAt) from LoginTry t where t.triedAt > :after "
                        + "group by t.address", Object[].class).setParameter("after", now.minus(window))
                .getResultStream().map(r -> {
                    LoginThrottle.Span s = span(new Object[] {r[1], r[2]});
                    return s.count() >= perAddress && s.oldest().isPresent()
                            ? new AddressStop((String) r[0], s.oldest().get(), s.oldest().get().plus(window),
                                    s.count())
                            : null;
                })
                .filter(java.util.Objects::nonNull).filter(a -> a.until().isAfter(now))
                .sorted(java.util.Comparator.comparing(AddressStop::since).reversed()).toList();
    }

    /** The tries from this address, for any logins, that count now (within the window). */
    public long counted(String address) {
        return fromAddress(address, clock.instant().minus(Duration.ofMinutes(windowMinutes))).count();
    }

    /** An administrator lifted the stop of an address: its tries, for every login, no longer count. */
    public int removeAddress(String address) {
        return em.createQuery("delete from LoginTry t where t.address = :address")
                .setParameter("address", LoginTry.address(address)).executeUpdate();
    }

    /**
     * An administrator lifted the login's lock: its tries from every address no longer count for the login, but still
     * for the stop of the address they came from (only {@link #removeAddress} lifts that). Found by an outside check:
     * the tries were deleted, so lifting one login's lock let its whole address back in, with nothing recorded.
     */
    public int liftLogin(String username) {
        return em.createNamedQuery(LoginTry.LIFT_LOGIN).setParameter("username", username).executeUpdate();
    }

    /** Deletes the tries made at or before {@code until} (no longer counted); returns how many. */
    public int removeOlderThan(Instant until) {
        return em.createNamedQuery(LoginTry.REMOVE_OLD).setParameter("until", until).executeUpdate();
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    void start(@Observes Startup startup) {
        long every = Math.max(1, windowMinutes);
        task = scheduler.scheduleAtFixedRate(this::cleanUpQuietly, every, every, TimeUnit.MINUTES);
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    void cleanUpQuietly() {
        if (!cluster.leads()) {
            return;
        }
        try {
            int n = cleanUp();
            LOG.fine(() -> "Login throttle: " + n + " old tries deleted");
        } catch (RuntimeException e) {
            // the next run tries again
            LOG.log(Level.WARNING, "Deleting the login throttle's old tries failed", e);
        }
    }

    /**
     * Deletes the tries older than the window (no longer counted); returns how many. Through the proxy: called on
     * "this" by the schedule it ran without a transaction and failed every time (TransactionRequiredException,
     * found by an outside check in the log), so old tries were never deleted.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int cleanUp() {
        return self.removeOlderThan(clock.instant().minus(Duration.ofMinutes(windowMinutes)));
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private static LoginThrottle.Span span(Object[] row) {
        long count = number(row[0]);
        Object oldest = row[1];
        Optional<Instant> at = oldest instanceof Instant i ? Optional.of(i)
                : oldest instanceof Timestamp t ? Optional.of(t.toInstant()) : Optional.empty();
        return new LoginThrottle.Span(count, at);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
