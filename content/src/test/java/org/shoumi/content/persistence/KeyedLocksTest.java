package org.shoumi.content.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeyedLocksTest {

    @Test
    void callsForOneKeyRunOneAfterTheOther() throws Exception {
        KeyedLocks locks = new KeyedLocks(16, 10_000);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            runs.add(pool.submit(() -> {
                go.await();
                return locks.run("SM002\nANNUAL-2026", () -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    sleep(20);
                    inside.decrementAndGet();
                    return n;
                });
            }));
        }
        go.countDown();
        for (Future<Integer> run : runs) {
            run.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(1, most.get(), "never two at once");
        assertFalse(locks.busy("SM002\nANNUAL-2026"), "released after the work");
    }

    @Test
    void theLockIsReleasedWhenTheWorkFailsAndOtherKeysDoNotWait() throws Exception {
        KeyedLocks locks = new KeyedLocks(1024, 10_000);
        assertThrows(IllegalStateException.class, () -> locks.run("A", () -> {
            throw new IllegalStateException("refused");
        }));
        assertFalse(locks.busy("A"));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> locks.run("A", () -> {
            holding.countDown();
            await(release);
            return null;
        }));
        holder.start();
        assertTrue(holding.await(5, TimeUnit.SECONDS));
        assertTrue(locks.busy("A"));
        assertEquals("done", locks.run("B", () -> "done"), "another key's stripe is free");
        release.countDown();
        holder.join(5_000);
    }

    @Test
    void aCallThatWaitsTooLongGoesAhead() throws Exception {
        KeyedLocks locks = new KeyedLocks(1, 100);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> locks.run("A", () -> {
            holding.countDown();
            await(release);
            return null;
        }));
        holder.start();
        assertTrue(holding.await(5, TimeUnit.SECONDS));
        long began = System.nanoTime();
        assertEquals("went ahead", locks.run("A", () -> "went ahead"));
        assertTrue(System.nanoTime() - began >= TimeUnit.MILLISECONDS.toNanos(90), "it waited first");
        assertTrue(locks.busy("A"), "the holder still holds it: the late call did not release it");
        release.countDown();
        holder.join(5_000);
        assertThrows(IllegalArgumentException.class, () -> new KeyedLocks(3, 10));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
