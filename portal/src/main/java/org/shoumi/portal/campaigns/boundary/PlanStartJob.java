package org.shoumi.portal.campaigns.boundary;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Starting one plan on the managed executor: how many people have been looked at out of how many, and how it
 * ended (started, refused with a reason, or failed with nothing stored). Read by the page while the start's own
 * transaction is still open. On a cluster, a page served by another node sees a copy made from the database
 * record ({@link #elsewhere()}): progress and state but not the detail (counts, the refusal), which only the node
 * that ran it holds; and {@link State#LOST} when that node stopped before the start ended (nothing was stored).
 */
public final class PlanStartJob {

    public enum State { RUNNING, DONE, REFUSED, FAILED,
        /** the node running it stopped: nothing was stored */
        LOST }

    private final String id;
    private final String owner;
    private final long planId;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile State state = State.RUNNING;
    private volatile PlanStarted started;
    private volatile PlanRefusedException refusal;
    private volatile Instant ended;
    private final String elsewhere;

    PlanStartJob(String id, String owner, long planId) {
        this(id, owner, planId, null);
    }

    private PlanStartJob(String id, String owner, long planId, String elsewhere) {
        this.id = id;
        this.owner = owner;
        this.planId = planId;
        this.elsewhere = elsewhere;
    }

    /** A copy of a start another node runs (or ran), as its database record tells. */
    static PlanStartJob elsewhere(String id, String owner, long planId, String node, State state, long done,
                                  long total, Instant ended) {
        PlanStartJob job = new PlanStartJob(id, owner, planId, node);
        job.progress(done, total);
        job.state = state;
        job.ended = ended;
        return job;
    }

    /** The node that runs (or ran) the start when it is not this one; null when it is this one. */
    public String elsewhere() {
        return elsewhere;
    }

    void progress(long doneChecks, long totalChecks) {
        total.set(totalChecks);
        done.set(doneChecks);
    }

    void finished(PlanStarted result, Instant at) {
        started = result;
        ended = at;
        state = State.DONE;
    }

    void refused(PlanRefusedException why, Instant at) {
        refusal = why;
        ended = at;
        state = State.REFUSED;
    }

    void failed(Instant at) {
        ended = at;
        state = State.FAILED;
    }

    public String id() {
        return id;
    }

    String owner() {
        return owner;
    }

    public long planId() {
        return planId;
    }

    public State state() {
        return state;
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /** Whole percent of the people looked at (each item checks everyone once). */
    public int percent() {
        long t = total.get();
        return t == 0 ? 0 : (int) Math.min(100, done.get() * 100 / t);
    }

    public long done() {
        return done.get();
    }

    public long total() {
        return total.get();
    }

    public PlanStarted started() {
        return started;
    }

    public PlanRefusedException refusal() {
        return refusal;
    }

    Instant ended() {
        return ended;
    }
}
