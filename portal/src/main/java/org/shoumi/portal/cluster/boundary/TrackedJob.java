package org.shoumi.portal.cluster.boundary;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.shoumi.portal.cluster.entity.TrackedTask;

/**
 * A long task as the page that started it polls it (a roster import, a plan start): who started it, how far it got
 * (done out of total), its state and when it ended. The node that runs it updates it as it goes; on a cluster, a
 * page served by another node gets a copy made from the task's database record ({@link TrackedTasks}, see
 * {@link #elsewhere()}), with the progress and state but none of the detail a subclass keeps, which only the node
 * that ran it holds.
 */
public abstract class TrackedJob {

    private final String id;
    private final String owner;
    private final String elsewhere;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile TrackedTask.State state = TrackedTask.State.RUNNING;
    private volatile Instant ended;

    /** @param elsewhere the node that runs (or ran) the task when it is not this one; null when it is this one */
    protected TrackedJob(String id, String owner, String elsewhere) {
        this.id = id;
        this.owner = owner;
        this.elsewhere = elsewhere;
    }

    /** For the copy of a task another node runs (or ran): its progress, state and end as its database record tells. */
    protected final void copied(TrackedTask.State recorded, long doneCount, long totalCount, Instant endedAt) {
        count(doneCount, totalCount);
        state = recorded;
        ended = endedAt;
    }

    /** How far the task got. */
    protected final void count(long doneCount, long totalCount) {
        total.set(totalCount);
        done.set(doneCount);
    }

    /** The task ended, in this state (not {@code RUNNING}). Set after its result, which a page reads once it ended. */
    protected final void end(TrackedTask.State how, Instant at) {
        ended = at;
        state = how;
    }

    public String id() {
        return id;
    }

    /** The login that started the task: only its pages see it. */
    public String owner() {
        return owner;
    }

    /** The node that runs (or ran) the task when it is not this one; null when it is this one. */
    public String elsewhere() {
        return elsewhere;
    }

    public TrackedTask.State state() {
        return state;
    }

    public boolean running() {
        return state == TrackedTask.State.RUNNING;
    }

    public long done() {
        return done.get();
    }

    public long total() {
        return total.get();
    }

    /** When the task ended; null while it runs. */
    public Instant ended() {
        return ended;
    }
}
