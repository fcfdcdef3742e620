package org.shoumi.portal.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.sessions.control.SessionHours.Problem;

/** The hours (学时) a session counts for. */
class SessionsHoursTest {

    private static Optional<Problem> problem(String hours) {
        return SessionHours.problem(hours == null ? null : new BigDecimal(hours));
    }

    @Test
    void badHoursAreRefusedWithTheirReason() {
        assertEquals(Optional.of(Problem.MISSING), problem(null));
        assertEquals(Optional.of(Problem.NEGATIVE), problem("-1"));
        assertEquals(Optional.of(Problem.NEGATIVE), problem("-0.5"));
        assertEquals(Optional.of(Problem.ZERO), problem("0"));
        assertEquals(Optional.of(Problem.ZERO), problem("0.0"));
        assertEquals(Optional.of(Problem.TOO_MANY), problem("40.1"));
        assertEquals(Optional.of(Problem.TOO_MANY), problem("100"));
        assertEquals(Optional.of(Problem.TOO_PRECISE), problem("1.25"));
        assertEquals(Optional.of(Problem.TOO_PRECISE), problem("0.05"));
    }

    /** An outside check credited 40 学时 for a half-hour session: one 学时 per 45 minutes begun at most. */
    @Test
    void aSessionCountsNoMoreHoursThanItLasts() {
        java.time.Instant nine = java.time.Instant.parse("2026-12-05T01:00:00Z");
        assertEquals(Optional.of(Problem.LONGER_THAN_SESSION),
                SessionHours.problem(new BigDecimal("40"), nine, nine.plusSeconds(30 * 60)));
        assertEquals(Optional.empty(), SessionHours.problem(new BigDecimal("1"), nine, nine.plusSeconds(30 * 60)));
        assertEquals(Optional.of(Problem.LONGER_THAN_SESSION),
                SessionHours.problem(new BigDecimal("1.5"), nine, nine.plusSeconds(45 * 60)));
        assertEquals(Optional.empty(), SessionHours.problem(new BigDecimal("4"), nine, nine.plusSeconds(3 * 3600)));
        assertEquals(Optional.of(Problem.LONGER_THAN_SESSION),
                SessionHours.problem(new BigDecimal("4.5"), nine, nine.plusSeconds(3 * 3600)));
        assertEquals(Optional.of(Problem.ZERO), SessionHours.problem(BigDecimal.ZERO, nine, nine.plusSeconds(3600)),
                "the hours' own problem first");
    }

    @Test
    void goodHoursAreStoredWithOneDecimal() {
        for (String ok : new String[] {"0.5", "1", "1.5", "2.0", "1.50", "40", "40.0"}) {
            assertEquals(Optional.empty(), problem(ok), ok);
        }
        assertEquals(new BigDecimal("2.0"), SessionHours.stored(new BigDecimal("2")));
        assertEquals(new BigDecimal("1.5"), SessionHours.stored(new BigDecimal("1.50")));
        assertEquals(1, SessionHours.stored(new BigDecimal("40")).scale());
        assertThrows(IllegalArgumentException.class, () -> SessionHours.stored(new BigDecimal("0")));
    }
}
