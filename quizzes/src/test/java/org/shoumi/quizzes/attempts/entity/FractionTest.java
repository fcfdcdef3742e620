package org.shoumi.quizzes.attempts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FractionTest {

    @Test
    void thirdsAddUpExactly() {
        Fraction third = Fraction.of(1, 3);
        assertEquals(Fraction.ONE, third.plus(third).plus(third));
        assertEquals(Fraction.of(2, 3), Fraction.of(4, 6));
        assertEquals("2/3", Fraction.of(-4, -6).toString());
    }

    @Test
    void convertsDecimalsExactly() {
        assertEquals(Fraction.of(3333333, 10000000), Fraction.of(new BigDecimal("0.3333333")));
        assertEquals(Fraction.of(5), Fraction.of(new BigDecimal("5.00")));
        assertEquals(Fraction.of(-1, 2), Fraction.of(new BigDecimal("-0.5")));
    }

    @Test
    void percentAndDecimalRoundHalfUp() {
        assertEquals(new BigDecimal("66.67"), Fraction.of(2, 3).toPercent(2));
        assertEquals(new BigDecimal("0.333"), Fraction.of(1, 3).toBigDecimal(3));
        assertEquals(new BigDecimal("12.50"), Fraction.of(1, 8).toPercent(2));
    }

    @Test
    void arithmeticAndOrdering() {
        assertEquals(Fraction.of(1, 6), Fraction.of(1, 2).minus(Fraction.of(1, 3)));
        assertEquals(Fraction.of(3, 4), Fraction.of(1, 2).dividedBy(Fraction.of(2, 3)));
        assertEquals(Fraction.ZERO, Fraction.of(-1, 4).clamp(Fraction.ZERO, Fraction.ONE));
        assertEquals(Fraction.ONE, Fraction.of(5, 4).clamp(Fraction.ZERO, Fraction.ONE));
        assertTrue(Fraction.of(2, 3).compareTo(Fraction.of(3, 5)) > 0);
        assertThrows(ArithmeticException.class, () -> Fraction.of(1, 0));
        assertThrows(ArithmeticException.class, () -> Fraction.ONE.dividedBy(Fraction.ZERO));
    }
}
