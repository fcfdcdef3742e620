package org.shoumi.portal.cluster.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.cluster.control.DailyRun;
import org.shoumi.portal.cluster.control.LeaseRule;
import org.shoumi.portal.cluster.entity.JobRun;
import org.shoumi.portal.cluster.entity.Lease;

/**
 * This node's place in the cluster: its id, and whether it holds the scheduler lease. Every node asks for the
 * lease at start-up and then every {@code renew-seconds}; the holder renews it, the others take it over once it
 * has expired, so a holder that stops is replaced within {@code lease-seconds + renew-seconds} (default 40 + 10
 * s). Scheduled work asks {@link #leads()} before it runs; daily jobs register with {@link #daily} and are run
 * by the holder once per job and day (the {@code cluster_job_run} row, unique per job and day, is claimed
 * first), made up later the same day when the hour passed during a takeover, and taken over when the node
 * running them stopped beating. On one node all of this is the same, with one row.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class Cluster {

    private static final Logger LOG = Logger.getLogger(Cluster.class.getName());

    /** A daily job registered by a feature. */
    private record Daily(String job, int hour, ZoneId zone, Runnable task, boolean makeUp) {
    }

    @Inject
    LeaseStore store;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "shoumi.portal.cluster.node")
    Optional<String> configuredNode;

    @Inject
    @ConfigProperty(name = "shoumi.portal.cluster.lease-seconds", defaultValue = "40")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "shoumi.portal.cluster.renew-seconds", defaultValue = "10")
    long renewSeconds;

    @Inject
    @ConfigProperty(name = "shoumi.portal.cluster.stale-seconds", defaultValue = "60")
    long staleSeconds;

    Clock clock = Clock.systemUTC();

    private final List<Daily> daily = new CopyOnWriteArrayList<>();
    /** Daily runs this node is running now: job run id by job name (their heartbeat is written on each tick). */
    private final Map<String, Long> running = new ConcurrentHashMap<>();
    private volatile Instant actUntil;
    private volatile String node;
    private ScheduledFuture<?> task;

    /** This node's id: {@code shoumi.portal.cluster.node}, or host name, Liberty server name and process id. */
    public String node() {
        if (node == null) {
            node = configuredNode.filter(n -> !n.isBlank()).map(String::strip).orElseGet(Cluster::defaultNode);
        }
        return node;
    }

    /** Whether this node holds the scheduler lease now (and so runs the scheduled work). */
    public boolean leads() {
        Instant until = actUntil;
        return until != null && clock.instant().isBefore(until);
    }

    /** The scheduler lease as the database holds it (for the operator's view and the tests). */
    public Optional<Lease> lease() {
        return store.find(Lease.SCHEDULER);
    }

    /**
     * Runs {@code task} once a day from {@code hour} in {@code zone}, on whichever node holds the lease, once per
     * day across the cluster ({@code job} names the run in {@code cluster_job_run}).
     */
    public void daily(String job, int hour, ZoneId zone, Runnable task) {
        daily.add(new Daily(job, hour, zone, task, false));
    }

    /**
     * The same, and before the hour the run of the day before is made at once if it never was (the first start, or
     * the server was down at that hour): for a job whose missed day is worth making up at any hour, such as the
     * daily backup, not for notices that would reach people in the night and again at their hour.
     */
    public void dailyMadeUp(String job, int hour, ZoneId zone, Runnable task) {
        daily.add(new Daily(job, hour, zone, task, true));
    }

    /** Asks for the lease now (renews or takes it over); true when this node holds it afterwards. */
    public boolean claimLease() {
        return claim(Lease.SCHEDULER, node());
    }

    /**
     * Asks for a lease as {@code holder} for {@code length}: renews it, takes it over when expired, or creates it;
     * each one conditional statement in its own transaction, so of two holders asking at once one gets it. Public
     * with any name and holder so that a test can play two nodes in one server.
     */
    public boolean claim(String name, String holder, Duration length) {
        Instant now = clock.instant();
        Instant until = now.plus(length);
        boolean held;
        if (store.renew(name, holder, until) || store.takeOver(name, holder, now, until)) {
            held = true;
        } else if (store.find(name).isPresent()) {
            held = false;
        } else {
            try {
                store.create(name, holder, now, until);
                held = true;
            } catch (RuntimeException e) {
                // another node created it first: the key refused ours
                LOG.log(Level.FINE, "lease " + name + " was created by another node", e);
                held = false;
            }
        }
        return held;
    }

    private boolean claim(String name, String holder) {
        Duration length = Duration.ofSeconds(leaseSeconds);
        Instant before = clock.instant();
        boolean held = claim(name, holder, length);
        boolean had = leads();
        actUntil = held ? LeaseRule.actUntil(before.plus(length), length, Duration.ofSeconds(renewSeconds)) : null;
        if (held != had) {
            LOG.info(() -> "Cluster: node " + holder + (held ? " now holds" : " no longer holds")
                    + " the scheduler lease");
        }
        return held;
    }

    /** One tick: the lease, the heartbeats of this node's daily runs, and the daily jobs that are due. */
    void tick() {
        try {
            boolean held = claimLease();
            Instant now = clock.instant();
            running.forEach((job, runId) -> store.beat(runId, node(), now));
            store.beatTasks(node(), now);
            if (held) {
                daily.forEach(d -> runIfDue(d, clock.instant()));
            }
        } catch (RuntimeException e) {
            // a database hiccup: this node stops acting as the holder until a tick succeeds again
            actUntil = null;
            LOG.log(Level.WARNING, "Cluster: renewing the scheduler lease failed", e);
        }
    }

    private void runIfDue(Daily d, Instant now) {
        LocalDate day = DailyRun.dueDay(now, d.zone(), d.hour(), d.makeUp());
        if (day == null || running.containsKey(d.job())) {
            return;
        }
        claimRun(d.job(), day, node()).ifPresent(id -> {
            running.put(d.job(), id);
            executor.submit(() -> runDaily(d, day, id));
        });
    }

    /**
     * Claims the run of a daily job on a day for {@code holder}: when nobody ran it that day, or when the node
     * running it stopped beating (then it is taken over, and recorded so). Empty when it is not this holder's to
     * run: it ran (or is running) elsewhere, or another holder claimed it at the same moment. Public with any
     * holder so that a test can play two nodes in one server.
     */
    public Optional<Long> claimRun(String job, LocalDate day, String holder) {
        return claimRun(job, day, holder, Duration.ofSeconds(staleSeconds));
    }

    /** {@link #claimRun(String, LocalDate, String)} with a heartbeat taken as stopped after {@code staleAfter}. */
    public Optional<Long> claimRun(String job, LocalDate day, String holder, Duration staleAfter) {
        Instant now = clock.instant();
        Optional<JobRun> existing = store.run(job, day);
        if (existing.isEmpty()) {
            try {
                return Optional.of(store.claim(job, day, holder, now));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "the run of " + job + " on " + day + " was claimed by another node", e);
                return Optional.empty();
            }
        }
        JobRun r = existing.get();
        if (r.getEndedAt() == null
                && LeaseRule.stale(r.getHeartbeatAt(), now, staleAfter)
                && store.takeOverRun(r.getId(), r.getNode(), r.getHeartbeatAt(), holder, now)) {
            LOG.warning(() -> "Cluster: node " + r.getNode() + " stopped while running " + job + " of " + day
                    + "; " + holder + " runs it again");
            return Optional.of(r.getId());
        }
        return Optional.empty();
    }

    private void runDaily(Daily d, LocalDate day, long runId) {
        JobRun.Outcome outcome = JobRun.Outcome.FAILED;
        try {
            d.task().run();
            outcome = JobRun.Outcome.DONE;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Daily job " + d.job() + " of " + day + " failed", e);
        } finally {
            running.remove(d.job());
            try {
                store.ended(runId, node(), outcome, clock.instant());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not record the end of " + d.job() + " of " + day, e);
            }
        }
    }

    /** Whether a daily job of this node is running now. */
    public boolean running(String job) {
        return running.containsKey(job);
    }

    /** The run of a daily job on a day, if any (for the operator's view and the tests). */
    public Optional<JobRun> run(String job, LocalDate day) {
        return store.run(job, day);
    }

    /** Early, before the features' start-up work: the first claim, so that a single node leads from the start. */
    void start(@Observes @Priority(Interceptor.Priority.APPLICATION + 10) Startup startup) {
        LeaseRule.check(Duration.ofSeconds(leaseSeconds), Duration.ofSeconds(renewSeconds));
        LOG.info(() -> "Cluster: this node is " + node() + "; a stopped lease holder is replaced within "
                + LeaseRule.worstTakeover(Duration.ofSeconds(leaseSeconds), Duration.ofSeconds(renewSeconds))
                .toSeconds() + " s");
        try {
            int lost = store.loseTasksOf(node(), clock.instant());
            if (lost > 0) {
                LOG.warning(() -> "Cluster: " + lost + " task(s) this node was running when it stopped are reported "
                        + "lost (nothing of them was stored)");
            }
            claimLease();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cluster: the first claim of the scheduler lease failed; retried shortly", e);
        }
        task = scheduler.scheduleWithFixedDelay(this::tick, renewSeconds, renewSeconds, TimeUnit.SECONDS);
    }

    /**
     * The application is stopping: stop ticking and hand the lease back, so that another node takes over at once
     * instead of after the expiry. Done before the application's beans are destroyed, since by {@code @PreDestroy}
     * Liberty has closed the persistence unit already (the release failed there, with an FFDC incident).
     */
    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object application) {
        stop();
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        if (leads()) {
            try {
                store.release(Lease.SCHEDULER, node(), clock.instant());
                LOG.info(() -> "Cluster: " + node() + " handed the scheduler lease back as it stopped");
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "could not release the scheduler lease", e);
            }
        }
        actUntil = null;
    }

    private static String defaultNode() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String server = System.getProperty("wlp.server.name", "server");
        return host + "/" + server + "/" + ProcessHandle.current().pid();
    }
}
