package org.shoumi.portal.cluster.boundary;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shoumi.portal.cluster.entity.TrackedTask;

/**
 * What one long task of this node writes to its {@link TrackedTasks} record while it runs: its progress (at most
 * once a second) and how it ended. Best effort: the record is what other nodes' pages show, so a failure to write
 * it is logged and never stops the task itself.
 */
public final class TaskRecord {

    private static final Logger LOG = Logger.getLogger(TaskRecord.class.getName());

    private final TrackedTasks tasks;
    private final String id;
    private final String what;
    private Instant written;

    /** For task {@code id}, named in log lines as {@code what} (e.g. "roster import"). */
    public TaskRecord(TrackedTasks tasks, String id, String what) {
        this.tasks = tasks;
        this.id = id;
        this.what = what;
    }

    /** The progress so far (written when the last write is a second old). */
    public void progress(long done, long total) {
        try {
            written = tasks.progress(id, done, total, written, false);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "could not record the progress of " + what + " " + id, e);
        }
    }

    /** The final progress and how the task ended. */
    public void ended(long done, long total, TrackedTask.State state) {
        try {
            tasks.progress(id, done, total, null, true);
            tasks.ended(id, state);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the end of " + what + " " + id, e);
        }
    }
}
