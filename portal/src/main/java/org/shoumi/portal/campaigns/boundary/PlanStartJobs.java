package org.shoumi.portal.campaigns.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.cluster.boundary.TaskRecord;
import org.shoumi.portal.cluster.boundary.TrackedTasks;

/**
 * Starts plans on the server's managed executor, so that a year for tens of thousands of people never holds a
 * request thread: the page starts it, gets the job back at once and polls its progress. The start is one JTA
 * transaction begun on the executor's thread by {@link Plans#start} with its own time limit
 * ({@code shoumi.portal.plan.start-timeout-seconds}); refused or failed, nothing is stored. Ended jobs are kept
 * until their page collected them, at most {@code KEEP}. Each start is also recorded in the database
 * ({@link TrackedTasks}) with this node and a heartbeat, so that on a cluster a page polling another node sees its
 * progress and end, a plan being started on another node is refused here too, and a start whose node stopped is
 * reported lost.
 */
@ApplicationScoped
public class PlanStartJobs {

    private static final Logger LOG = Logger.getLogger(PlanStartJobs.class.getName());
    private static final Duration KEEP = Duration.ofMinutes(30);
    static final String KIND = "PLAN_START";

    @Resource
    ManagedExecutorService executor;

    @Resource
    UserTransaction transaction;

    @Inject
    Plans plans;

    @Inject
    TrackedTasks tasks;

    @Inject
    @ConfigProperty(name = "shoumi.portal.plan.start-timeout-seconds", defaultValue = "900")
    int timeoutSeconds;

    Clock clock = Clock.systemUTC();

    private final Map<String, PlanStartJob> jobs = new ConcurrentHashMap<>();

    /** Starts the plan for {@code by}, overlaps with campaigns launched by hand accepted; see the other start. */
    public PlanStartJob start(long planId, String by) {
        return start(planId, by, true);
    }

    /**
     * Starts the plan for {@code by}; returns at once with the job to poll. A plan already being started is refused.
     * Unless {@code overlapsAccepted}, the job is refused for an item overlapping an open campaign launched by hand
     * ({@link Plans#start(long, String, boolean, Plans.Progress)}).
     */
    public PlanStartJob start(long planId, String by, boolean overlapsAccepted) {
        return start(planId, by, overlapsAccepted ? null : java.util.Set.of());
    }

    /**
     * Starts the plan for {@code by}, the overlaps with campaigns launched by hand accepted as far as the officer
     * confirmed them ({@link Plans#start(long, String, java.util.Set, Plans.Progress)}; null: all); see above.
     */
    public PlanStartJob start(long planId, String by, java.util.Set<String> acceptedOverlaps) {
        forgetOld();
        if (jobs.values().stream().anyMatch(j -> j.running() && j.planId() == planId)
                || tasks.running(KIND, String.valueOf(planId))) {
            throw new PlanRefusedException(PlanRefusedException.Reason.STARTING);
        }
        PlanStartJob job = new PlanStartJob(UUID.randomUUID().toString(), by, planId);
        tasks.started(job.id(), KIND, String.valueOf(planId), by);
        jobs.put(job.id(), job);
        java.util.Set<String> accepted = acceptedOverlaps == null ? null : java.util.Set.copyOf(acceptedOverlaps);
        executor.submit(() -> run(job, by, accepted));
        return job;
    }

    /**
     * The job, if it exists and was started by {@code by}: this node's own, or (on a cluster) a copy of one another
     * node runs or ran, from its database record.
     */
    public Optional<PlanStartJob> job(String id, String by) {
        if (id == null) {
            return Optional.empty();
        }
        PlanStartJob own = jobs.get(id);
        if (own != null) {
            return Optional.of(own).filter(j -> j.owner().equals(by));
        }
        return tasks.find(id, by).filter(t -> t.getKind().equals(KIND))
                .map(t -> PlanStartJob.elsewhere(t.getId(), t.getOwner(), Long.parseLong(t.getSubject()), t.getNode(),
                        t.getState(), t.getDoneCount(), t.getTotalCount(), t.getEndedAt()));
    }

    void run(PlanStartJob job, String by, java.util.Set<String> acceptedOverlaps) {
        TaskRecord record = new TaskRecord(tasks, job.id(), "plan start");
        try {
            transaction.setTransactionTimeout(timeoutSeconds);
            PlanStarted started = plans.start(job.planId(), by, acceptedOverlaps, (done, total) -> {
                job.progress(done, total);
                record.progress(done, total);
            });
            job.finished(started, clock.instant());
            LOG.info(() -> "Plan " + job.planId() + " started by " + by + ": " + started.campaigns() + " campaigns, "
                    + started.programmes() + " programmes");
        } catch (PlanRefusedException refused) {
            job.refused(refused, clock.instant());
        } catch (RuntimeException | SystemException e) {
            LOG.log(Level.WARNING, "Starting plan " + job.planId() + " failed; nothing was stored", e);
            job.failed(clock.instant());
        } finally {
            if (!job.running()) {
                record.ended(job.done(), job.total(), job.state());
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
    }
}
