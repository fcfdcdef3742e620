package org.shoumi.portal.employees.boundary;

import java.time.Instant;
import java.util.List;
import org.shoumi.portal.cluster.boundary.TrackedJob;
import org.shoumi.portal.cluster.entity.TrackedTask;
import org.shoumi.portal.employees.control.RosterProblem;

/**
 * One roster import running on the managed executor: how far it has got (rows written out of all), and how it
 * ended. Read by the page that started it while the import's own transaction is still open. On a cluster, a page
 * served by another node sees a copy made from the database record ({@link #elsewhere()}): progress and state, but
 * not the detail (the first passwords, the problems), which only the node that ran it holds; and
 * {@link TrackedTask.State#LOST} when that node stopped before the import ended (its transaction never committed,
 * so nothing was stored).
 */
public final class RosterImportJob extends TrackedJob {

    private final Instant started;
    private volatile RosterImportOutcome outcome;
    private volatile List<RosterProblem> problems = List.of();

    RosterImportJob(String id, String owner, Instant started) {
        this(id, owner, started, null);
    }

    private RosterImportJob(String id, String owner, Instant started, String elsewhere) {
        super(id, owner, elsewhere);
        this.started = started;
    }

    /** A copy of a job another node runs (or ran), as its database record tells. */
    static RosterImportJob elsewhere(String id, String owner, Instant started, String node, TrackedTask.State state,
                                     long doneRows, long totalRows, Instant ended) {
        RosterImportJob job = new RosterImportJob(id, owner, started, node);
        job.copied(state, doneRows, totalRows, ended);
        return job;
    }

    void rows(int doneRows, int totalRows) {
        count(doneRows, totalRows);
    }

    void finished(RosterImportOutcome result, Instant at) {
        outcome = result;
        end(TrackedTask.State.DONE, at);
    }

    void refused(List<RosterProblem> found, Instant at) {
        problems = List.copyOf(found);
        end(TrackedTask.State.REFUSED, at);
    }

    void failed(Instant at) {
        end(TrackedTask.State.FAILED, at);
    }

    /** When it was started. */
    public Instant started() {
        return started;
    }

    /**
     * Per cent done: rows written, up to 99 while the transaction has yet to commit, 100 once it ended (in
     * whatever way).
     */
    public int percent() {
        if (!running()) {
            return 100;
        }
        int all = totalRows();
        return all == 0 ? 0 : Math.min(99, doneRows() * 100 / all);
    }

    public int doneRows() {
        return (int) done();
    }

    public int totalRows() {
        return (int) total();
    }

    /** The result, once {@link TrackedTask.State#DONE}. */
    public RosterImportOutcome outcome() {
        return outcome;
    }

    /** The problems found at import time, once {@link TrackedTask.State#REFUSED}. */
    public List<RosterProblem> problems() {
        return problems;
    }
}
