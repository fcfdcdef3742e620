package org.shoumi.portal.security.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Wrong guesses sent at once, for the throttle's tests on one node and on two: each admitted one fails after a while
 * (the password check takes a while, and the tries fail in any order) and asks whether it started a stop.
 */
public final class ParallelGuesses {

    private ParallelGuesses() {
    }

    /**
     * {@code n} guesses from {@code address} at {@code at}, guess {@code i} for login {@code name(i)} sent to
     * {@code node(i)}, on {@code threads} threads: how many started the login's stop and how many the address's.
     */
    public static List<Integer> stops(IntFunction<LoginThrottle> node, int n, IntFunction<String> name, String address,
                                      Instant at, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger loginStops = new AtomicInteger();
        AtomicInteger addressStops = new AtomicInteger();
        List<Future<?>> guesses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LoginThrottle throttle = node.apply(i);
            String login = name.apply(i);
            guesses.add(pool.submit(() -> {
                go.await();
                OptionalLong id = throttle.admit(login, address, at);
                if (id.isPresent()) {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(20));
                    LoginThrottle.Started started = throttle.started(id.getAsLong(), login, address, at);
                    if (started.login()) {
                        loginStops.incrementAndGet();
                    }
                    if (started.address()) {
                        addressStops.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        go.countDown();
        try {
            for (Future<?> g : guesses) {
                g.get();
            }
        } finally {
            pool.shutdown();
        }
        return List.of(loginStops.get(), addressStops.get());
    }
}
