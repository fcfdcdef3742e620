package org.shoumi.portal.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.sessions.control.CheckInRules.Candidate;
import org.shoumi.portal.sessions.control.CheckInRules.Decision;
import org.shoumi.portal.sessions.control.CheckInRules.Refusal;
import org.shoumi.portal.sessions.control.CheckInRules.TryLimit;
import org.shoumi.portal.sessions.control.CheckInWindow.State;

/** The check-in window, the decision on a typed code, the codes themselves, and the limit on wrong codes. */
class SessionsCheckInTest {

    /** 2026-12-05 09:00 in Beijing. */
    private static final Instant START = Instant.parse("2026-12-05T01:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(2));
    private static final Candidate SESSION = new Candidate(7, START, END);
    private static final CheckInWindow WINDOW = CheckInWindow.STANDARD;

    private static Instant at(Duration fromStart) {
        return Clock.fixed(START.plus(fromStart), ZoneOffset.UTC).instant();
    }

    private static Decision decide(List<Candidate> candidates, Instant now, Set<Long> attended) {
        return CheckInRules.decide(candidates, now, WINDOW, attended::contains);
    }

    @Test
    void theWindowOpensHalfAnHourBeforeTheStartAndClosesAtTheEnd() {
        assertEquals(State.NOT_YET_OPEN, WINDOW.state(at(Duration.ofMinutes(-31)), START, END));
        assertEquals(State.OPEN, WINDOW.state(at(Duration.ofMinutes(-30)), START, END));
        assertEquals(State.OPEN, WINDOW.state(at(Duration.ZERO), START, END));
        assertEquals(State.OPEN, WINDOW.state(at(Duration.ofHours(2)), START, END), "up to the end");
        assertEquals(State.ENDED, WINDOW.state(at(Duration.ofHours(2).plusSeconds(1)), START, END));
    }

    @Test
    void theWindowIsConfigurable() {
        CheckInWindow w = CheckInWindow.ofMinutes(60, 15);
        assertEquals(START.minus(Duration.ofHours(1)), w.opensAt(START));
        assertEquals(State.OPEN, w.state(at(Duration.ofMinutes(-45)), START, END));
        assertEquals(State.OPEN, w.state(at(Duration.ofMinutes(130)), START, END));
        assertEquals(State.ENDED, w.state(at(Duration.ofMinutes(136)), START, END));
        assertThrows(IllegalArgumentException.class, () -> CheckInWindow.ofMinutes(-1, 0));
    }

    @Test
    void theRightCodeInTheWindowChecksIn() {
        Decision d = decide(List.of(SESSION), at(Duration.ofMinutes(-10)), Set.of());
        assertTrue(d.accepted());
        assertEquals(7L, d.sessionId());
    }

    @Test
    void aCodeUsedTwiceByTheSamePersonIsRefusedAsAlreadyCheckedIn() {
        Set<Long> attended = new HashSet<>();
        Decision first = decide(List.of(SESSION), at(Duration.ofMinutes(5)), attended);
        assertTrue(first.accepted());
        attended.add(first.sessionId());
        assertEquals(Refusal.ALREADY_CHECKED_IN, decide(List.of(SESSION), at(Duration.ofMinutes(6)), attended).refusal());
        assertEquals(Refusal.ALREADY_CHECKED_IN, decide(List.of(SESSION), at(Duration.ofHours(3)), attended).refusal(),
                "after the end too: the person is recorded, which is what they need to hear");
    }

    @Test
    void aCodeAfterTheEndOrBeforeTheWindowIsRefused() {
        assertEquals(Refusal.ENDED, decide(List.of(SESSION), at(Duration.ofHours(2).plusMinutes(1)), Set.of()).refusal());
        assertEquals(Refusal.NOT_YET_OPEN, decide(List.of(SESSION), at(Duration.ofHours(-1)), Set.of()).refusal());
        assertNull(decide(List.of(SESSION), at(Duration.ofHours(-1)), Set.of()).sessionId());
    }

    @Test
    void aWrongCodeNamesNoSessionAndIsRefused() {
        assertEquals(Refusal.WRONG_CODE, decide(List.of(), at(Duration.ZERO), Set.of()).refusal());
    }

    @Test
    void anOpenSessionComesBeforeAPastOneWithTheSameCode() {
        Candidate lastWeek = new Candidate(1, START.minus(Duration.ofDays(7)), END.minus(Duration.ofDays(7)));
        Candidate nextWeek = new Candidate(2, START.plus(Duration.ofDays(7)), END.plus(Duration.ofDays(7)));
        assertEquals(7L, decide(List.of(lastWeek, SESSION, nextWeek), at(Duration.ZERO), Set.of()).sessionId());
        assertEquals(Refusal.ENDED, decide(List.of(lastWeek, nextWeek), at(Duration.ZERO), Set.of()).refusal(),
                "the most recent that ended");
        assertEquals(Refusal.NOT_YET_OPEN, decide(List.of(nextWeek), at(Duration.ZERO), Set.of()).refusal());
    }

    @Test
    void codesHaveSixDigitsAndAreReadAsTyped() {
        assertEquals("000042", CheckInCodes.next(new FixedRandom(42)));
        assertEquals("999999", CheckInCodes.next(new FixedRandom(999_999)));
        Random random = new Random(1);
        for (int i = 0; i < 1000; i++) {
            assertTrue(CheckInCodes.next(random).matches("\\d{6}"));
        }
        assertEquals("123456", CheckInCodes.normalize(" 123 456 "));
        assertEquals("123456", CheckInCodes.normalize("123-456"));
        assertEquals("123456", CheckInCodes.normalize("１２３４５６"), "full-width digits from a Chinese keyboard");
        assertNull(CheckInCodes.normalize("12345"));
        assertNull(CheckInCodes.normalize("1234567"));
        assertNull(CheckInCodes.normalize("12a456"));
        assertNull(CheckInCodes.normalize(null));
    }

    @Test
    void fiveWrongCodesInTenMinutesBlockFurtherTries() {
        TryLimit limit = TryLimit.STANDARD;
        Instant now = at(Duration.ZERO);
        List<Instant> four = List.of(now.minusSeconds(60), now.minusSeconds(50), now.minusSeconds(40), now.minusSeconds(30));
        assertFalse(limit.blocks(four, now));
        List<Instant> five = new java.util.ArrayList<>(four);
        five.add(now.minusSeconds(20));
        assertTrue(limit.blocks(five, now));
        assertFalse(limit.blocks(five, now.plus(Duration.ofMinutes(10))), "old tries no longer count");
    }

    /** A generator that always draws the same number. */
    private static final class FixedRandom implements java.util.random.RandomGenerator {
        private final int value;

        FixedRandom(int value) {
            this.value = value;
        }

        @Override
        public long nextLong() {
            return value;
        }

        @Override
        public int nextInt(int bound) {
            return value;
        }
    }
}
