package org.shoumi.portal.employees.boundary;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.shoumi.portal.employees.control.RosterProblem;

/**
 * One roster import running on the managed executor: how far it has got, and how it ended. Read by the page
 * that started it while the import's own transaction is still open. On a cluster, a page served by another node
 * sees a copy made from the database record ({@link #elsewhere()}): progress and state, but not the detail (the
 * first passwords, the problems), which only the node that ran it holds; and {@link State#LOST} when that node
 * stopped before the import ended (its transaction never committed, so nothing was stored).
 */
public final class RosterImportJob {

    public enum State { RUNNING, DONE, REFUSED, FAILED,
        /** the node running it stopped: nothing was stored */
        LOST }

    private final String id;
    private final String owner;
    private final Instant started;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private volatile State state = State.RUNNING;
    private volatile RosterImportOutcome outcome;
    private volatile List<RosterProblem> problems = List.of();
    private volatile Instant ended;
    private final String elsewhere;

    RosterImportJob(String id, String owner, Instant started) {
        this(id, owner, started, null);
    }

    private RosterImportJob(String id, String owner, Instant started, String elsewhere) {
        this.id = id;
        this.owner = owner;
        this.started = started;
        this.elsewhere = elsewhere;
    }

    /** A copy of a job another node runs (or ran), as its database record tells. */
    static RosterImportJob elsewhere(String id, String owner, Instant started, String node, State state, long doneRows,
                                     long totalRows, Instant ended) {
        RosterImportJob job = new RosterImportJob(id, owner, started, node);
        job.rows((int) doneRows, (int) totalRows);
        job.state = state;
        job.ended = ended;
        return job;
    }

    /** The node that runs (or ran) the job when it is not this one; null when it is this one. */
    public String elsewhere() {
        return elsewhere;
    }

    void rows(int doneRows, int totalRows) {
        total.set(totalRows);
        done.set(doneRows);
    }

    void finished(RosterImportOutcome result, Instant at) {
        outcome = result;
        ended = at;
        state = State.DONE;
    }

    void refused(List<RosterProblem> found, Instant at) {
        problems = List.copyOf(found);
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

    Instant started() {
        return started;
    }

    Instant ended() {
        return ended;
    }

    public State state() {
        return state;
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /**
     * Per cent done: rows written, up to 99 while the transaction has yet to commit, 100 once it ended (in
     * whatever way).
     */
    public int percent() {
        if (state != State.RUNNING) {
            return 100;
        }
        int all = total.get();
        return all == 0 ? 0 : Math.min(99, done.get() * 100 / all);
    }

    public int doneRows() {
        return done.get();
    }

    public int totalRows() {
        return total.get();
    }

    /** The result, once {@link State#DONE}. */
    public RosterImportOutcome outcome() {
        return outcome;
    }

    /** The problems found at import time, once {@link State#REFUSED}. */
    public List<RosterProblem> problems() {
        return problems;
    }
}
