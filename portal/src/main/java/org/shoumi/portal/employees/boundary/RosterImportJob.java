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
    private volatile Failure failure;

    /**
     * Why an import failed ({@link TrackedTask.State#FAILED}; nothing was stored): HR was told only "导入失败" and could
     * not tell a file too large for the time allowed from a login taken meanwhile or a fault of the server (left by
     * an outside check).
     *
     * @param kind what failed
     * @param refusal for {@link Kind#REFUSED}, the refusal a boundary gave while writing (a login taken since the
     *     check); null otherwise
     * @param timeoutSeconds the time an import is allowed, for {@link Kind#TIMED_OUT}
     */
    public record Failure(Kind kind, HireRefusedException refusal, int timeoutSeconds) {

        /** What failed. */
        public enum Kind {
            /** It ran longer than the time allowed and was undone. */
            TIMED_OUT,
            /** Writing a row was refused (a login or staff number taken since the check). */
            REFUSED,
            /** Anything else: a fault of the server, in its log at the time the import ended. */
            UNEXPECTED
        }

        /**
         * The failure of an import that threw {@code thrown} after running {@code ran} of the {@code timeoutSeconds}
         * allowed: a refusal anywhere in its causes, else a time-out when the time allowed had passed (the transaction
         * manager then undoes the work, and the failure that follows names anything), else unexpected.
         */
        public static Failure of(Throwable thrown, java.time.Duration ran, int timeoutSeconds) {
            java.util.Optional<HireRefusedException> refused = org.shoumi.portal.shared.Causes.of(thrown)
                    .filter(HireRefusedException.class::isInstance).map(HireRefusedException.class::cast).findFirst();
            if (refused.isPresent()) {
                return new Failure(Kind.REFUSED, refused.get(), timeoutSeconds);
            }
            boolean late = timeoutSeconds > 0 && ran.compareTo(java.time.Duration.ofSeconds(timeoutSeconds)) >= 0;
            return new Failure(late ? Kind.TIMED_OUT : Kind.UNEXPECTED, null, timeoutSeconds);
        }
    }

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

    void failed(Failure why, Instant at) {
        failure = why;
        end(TrackedTask.State.FAILED, at);
    }

    /** Why it failed, once {@link TrackedTask.State#FAILED} on this node; null otherwise. */
    public Failure failure() {
        return failure;
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
