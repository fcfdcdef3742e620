package org.shoumi.portal.security.control;

import java.time.Duration;
import java.time.Instant;

/**
 * How many wrong passwords in a row lock an account, and for how long.
 * Plain values in, plain answers out; the configuration is read by the boundary.
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, was " + maxFailures);
        }
        if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive, was " + lockDuration);
        }
    }

    /** Whether this many consecutive failures lock the account. */
    public boolean locksAfter(int consecutiveFailures) {
        return consecutiveFailures >= maxFailures;
    }

    public Instant lockedUntil(Instant lockedAt) {
        return lockedAt.plus(lockDuration);
    }
}
