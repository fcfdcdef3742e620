package org.shoumi.portal.employees.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.cluster.boundary.TaskRecord;
import org.shoumi.portal.cluster.boundary.TrackedTasks;

/**
 * Runs roster imports on the server's managed executor, so that a file of a few thousand rows never holds a
 * request thread: the page starts an import, gets its id back at once and polls its progress. The import is
 * one JTA transaction begun on the executor's thread by {@link Roster#importFile} (Jakarta Concurrency runs
 * tasks with the application's context but without the caller's transaction), with its own time limit
 * ({@code shoumi.portal.employees.import.timeout-seconds}) instead of the server's default. Finished imports
 * are kept until their page has collected them, at most {@code KEEP} after they ended. Each job is also recorded
 * in the database ({@link TrackedTasks}) with this node and a heartbeat, so that on a cluster a page polling another
 * node sees its progress and end, and an import whose node stopped is reported lost.
 */
@ApplicationScoped
public class RosterImportJobs {

    private static final Logger LOG = Logger.getLogger(RosterImportJobs.class.getName());
    private static final Duration KEEP = Duration.ofMinutes(30);
    static final String KIND = "ROSTER_IMPORT";
    /** The subject of every roster import's record: there is one roster, imported one file at a time. */
    static final String SUBJECT = "roster";

    @Resource
    ManagedExecutorService executor;

    @Resource
    UserTransaction transaction;

    @Inject
    Roster roster;

    @Inject
    TrackedTasks tasks;

    @Inject
    @ConfigProperty(name = "shoumi.portal.employees.import.timeout-seconds", defaultValue = "900")
    int timeoutSeconds;

    Clock clock = Clock.systemUTC();

    private final Map<String, RosterImportJob> jobs = new ConcurrentHashMap<>();
    /** Jobs this node's pages collected, by when: gone for good here (their record stays, without the detail). */
    private final Map<String, Instant> forgotten = new ConcurrentHashMap<>();

    /**
     * Starts importing the file for {@code by}; returns at once with the job to poll. While another roster import
     * runs (this node's or, as its record says, another node's; started by anyone, from any page) nothing is started
     * and {@link RosterImportBusyException} says whose it is: several presses of 导入 at once each started an import,
     * one saved the file and the others failed on its staff numbers, so the page reported "nothing was saved" and
     * the first passwords were lost (outside check). Checking and recording are one step on this node.
     */
    public synchronized RosterImportJob start(String fileName, byte[] content, String by) {
        Objects.requireNonNull(by);
        forgetOld();
        var mine = jobs.values().stream().filter(RosterImportJob::running).findFirst();
        if (mine.isPresent()) {
            throw new RosterImportBusyException(mine.get().owner(), mine.get().started());
        }
        var elsewhere = tasks.runningOne(KIND, SUBJECT);
        if (elsewhere.isPresent()) {
            throw new RosterImportBusyException(elsewhere.get().getOwner(), elsewhere.get().getStartedAt());
        }
        RosterImportJob job = new RosterImportJob(UUID.randomUUID().toString(), by, clock.instant());
        tasks.started(job.id(), KIND, SUBJECT, by);
        jobs.put(job.id(), job);
        executor.submit(() -> run(job, fileName, content.clone(), by));
        return job;
    }

    /**
     * The job, if it exists and was started by {@code by}: this node's own, or (on a cluster) a copy of one another
     * node runs or ran, from its database record.
     */
    public Optional<RosterImportJob> job(String id, String by) {
        if (id == null) {
            return Optional.empty();
        }
        RosterImportJob own = jobs.get(id);
        if (own != null) {
            return Optional.of(own).filter(j -> j.owner().equals(by));
        }
        if (forgotten.containsKey(id)) {
            return Optional.empty();
        }
        return tasks.find(id, by).filter(t -> t.getKind().equals(KIND))
                .map(t -> RosterImportJob.elsewhere(t.getId(), t.getOwner(), t.getStartedAt(), t.getNode(),
                        t.getState(), t.getDoneCount(), t.getTotalCount(), t.getEndedAt()));
    }

    /**
     * The latest import {@code by} started that no page of theirs has collected yet: one this node runs or ran (its
     * result and first passwords kept for a page until one collects it, at most {@code KEEP} after it ended), or
     * else one of theirs another node runs. A page opened again (F5, the tab reopened) picks it up: the reloaded page
     * showed neither the running import nor its result, and the first passwords of the logins it opened could be
     * collected only by the page left behind (outside check).
     */
    public Optional<RosterImportJob> uncollected(String by) {
        if (by == null) {
            return Optional.empty();
        }
        forgetOld();
        Optional<RosterImportJob> own = jobs.values().stream().filter(j -> j.owner().equals(by))
                .max(java.util.Comparator.comparing(RosterImportJob::started));
        if (own.isPresent()) {
            return own;
        }
        return tasks.runningOne(KIND, SUBJECT).filter(t -> t.getOwner().equals(by)).flatMap(t -> job(t.getId(), by));
    }

    /** Drops a finished job (and the first passwords it holds) once its page has shown it. */
    public void forget(String id, String by) {
        job(id, by).filter(j -> !j.running()).ifPresent(j -> {
            forgotten.put(j.id(), clock.instant());
            jobs.remove(j.id());
        });
    }

    void run(RosterImportJob job, String fileName, byte[] content, String by) {
        TaskRecord record = new TaskRecord(tasks, job.id(), "roster import");
        try {
            transaction.setTransactionTimeout(timeoutSeconds);
            job.finished(roster.importFile(fileName, content, by, (done, total) -> {
                job.rows(done, total);
                record.progress(done, total);
            }), clock.instant());
            LOG.info(() -> "Roster import " + fileName + " by " + by + ": " + job.outcome().added() + " added, "
                    + job.outcome().changed() + " changed");
        } catch (RosterImportRefusedException refused) {
            job.refused(refused.problems(), clock.instant());
        } catch (RuntimeException | SystemException e) {
            LOG.log(Level.WARNING, "Roster import " + fileName + " by " + by + " failed; nothing was stored", e);
            Instant now = clock.instant();
            job.failed(RosterImportJob.Failure.of(e, Duration.between(job.started(), now), timeoutSeconds), now);
        } finally {
            if (!job.running()) {
                record.ended(job.doneRows(), job.totalRows(), job.state());
            }
            try {
                transaction.setTransactionTimeout(0);
            } catch (SystemException e) {
                LOG.log(Level.FINE, "could not reset the transaction timeout", e);
            }
        }
    }

    private void forgetOld() {
        var limit = clock.instant().minus(KEEP);
        jobs.values().removeIf(j -> j.ended() != null && j.ended().isBefore(limit));
        forgotten.values().removeIf(at -> at.isBefore(limit));
    }
}
