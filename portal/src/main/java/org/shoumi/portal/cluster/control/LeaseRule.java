package org.shoumi.portal.cluster.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The rules of a lease, as plain functions of the lease row and the time: its holder renews it, anyone takes it
 * once it has expired (or when there is none), nobody else gets it. The database applies the same condition in
 * one conditional update ({@code where name = ? and (holder = ? or expires_at < ?)}), so of two nodes asking at
 * the same moment exactly one wins. A node holds the lease, as far as it itself is concerned, only until a safety
 * margin before the expiry it wrote, so it stops acting before anyone else may take over.
 */
public final class LeaseRule {

    /** What a node's request for a lease comes to. */
    public enum Decision {
        /** there is no lease row yet: insert one (a concurrent insert of another node wins instead) */
        CREATE,
        /** the node holds it: push the expiry on */
        RENEW,
        /** it expired: the node takes it over */
        TAKE_OVER,
        /** another node holds it and it has not expired */
        REFUSED
    }

    private LeaseRule() {
    }

    /** The decision for {@code node} at {@code now}, given the lease's current holder and expiry (null: no lease). */
    public static Decision decide(String holder, Instant expiresAt, String node, Instant now) {
        Objects.requireNonNull(node);
        if (holder == null) {
            return Decision.CREATE;
        }
        if (holder.equals(node)) {
            return Decision.RENEW;
        }
        return expiresAt.isBefore(now) ? Decision.TAKE_OVER : Decision.REFUSED;
    }

    /**
     * Checks a lease length and renewal interval: the holder renews at least twice per length (so one missed
     * renewal does not lose it), and a stopped holder is replaced within {@code length + renewEvery}.
     *
     * @throws IllegalArgumentException when the renewal is not at most half the length, or either is not positive
     */
    public static void check(Duration length, Duration renewEvery) {
        if (length.isNegative() || length.isZero() || renewEvery.isNegative() || renewEvery.isZero()) {
            throw new IllegalArgumentException("lease length and renewal interval must be positive");
        }
        if (renewEvery.multipliedBy(2).compareTo(length) > 0) {
            throw new IllegalArgumentException("the lease must be renewed at least twice per length: renew every "
                    + renewEvery.toSeconds() + " s, length " + length.toSeconds() + " s");
        }
    }

    /** At most how long after its holder stops a lease is taken by another node that asks every {@code renewEvery}. */
    public static Duration worstTakeover(Duration length, Duration renewEvery) {
        return length.plus(renewEvery);
    }

    /**
     * Until when a node that wrote {@code expiresAt} may act as the holder: a margin of a renewal interval (at most
     * a fifth of the length) before the expiry, so that its clock and the others' may differ a little.
     */
    public static Instant actUntil(Instant expiresAt, Duration length, Duration renewEvery) {
        Duration margin = renewEvery.compareTo(length.dividedBy(5)) < 0 ? renewEvery : length.dividedBy(5);
        return expiresAt.minus(margin);
    }

    /** Whether a heartbeat written at {@code beat} is stale at {@code now}: its node is taken to have stopped. */
    public static boolean stale(Instant beat, Instant now, Duration staleAfter) {
        return beat.plus(staleAfter).isBefore(now);
    }
}
