package org.shoumi.portal.shared;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work handed over to be done in the background, one item after the other, in the order given (mails, chat
 * notices): the caller (a page, a daily run) does not wait for a slow server at the other end. At most one task of
 * the executor works the backlog at a time. When the executor refuses (the server is stopping), the caller does
 * the work itself rather than not at all. Items still waiting when the server stops are lost.
 */
public final class Backlog<T> {

    private static final Logger LOG = Logger.getLogger(Backlog.class.getName());

    private final Queue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean working = new AtomicBoolean();
    private final Consumer<T> work;

    /** {@code work} must not throw: it logs its own failures. */
    public Backlog(Consumer<T> work) {
        this.work = work;
    }

    public void add(T item, Executor executor) {
        queue.add(item);
        drain(executor);
    }

    private void drain(Executor executor) {
        if (!working.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    workAll();
                } finally {
                    working.set(false);
                }
                if (!queue.isEmpty()) {
                    drain(executor); // added after the last poll
                }
            });
        } catch (RuntimeException e) {
            working.set(false);
            LOG.log(Level.FINE, "The backlog is worked by the caller", e);
            workAll();
        }
    }

    private void workAll() {
        for (T next = queue.poll(); next != null; next = queue.poll()) {
            work.accept(next);
        }
    }
}
