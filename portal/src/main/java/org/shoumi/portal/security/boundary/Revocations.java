package org.shoumi.portal.security.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per login name: when it last lost access (disabled, roles taken away, password changed). Read on every request of
 * a logged-in user, so it is a map lookup, not a query. The database ({@code account.revoked_at}) is the record; this
 * node's map is filled from it at start-up, told at once of the changes made on this node ({@link LeaverLogins},
 * {@link Accounts}), and re-read every {@code shoumi.portal.security.revocations.refresh-seconds} (5 by default)
 * for the changes made on other nodes of a cluster, so a login switched off on one node ends its sessions on every
 * node within that time.
 */
@ApplicationScoped
public class Revocations {

    private static final Logger LOG = Logger.getLogger(Revocations.class.getName());
    /**
     * Re-read from this long before the last read, so that a change stamped long before it committed (a roster import
     * that ends logins is one transaction of up to 15 minutes) or by a clock a little behind is still seen; the
     * index on {@code revoked_at} keeps the read small.
     */
    private static final Duration OVERLAP = Duration.ofMinutes(30);

    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "shoumi.portal.security.revocations.refresh-seconds", defaultValue = "5")
    long refreshSeconds;

    Clock clock = Clock.systemUTC();

    private volatile Instant lastRead;
    private ScheduledFuture<?> task;

    /** When this login last lost access, if ever. */
    public Optional<Instant> of(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(revoked.get(username));
    }

    void revoked(String username, Instant at) {
        revoked.merge(username, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Reads the revocations from the database: all at start-up, then those since a little before the last read. */
    void refresh() {
        Instant now = clock.instant();
        Instant from = lastRead == null ? Instant.EPOCH : lastRead.minus(OVERLAP);
        em.createQuery("select a.username, a.revokedAt from Account a where a.revokedAt >= :from", Object[].class)
                .setParameter("from", from).getResultStream()
                .forEach(r -> revoked((String) r[0], (Instant) r[1]));
        lastRead = now;
    }

    /** Early in the start-up, before the first request: the revocations so far. */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 20) Startup startup) {
        refresh();
        if (refreshSeconds > 0) {
            task = scheduler.scheduleWithFixedDelay(this::refreshQuietly, refreshSeconds, refreshSeconds,
                    TimeUnit.SECONDS);
        }
    }

    void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // the next refresh tries again (from the last successful read)
            LOG.log(Level.WARNING, "Reading revoked logins failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
