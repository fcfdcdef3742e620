package org.shoumi.portal.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Wrong API tokens per address: 300 in 13 s were each answered 401, and the right one worked straight after. */
class TokenThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Test
    void anAddressIsStoppedAtTheLimitUntilItsOldestWrongTokenLeavesTheWindow() {
        TokenThrottle throttle = new TokenThrottle(3, WINDOW);
        assertFalse(throttle.failed("10.0.0.7", T0));
        assertFalse(throttle.failed("10.0.0.7", T0.plusSeconds(10)));
        assertEquals(Optional.empty(), throttle.stoppedUntil("10.0.0.7", T0.plusSeconds(11)), "below the limit");
        assertTrue(throttle.failed("10.0.0.7", T0.plusSeconds(20)), "the third stops it");
        assertEquals(Optional.of(T0.plus(WINDOW)), throttle.stoppedUntil("10.0.0.7", T0.plusSeconds(21)));
        assertEquals(Optional.empty(), throttle.stoppedUntil("10.0.0.8", T0.plusSeconds(21)), "another address");
        assertEquals(Optional.empty(), throttle.stoppedUntil("10.0.0.7", T0.plus(WINDOW)),
                "the oldest no longer counts");
    }

    @Test
    void wrongTokensSpreadWiderThanTheWindowNeverStop() {
        TokenThrottle throttle = new TokenThrottle(2, WINDOW);
        assertFalse(throttle.failed("10.0.0.7", T0));
        assertFalse(throttle.failed("10.0.0.7", T0.plus(WINDOW).plusSeconds(1)));
        assertEquals(Optional.empty(), throttle.stoppedUntil("10.0.0.7", T0.plus(WINDOW).plusSeconds(2)));
    }

    @Test
    void aForgottenAddressStartsAfresh() {
        TokenThrottle throttle = new TokenThrottle(1, WINDOW);
        assertTrue(throttle.failed("10.0.0.7", T0));
        assertTrue(throttle.stoppedUntil("10.0.0.7", T0).isPresent());
        throttle.forget("10.0.0.7");
        assertEquals(Optional.empty(), throttle.stoppedUntil("10.0.0.7", T0));
    }

    @Test
    void manyAddressesAreRememberedUpToTheCap() {
        TokenThrottle throttle = new TokenThrottle(1, WINDOW);
        for (int i = 0; i <= TokenThrottle.MAX_ADDRESSES; i++) {
            throttle.failed("a" + i, T0.plusMillis(i));
        }
        Instant later = T0.plusSeconds(100);
        assertTrue(throttle.stoppedUntil("a" + TokenThrottle.MAX_ADDRESSES, later).isPresent(), "the newest");
        assertTrue(throttle.stoppedUntil("a1", later).isPresent());
        assertEquals(Optional.empty(), throttle.stoppedUntil("a0", later), "the oldest made room");
    }

    @Test
    void limitsMustMakeSense() {
        assertThrows(IllegalArgumentException.class, () -> new TokenThrottle(0, WINDOW));
        assertThrows(IllegalArgumentException.class, () -> new TokenThrottle(1, Duration.ZERO));
    }
}
