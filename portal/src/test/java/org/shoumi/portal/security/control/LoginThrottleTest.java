package org.shoumi.portal.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The throttle's rule over a store in memory that behaves like the table (each change visible at once, ids
 * growing); {@code security.boundary.LoginTriesTest} runs the same rule on the table, with two nodes.
 */
class LoginThrottleTest {

    private final Instant t0 = Instant.parse("2026-12-03T02:00:00Z");
    private final MemoryTries tries = new MemoryTries();
    private final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15), tries);

    @Test
    void fiveFailuresFromOneAddressStopThatAddressNotTheOwnersComputer() {
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.admit("li", "10.0.0.66", t0.plusSeconds(i)).isPresent(), "try " + (i + 1));
        }
        assertFalse(throttle.admit("li", "10.0.0.66", t0.plusSeconds(10)).isPresent(), "the sixth guess is not even checked");
        assertTrue(throttle.admit("li", "10.0.0.7", t0.plusSeconds(11)).isPresent(), "li at her own computer still logs in");
        assertEquals(t0.plus(Duration.ofMinutes(15)), throttle.openAgainAt("li", "10.0.0.66", t0.plusSeconds(20)));
        assertTrue(throttle.admit("li", "10.0.0.66", t0.plus(Duration.ofMinutes(15)).plusSeconds(1)).isPresent(),
                "after the window the address may try again");
    }

    @Test
    void oneAddressCannotGoOnGuessingAcrossManyLogins() {
        for (int i = 0; i < 20; i++) {
            assertTrue(throttle.admit("user" + i, "10.0.0.66", t0.plusSeconds(i)).isPresent());
        }
        assertFalse(throttle.admit("user99", "10.0.0.66", t0.plusSeconds(30)).isPresent(), "twenty failures stop the address");
        assertTrue(throttle.admit("user99", "10.0.0.8", t0.plusSeconds(30)).isPresent(), "other addresses are not affected");
        // the page says the address is stopped, for every name alike
        assertTrue(throttle.addressStopped("10.0.0.66", t0.plusSeconds(31)));
        assertFalse(throttle.addressStopped("10.0.0.8", t0.plusSeconds(31)));
        assertFalse(throttle.addressStopped("10.0.0.66", t0.plus(Duration.ofMinutes(15))), "after the window");
    }

    /**
     * Found by an outside check: no lock was recorded where an auditor could read it. The failed try that brings a
     * login's failures from an address to the limit starts that stop, the one that brings the address's to its
     * limit starts the address's; no other try does, and the tries refused during a stop are not counted.
     */
    @Test
    void theTryThatReachesALimitStartsTheStopAndNoOtherDoes() {
        for (int i = 0; i < 4; i++) {
            long id = throttle.admit("li", "10.0.0.66", t0.plusSeconds(i)).orElseThrow();
            assertEquals(new LoginThrottle.Started(false, false), throttle.started(id, "li", "10.0.0.66",
                    t0.plusSeconds(i)));
        }
        long fifth = throttle.admit("li", "10.0.0.66", t0.plusSeconds(4)).orElseThrow();
        assertEquals(new LoginThrottle.Started(true, false), throttle.started(fifth, "li", "10.0.0.66",
                t0.plusSeconds(4)));
        assertTrue(throttle.admit("li", "10.0.0.66", t0.plusSeconds(5)).isEmpty(), "refused, not counted");
        long last = 0;
        for (int i = 0; i < 15; i++) {
            last = throttle.admit("user" + i, "10.0.0.66", t0.plusSeconds(10 + i)).orElseThrow();
        }
        assertEquals(new LoginThrottle.Started(false, true), throttle.started(last, "user14", "10.0.0.66",
                t0.plusSeconds(24)), "the twentieth failure from the address starts its stop");
        assertEquals(new LoginThrottle.Started(true, false), throttle.started(fifth, "li", "10.0.0.66",
                t0.plusSeconds(25)), "the fifth of the login is still the one that started its stop");
    }

    /**
     * Found by an outside check: five parallel wrong guesses recorded one stop up to three times, because each try
     * that failed after the fifth had been admitted counted five tries. Decided by each try's rank, exactly one of
     * the admitted tries starts the login's stop, whatever the order in which they fail.
     */
    @RepeatedTest(5)
    void parallelGuessesOnOneLoginStartItsStopOnce() throws Exception {
        assertEquals(List.of(1, 0), parallelStops(24, i -> "officer", "10.0.2.2"), "one stop, started by one try");
        assertEquals(5, tries.size(), "five tries checked");
    }

    /** The same for the address: parallel guesses on many names stop it once. */
    @RepeatedTest(5)
    void parallelGuessesOnManyNamesStartTheAddresssStopOnce() throws Exception {
        assertEquals(List.of(0, 1), parallelStops(48, i -> "random" + i, "10.0.1.6"), "one stop of the address");
        assertEquals(20, tries.size(), "twenty tries checked");
    }

    /** {@code n} guesses from one address sent at once: how many started the login's stop and how many the address's. */
    private List<Integer> parallelStops(int n, java.util.function.IntFunction<String> name, String address)
            throws Exception {
        return ParallelGuesses.stops(i -> throttle, n, name, address, t0, 16);
    }

    @Test
    void aLoginStoppedFromOneAddressIsNoAddressStop() {
        for (int i = 0; i < 5; i++) {
            throttle.admit("li", "10.0.0.66", t0.plusSeconds(i)).isPresent();
        }
        assertFalse(throttle.admit("li", "10.0.0.66", t0.plusSeconds(10)).isPresent());
        assertFalse(throttle.addressStopped("10.0.0.66", t0.plusSeconds(10)), "answered as a wrong password");
    }

    @Test
    void aSuccessIsNotAFailureAndStartsThePairAfresh() {
        for (int i = 0; i < 4; i++) {
            throttle.admit("wang", "10.0.0.9", t0).isPresent();
        }
        assertTrue(throttle.admit("wang", "10.0.0.9", t0).isPresent());
        throttle.succeeded("wang", "10.0.0.9");
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.admit("wang", "10.0.0.9", t0.plusSeconds(1)).isPresent(), "counting starts afresh " + i);
        }
    }

    @RepeatedTest(5)
    void parallelGuessesAreCountedBeforeTheyAreChecked() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        AtomicInteger admitted = new AtomicInteger();
        List<Future<?>> tries = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            tries.add(pool.submit(() -> {
                if (throttle.admit("zhao", "10.0.0.66", t0).isPresent()) {
                    admitted.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : tries) {
            f.get();
        }
        pool.shutdown();
        assertEquals(5, admitted.get(), "64 parallel guesses, five checked");
        assertEquals(5, this.tries.size(), "the refused guesses are not kept");
    }

    @Test
    void aScanOfRandomNamesKeepsNoMoreThanTheLimitOfTries() {
        int admitted = 0;
        for (int i = 0; i < 500; i++) {
            if (throttle.admit("random" + i, "10.0.0.66", t0.plusMillis(i)).isPresent()) {
                admitted++;
            }
        }
        assertEquals(20, admitted);
        assertEquals(20, tries.size(), "refused tries are taken back at once");
    }

    @Test
    void theAddressOpensAgainWhenItsOldestCountedTryLeavesTheWindow() {
        for (int i = 0; i < 20; i++) {
            assertTrue(throttle.admit("user" + i, "10.0.0.66", t0.plusSeconds(i)).isPresent());
        }
        assertEquals(t0.plus(Duration.ofMinutes(15)), throttle.openAgainAt("anyone", "10.0.0.66", t0.plusSeconds(60)));
        assertEquals(t0.plusSeconds(61), throttle.openAgainAt("anyone", "10.0.0.7", t0.plusSeconds(61)),
                "another address may try now");
    }

    @Test
    void rejectsNonsensicalLimits() {
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(0, 20, Duration.ofMinutes(1), tries));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(5, 20, Duration.ZERO, tries));
        assertThrows(IllegalArgumentException.class, () -> new LoginThrottle(5, 20, Duration.ofMinutes(1), null));
    }

    /** A directory that did not answer: the try counts neither way, so an outage stops nobody's next tries. */
    @Test
    void anUndecidedTryIsNotCountedAsAFailure() {
        for (int i = 0; i < 10; i++) {
            assertTrue(throttle.admit("li", "10.0.0.66", t0.plusSeconds(i)).isPresent(), "try " + (i + 1));
            throttle.undecided("li", "10.0.0.66");
        }
        for (int i = 0; i < 4; i++) {
            assertTrue(throttle.admit("li", "10.0.0.66", t0.plusSeconds(20 + i)).isPresent());
        }
        assertTrue(throttle.admit("li", "10.0.0.66", t0.plusSeconds(30)).isPresent(), "the fifth real failure is still admitted");
        assertFalse(throttle.admit("li", "10.0.0.66", t0.plusSeconds(31)).isPresent(), "the sixth is not");
    }

    /**
     * Derby refused the try's insert for contention on the identity column (seen when several people logged in at
     * once right after a start): the insert is made again, the login goes ahead and counts once. A refusal that is
     * no such passing conflict is passed on.
     */
    @Test
    void anInsertRefusedForAPassingConflictIsMadeAgain() {
        AtomicInteger refusals = new AtomicInteger(1);
        LoginThrottle.Tries busy = new MemoryTries() {
            @Override
            public synchronized long add(String username, String address, Instant at) {
                if (refusals.getAndDecrement() > 0) {
                    throw new IllegalStateException("insert rolled back", new java.sql.SQLTransactionRollbackException(
                            "A lock could not be obtained within the time requested", "40XL1"));
                }
                return super.add(username, address, at);
            }
        };
        LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(15), busy);
        assertTrue(throttle.admit("li", "10.0.0.66", t0).isPresent());
        assertEquals(1, ((MemoryTries) busy).size(), "counted once");

        LoginThrottle broken = new LoginThrottle(5, 20, Duration.ofMinutes(15), new MemoryTries() {
            @Override
            public synchronized long add(String username, String address, Instant at) {
                throw new IllegalStateException("disk full");
            }
        });
        assertThrows(IllegalStateException.class, () -> broken.admit("li", "10.0.0.66", t0).isPresent());
    }

    /** The table in memory: one entry per try, ids growing, every change seen at once by every thread. */
    static class MemoryTries implements LoginThrottle.Tries {

        private record Try(long id, String username, String address, Instant at) {
        }

        private final List<Try> rows = new ArrayList<>();
        private long next = 1;

        synchronized int size() {
            return rows.size();
        }

        @Override
        public synchronized long add(String username, String address, Instant at) {
            rows.add(new Try(next, username, address, at));
            return next++;
        }

        @Override
        public synchronized LoginThrottle.Span fromAddress(String address, Instant after) {
            return span(rows.stream().filter(t -> t.address().equals(address) && t.at().isAfter(after)).toList());
        }

        @Override
        public synchronized LoginThrottle.Span forLogin(String username, String address, Instant after) {
            return span(rows.stream().filter(t -> t.address().equals(address) && t.username().equals(username)
                    && t.at().isAfter(after)).toList());
        }

        @Override
        public synchronized long fromAddressUpTo(long id, String address, Instant after) {
            return rows.stream().filter(t -> t.address().equals(address) && t.at().isAfter(after) && t.id() <= id)
                    .count();
        }

        @Override
        public synchronized long forLoginUpTo(long id, String username, String address, Instant after) {
            return rows.stream().filter(t -> t.address().equals(address) && t.username().equals(username)
                    && t.at().isAfter(after) && t.id() <= id).count();
        }

        private static LoginThrottle.Span span(List<Try> tries) {
            return new LoginThrottle.Span(tries.size(), tries.stream().map(Try::at).min(Instant::compareTo));
        }

        @Override
        public synchronized void remove(long id) {
            rows.removeIf(t -> t.id() == id);
        }

        @Override
        public synchronized void removeNewest(String username, String address) {
            rows.stream().filter(t -> t.username().equals(username) && t.address().equals(address))
                    .mapToLong(Try::id).max().ifPresent(this::remove);
        }

        @Override
        public synchronized void removeAll(String username, String address) {
            rows.removeIf(t -> t.username().equals(username) && t.address().equals(address));
        }
    }
}
