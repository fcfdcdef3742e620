package org.shoumi.portal.campaigns.boundary;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Starting one plan on the managed executor: how many people have been looked at out of how many, and how it
 * ended (started, refused with a reason, or failed with nothing stored). Read by the page while the start's own
 * transaction is still open.
 */
public final class PlanStartJob {

    public enum State { RUNNING, DONE, REFUSED, FAILED }

    private final String id;
    private final String owner;
    private final long planId;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile State state = State.RUNNING;
    private volatile PlanStarted started;
    private volatile PlanRefusedException refusal;
    private volatile Instant ended;

    PlanStartJob(String id, String owner, long planId) {
        this.id = id;
        this.owner = owner;
        this.planId = planId;
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
