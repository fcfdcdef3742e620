package org.shoumi.portal.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    @Test
    void locksAtTheConfiguredNumberOfFailures() {
        LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15));
        assertFalse(policy.locksAfter(4));
        assertTrue(policy.locksAfter(5));
        assertTrue(policy.locksAfter(6));
    }

    @Test
    void lockLastsTheConfiguredDuration() {
        LockoutPolicy policy = new LockoutPolicy(3, Duration.ofMinutes(30));
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(Instant.parse("2026-01-01T00:30:00Z"), policy.lockedUntil(at));
    }

    @Test
    void refusesNonsenseConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, null));
    }
}
