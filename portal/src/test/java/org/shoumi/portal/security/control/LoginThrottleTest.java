package org.shoumi.portal.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final Instant t0 = Instant.parse("2026-12-03T02:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15));

    @Test
    void fiveFailuresFromOneAddressStopThatAddressNotTheOwnersComputer() {
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.admit("li", "10.0.0.66", t0.plusSeconds(i)), "try " + (i + 1));
        }
        assertFalse(throttle.admit("li", "10.0.0.66", t0.plusSeconds(10)), "the sixth guess is not even checked");
        assertTrue(throttle.admit("li", "10.0.0.7", t0.plusSeconds(11)), "li at her own computer still logs in");
        assertEquals(t0.plus(Duration.ofMinutes(15)), throttle.openAgainAt("li", "10.0.0.66", t0.plusSeconds(20)));
        assertTrue(throttle.admit("li", "10.0.0.66", t0.plus(Duration.ofMinutes(15)).plusSeconds(1)),
                "after the window the address may try again");
    }

    @Test
    void oneAddressCannotGoOnGuessingAcrossManyLogins() {
        for (int i = 0; i < 20; i++) {
            assertTrue(throttle.admit("user" + i, "10.0.0.66", t0.plusSeconds(i)));
        }
        assertFalse(throttle.admit("user99", "10.0.0.66", t0.plusSeconds(30)), "twenty failures stop the address");
        assertTrue(throttle.admit("user99", "10.0.0.8", t0.plusSeconds(30)), "other addresses are not affected");
    }

    @Test
    void aSuccessIsNotAFailureAndStartsThePairAfresh() {
        for (int i = 0; i < 4; i++) {
            throttle.admit("wang", "10.0.0.9", t0);
        }
        assertTrue(throttle.admit("wang", "10.0.0.9", t0));
        throttle.succeeded("wang", "10.0.0.9");
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.admit("wang", "10.0.0.9", t0.plusSeconds(1)), "counting starts afresh " + i);
        }
    }

    @Test
    void parallelGuessesAreCountedBeforeTheyAreChecked() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        AtomicInteger admitted = new AtomicInteger();
        List<Future<?>> tries = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            tries.add(pool.submit(() -> {
                if (throttle.admit("zhao", "10.0.0.66", t0)) {
                    admitted.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : tries) {
            f.get();
        }
        pool.shutdown();
        assertEquals(5, admitted.get(), "64 parallel guesses, five checked");
    }

    /** A directory that did not answer: the try counts neither way, so an outage stops nobody's next tries. */
    @Test
    void anUndecidedTryIsNotCountedAsAFailure() {
        for (int i = 0; i < 10; i++) {
            assertTrue(throttle.admit("li", "10.0.0.66", t0.plusSeconds(i)), "try " + (i + 1));
            throttle.undecided("li", "10.0.0.66");
        }
        for (int i = 0; i < 4; i++) {
            assertTrue(throttle.admit("li", "10.0.0.66", t0.plusSeconds(20 + i)));
        }
        assertTrue(throttle.admit("li", "10.0.0.66", t0.plusSeconds(30)), "the fifth real failure is still admitted");
        assertFalse(throttle.admit("li", "10.0.0.66", t0.plusSeconds(31)), "the sixth is not");
    }
}
