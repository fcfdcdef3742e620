package org.shoumi.portal.api.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Wrong API tokens per client address, counted over a window: an address that sent {@code maxFailures} wrong tokens
 * within the window is stopped until the oldest of them is older than the window, for every token it sends, the
 * right one included (else a guesser would still learn when a guess is right). Without it 300 wrong tokens in 13 s
 * were each answered 401 and the right token worked straight afterwards (outside check). A caller logged in through
 * the pages sends no token and is never stopped here. Kept in memory, per server (each node of a cluster counts its
 * own); at most {@link #MAX_ADDRESSES} addresses are remembered, the stale ones dropped first. Thread-safe. Plain
 * Java.
 */
public final class TokenThrottle {

    /** How many addresses with recent wrong tokens are remembered at most (a scan from many addresses). */
    static final int MAX_ADDRESSES = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    public TokenThrottle(int maxFailures, Duration window) {
        if (maxFailures < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the limit must be at least 1 and the window positive");
        }
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Until when this address is stopped; empty when it may send a token now. */
    public synchronized Optional<Instant> stoppedUntil(String address, Instant now) {
        Deque<Instant> recent = recent(address, now);
        if (recent == null || recent.size() < maxFailures) {
            return Optional.empty();
        }
        return Optional.of(recent.peekFirst().plus(window));
    }

    /**
     * Counts a wrong token from this address.
     *
     * @return whether this one stopped the address (the limit reached just now)
     */
    public synchronized boolean failed(String address, Instant now) {
        Deque<Instant> recent = recent(address, now);
        if (recent == null) {
            if (failures.size() >= MAX_ADDRESSES) {
                dropStale(now);
            }
            if (failures.size() >= MAX_ADDRESSES) {
                // still full: the address with the oldest last failure makes room
                failures.entrySet().stream().min(java.util.Comparator.comparing(e -> e.getValue().peekLast()))
                        .ifPresent(e -> failures.remove(e.getKey()));
            }
            recent = new ArrayDeque<>();
            failures.put(address, recent);
        }
        recent.addLast(now);
        while (recent.size() > maxFailures) {
            recent.removeFirst();
        }
        return recent.size() == maxFailures;
    }

    /** Forgets the wrong tokens of this address (an operator lets it in again; tests). */
    public synchronized void forget(String address) {
        failures.remove(address);
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration window() {
        return window;
    }

    /** The failures of this address still within the window (the older ones dropped), or null when none. */
    private Deque<Instant> recent(String address, Instant now) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return null;
        }
        Instant after = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(after)) {
            recent.removeFirst();
        }
        if (recent.isEmpty()) {
            failures.remove(address);
            return null;
        }
        return recent;
    }

    private void dropStale(Instant now) {
        Instant after = now.minus(window);
        failures.values().removeIf(d -> d.isEmpty() || !d.peekLast().isAfter(after));
    }
}
