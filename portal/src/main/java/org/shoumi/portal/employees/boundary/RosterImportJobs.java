package org.shoumi.portal.employees.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs roster imports on the server's managed executor, so that a file of a few thousand rows never holds a
 * request thread: the page starts an import, gets its id back at once and polls its progress. The import is
 * one JTA transaction begun on the executor's thread by {@link Roster#importFile} (Jakarta Concurrency runs
 * tasks with the application's context but without the caller's transaction), with its own time limit
 * ({@code shoumi.portal.employees.import.timeout-seconds}) instead of the server's default. Finished imports
 * are kept until their page has collected them, at most {@code KEEP} after they ended.
 */
@ApplicationScoped
public class RosterImportJobs {

    private static final Logger LOG = Logger.getLogger(RosterImportJobs.class.getName());
    private static final Duration KEEP = Duration.ofMinutes(30);

    @Resource
    ManagedExecutorService executor;

    @Resource
    UserTransaction transaction;

    @Inject
    Roster roster;

    @Inject
    @ConfigProperty(name = "shoumi.portal.employees.import.timeout-seconds", defaultValue = "900")
    int timeoutSeconds;

    Clock clock = Clock.systemUTC();

    private final Map<String, RosterImportJob> jobs = new ConcurrentHashMap<>();

    /** Starts importing the file for {@code by}; returns at once with the job to poll. */
    public RosterImportJob start(String fileName, byte[] content, String by) {
        Objects.requireNonNull(by);
        forgetOld();
        RosterImportJob job = new RosterImportJob(UUID.randomUUID().toString(), by, clock.instant());
        jobs.put(job.id(), job);
        executor.submit(() -> run(job, fileName, content.clone(), by));
        return job;
    }

    /** The job, if it exists and was started by {@code by}. */
    public Optional<RosterImportJob> job(String id, String by) {
        return Optional.ofNullable(id == null ? null : jobs.get(id)).filter(j -> j.owner().equals(by));
    }

    /** Drops a finished job (and the first passwords it holds) once its page has shown it. */
    public void forget(String id, String by) {
        job(id, by).filter(j -> !j.running()).ifPresent(j -> jobs.remove(j.id()));
    }

    void run(RosterImportJob job, String fileName, byte[] content, String by) {
        try {
            transaction.setTransactionTimeout(timeoutSeconds);
            job.finished(roster.importFile(fileName, content, by, job::rows), clock.instant());
            LOG.info(() -> "Roster import " + fileName + " by " + by + ": " + job.outcome().added() + " added, "
                    + job.outcome().changed() + " changed");
        } catch (RosterImportRefusedException refused) {
            job.refused(refused.problems(), clock.instant());
        } catch (RuntimeException | SystemException e) {
            LOG.log(Level.WARNING, "Roster import " + fileName + " by " + by + " failed; nothing was stored", e);
            job.failed(clock.instant());
        } finally {
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
    }
}
