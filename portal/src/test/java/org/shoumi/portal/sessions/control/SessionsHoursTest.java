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
