package org.shoumi.content.persistence;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs work for one key (a person and what they start) one call at a time in this server, so that a double click,
 * two tabs or a script sending the same start twice at once do not both reach the database: the second call waits
 * for the first, whose transaction must have committed when its work returns, and then finds what the first made.
 * The database's unique keys stay the guard between servers of a cluster; there a lost race is a rare fault that
 * the caller's retry absorbs. Keys share a fixed number of locks (stripes), so unrelated keys may wait on each other
 * briefly but the memory used does not grow with the number of people. A call that waits longer than the timeout
 * goes ahead unserialised rather than hanging the request.
 */
public final class KeyedLocks {

    private final ReentrantLock[] stripes;
    private final long waitMillis;

    /** {@code stripes} locks (a power of two), a caller waiting at most {@code waitMillis} for its turn. */
    public KeyedLocks(int stripes, long waitMillis) {
        if (Integer.bitCount(stripes) != 1) {
            throw new IllegalArgumentException("stripes must be a power of two: " + stripes);
        }
        this.stripes = new ReentrantLock[stripes];
        for (int i = 0; i < stripes; i++) {
            this.stripes[i] = new ReentrantLock();
        }
        this.waitMillis = waitMillis;
    }

    /** Runs {@code work} holding the lock of {@code key}; the work must commit its own transaction. */
    public <T> T run(String key, Supplier<T> work) {
        ReentrantLock lock = stripes[spread(key.hashCode()) & (stripes.length - 1)];
        boolean held = false;
        try {
            held = lock.tryLock(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            return work.get();
        } finally {
            if (held) {
                lock.unlock();
            }
        }
    }

    /** Whether a call for {@code key} holds its lock now (for tests). */
    boolean busy(String key) {
        return stripes[spread(key.hashCode()) & (stripes.length - 1)].isLocked();
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
