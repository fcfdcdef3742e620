package org.shoumi.portal.security.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Failed logins per client address, kept in memory for a window (the lockout time), so that guessing is slowed
 * where it comes from instead of by locking the account for everybody:
 * <ul>
 * <li>an address that failed {@code perAccount} times for one login may not try that login again until the
 * window has passed (the person at their own computer can still log in);</li>
 * <li>an address that failed {@code perAddress} times, for any logins, may not try any login for the window.</li>
 * </ul>
 * A try is counted when it is admitted, before the password is checked, and taken back when it succeeds: parallel
 * guesses cannot slip through while the slow password hash of the first is still being computed. Thread-safe;
 * one instance per server.
 */
public final class LoginThrottle {

    /** Beyond this many remembered keys the expired ones are dropped (a scan of random names cannot fill memory). */
    static final int PRUNE_ABOVE = 50_000;

    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final Map<String, Deque<Instant>> byAddress = new HashMap<>();
    private final Map<String, Deque<Instant>> byAccountAndAddress = new HashMap<>();

    public LoginThrottle(int perAccount, int perAddress, Duration window) {
        if (perAccount < 1 || perAddress < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limits must be at least 1 and the window positive");
        }
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    /**
     * Whether this address may try this login now; when it may, the try is counted as a failure until
     * {@link #succeeded} takes it back.
     */
    public synchronized boolean admit(String username, String address, Instant now) {
        if (byAddress.size() + byAccountAndAddress.size() > PRUNE_ABOVE) {
            prune(byAddress, now);
            prune(byAccountAndAddress, now);
        }
        Deque<Instant> fromAddress = recent(byAddress, address, now);
        Deque<Instant> forAccount = recent(byAccountAndAddress, key(username, address), now);
        if (fromAddress.size() >= perAddress || forAccount.size() >= perAccount) {
            return false;
        }
        fromAddress.addLast(now);
        forAccount.addLast(now);
        return true;
    }

    /** The admitted try succeeded: it is not a failure, and this address starts afresh for this login. */
    public synchronized void succeeded(String username, String address) {
        Deque<Instant> fromAddress = byAddress.get(address);
        if (fromAddress != null && !fromAddress.isEmpty()) {
            fromAddress.removeLast();
        }
        byAccountAndAddress.remove(key(username, address));
    }

    /**
     * The admitted try could not be decided (the directory did not answer): it counts neither as a failure nor as
     * a success, so an outage does not stop anybody's next try.
     */
    public synchronized void undecided(String username, String address) {
        Deque<Instant> fromAddress = byAddress.get(address);
        if (fromAddress != null && !fromAddress.isEmpty()) {
            fromAddress.removeLast();
        }
        Deque<Instant> forAccount = byAccountAndAddress.get(key(username, address));
        if (forAccount != null && !forAccount.isEmpty()) {
            forAccount.removeLast();
        }
    }

    /** When this address may try this login again; now when it may already. */
    public synchronized Instant openAgainAt(String username, String address, Instant now) {
        Instant at = now;
        Deque<Instant> fromAddress = recent(byAddress, address, now);
        if (fromAddress.size() >= perAddress) {
            at = later(at, fromAddress.peekFirst().plus(window));
        }
        Deque<Instant> forAccount = recent(byAccountAndAddress, key(username, address), now);
        if (forAccount.size() >= perAccount) {
            at = later(at, forAccount.peekFirst().plus(window));
        }
        return at;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String key(String username, String address) {
        return username + '\u0000' + address;
    }

    private Deque<Instant> recent(Map<String, Deque<Instant>> map, String key, Instant now) {
        Deque<Instant> times = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant from = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(from)) {
            times.removeFirst();
        }
        return times;
    }

    private void prune(Map<String, Deque<Instant>> map, Instant now) {
        Instant from = now.minus(window);
        map.values().removeIf(times -> times.isEmpty() || !times.peekLast().isAfter(from));
    }
}
