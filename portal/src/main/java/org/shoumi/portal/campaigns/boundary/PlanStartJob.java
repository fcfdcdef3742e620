package org.shoumi.portal.campaigns.boundary;

import java.time.Instant;
import org.shoumi.portal.cluster.boundary.TrackedJob;
import org.shoumi.portal.cluster.entity.TrackedTask;

/**
 * Starting one plan on the managed executor: how many people have been looked at out of how many, and how it
 * ended (started, refused with a reason, or failed with nothing stored). Read by the page while the start's own
 * transaction is still open. On a cluster, a page served by another node sees a copy made from the database
 * record ({@link #elsewhere()}): progress and state but not the detail (counts, the refusal), which only the node
 * that ran it holds; and {@link TrackedTask.State#LOST} when that node stopped before the start ended (nothing was
 * stored).
 */
public final class PlanStartJob extends TrackedJob {

    private final long planId;
    private volatile PlanStarted started;
    private volatile PlanRefusedException refusal;

    PlanStartJob(String id, String owner, long planId) {
        this(id, owner, planId, null);
    }

    private PlanStartJob(String id, String owner, long planId, String elsewhere) {
        super(id, owner, elsewhere);
        this.planId = planId;
    }

    /** A copy of a start another node runs (or ran), as its database record tells. */
    static PlanStartJob elsewhere(String id, String owner, long planId, String node, TrackedTask.State state,
                                  long done, long total, Instant ended) {
        PlanStartJob job = new PlanStartJob(id, owner, planId, node);
        job.copied(state, done, total, ended);
        return job;
    }

    void progress(long doneChecks, long totalChecks) {
        count(doneChecks, totalChecks);
    }

    void finished(PlanStarted result, Instant at) {
        started = result;
        end(TrackedTask.State.DONE, at);
    }

    void refused(PlanRefusedException why, Instant at) {
        refusal = why;
        end(TrackedTask.State.REFUSED, at);
    }

    void failed(Instant at) {
        end(TrackedTask.State.FAILED, at);
    }

    public long planId() {
        return planId;
    }

    /** Whole percent of the people looked at (each item checks everyone once). */
    public int percent() {
        long t = total();
        return t == 0 ? 0 : (int) Math.min(100, done() * 100 / t);
    }

    public PlanStarted started() {
        return started;
    }

    public PlanRefusedException refusal() {
        return refusal;
    }
}
