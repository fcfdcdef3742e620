package org.shoumi.portal.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The lease rules with a clock the test moves: a holder renews, another node is refused until the expiry and takes
 * over after it, a stopped holder is replaced within the promised minute; and when a daily job is due.
 */
class LeaseRuleTest {

    private static final Duration LENGTH = Duration.ofSeconds(40);
    private static final Duration RENEW = Duration.ofSeconds(10);

    /** A lease row as the database would hold it, changed only through the rule (what the conditional update does). */
    private static final class Row {
        String holder;
        Instant expires;

        boolean ask(String node, Clock clock) {
            Instant now = clock.instant();
            LeaseRule.Decision d = LeaseRule.decide(holder, expires, node, now);
            if (d == LeaseRule.Decision.REFUSED) {
                return false;
            }
            holder = node;
            expires = now.plus(LENGTH);
            return true;
        }
    }

    private static Clock at(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }

    @Test
    void theFirstNodeCreatesItTheHolderRenewsAndTheOtherIsRefusedUntilTheExpiry() {
        Instant t0 = Instant.parse("2026-12-03T08:00:00Z");
        Row row = new Row();
        assertEquals(LeaseRule.Decision.CREATE, LeaseRule.decide(null, null, "a", t0));
        assertTrue(row.ask("a", at(t0)));
        assertFalse(row.ask("b", at(t0)), "two holders at once: the second is refused");
        assertEquals(LeaseRule.Decision.RENEW, LeaseRule.decide(row.holder, row.expires, "a", t0.plusSeconds(10)));
        assertTrue(row.ask("a", at(t0.plusSeconds(10))));
        assertEquals(t0.plusSeconds(50), row.expires, "renewal pushes the expiry on");
        // b asks every 10 s: still refused at the old expiry (t0 + 40), since a renewed
        assertFalse(row.ask("b", at(t0.plusSeconds(40))));
        assertEquals("a", row.holder);
    }

    @Test
    void aStoppedHolderIsReplacedAfterTheExpiryAndWithinAMinute() {
        Instant t0 = Instant.parse("2026-12-03T08:00:00Z");
        Row row = new Row();
        assertTrue(row.ask("a", at(t0)));
        // a stops right after renewing; b asks every RENEW seconds, starting just after a's renewal
        Instant stopped = t0;
        Instant t = t0.plusMillis(1);
        while (!row.ask("b", at(t))) {
            assertEquals(LeaseRule.Decision.REFUSED, LeaseRule.decide(row.holder, row.expires, "b", t));
            t = t.plus(RENEW);
        }
        assertEquals("b", row.holder);
        assertTrue(Duration.between(stopped, t).compareTo(LENGTH) > 0, "not before the expiry");
        assertTrue(Duration.between(stopped, t).compareTo(LeaseRule.worstTakeover(LENGTH, RENEW)) <= 0);
        assertTrue(LeaseRule.worstTakeover(LENGTH, RENEW).compareTo(Duration.ofMinutes(1)) <= 0,
                "the defaults replace a stopped holder within one minute");
        // and a, back, is now refused
        assertFalse(row.ask("a", at(t.plusSeconds(1))));
    }

    @Test
    void exactlyAtTheExpiryTheLeaseIsStillTheHolders() {
        Instant expires = Instant.parse("2026-12-03T08:00:40Z");
        assertEquals(LeaseRule.Decision.REFUSED, LeaseRule.decide("a", expires, "b", expires));
        assertEquals(LeaseRule.Decision.TAKE_OVER, LeaseRule.decide("a", expires, "b", expires.plusMillis(1)));
    }

    @Test
    void theHolderStopsActingBeforeOthersMayTakeOver() {
        Instant expires = Instant.parse("2026-12-03T08:00:40Z");
        Instant until = LeaseRule.actUntil(expires, LENGTH, RENEW);
        assertTrue(until.isBefore(expires));
        assertEquals(expires.minusSeconds(8), until, "a fifth of the length when the renewal is longer");
        assertEquals(expires.minusSeconds(5), LeaseRule.actUntil(expires, Duration.ofSeconds(60), Duration.ofSeconds(5)));
    }

    @Test
    void aRenewalLongerThanHalfTheLeaseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LeaseRule.check(Duration.ofSeconds(40), Duration.ofSeconds(21)));
        assertThrows(IllegalArgumentException.class, () -> LeaseRule.check(Duration.ZERO, Duration.ofSeconds(1)));
        LeaseRule.check(Duration.ofSeconds(40), Duration.ofSeconds(20));
    }

    @Test
    void aHeartbeatIsStaleOnlyAfterTheLimit() {
        Instant beat = Instant.parse("2026-12-03T08:00:00Z");
        assertFalse(LeaseRule.stale(beat, beat.plusSeconds(60), Duration.ofSeconds(60)));
        assertTrue(LeaseRule.stale(beat, beat.plusSeconds(61), Duration.ofSeconds(60)));
    }

    @Test
    void aDailyJobIsDueFromItsHourOfTheUnitsDay() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        // 07:59 and 08:00 in Shanghai are 23:59 and 00:00 UTC
        assertNull(DailyRun.dueDay(Instant.parse("2026-12-02T23:59:00Z"), shanghai, 8));
        assertEquals(LocalDate.of(2026, 12, 3), DailyRun.dueDay(Instant.parse("2026-12-03T00:00:00Z"), shanghai, 8));
        // made up later the same day, and the next day is another run
        assertEquals(LocalDate.of(2026, 12, 3), DailyRun.dueDay(Instant.parse("2026-12-03T15:59:00Z"), shanghai, 8));
        assertNull(DailyRun.dueDay(Instant.parse("2026-12-03T16:00:00Z"), shanghai, 8));
    }
}
