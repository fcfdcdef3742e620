package org.shoumi.quizzes.attempts.entity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number, used for marks, credit and statistics so that 1/3 + 2/3 is exactly 1 and no
 * floating-point error creeps into a pass/fail decision. Always normalised: lowest terms, positive denominator.
 * Convert to a {@link BigDecimal} only for display ({@link #toBigDecimal(int)}, rounding half-up).
 */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

    public Fraction {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        if (numerator.signum() == 0) {
            denominator = BigInteger.ONE;
        }
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Fraction of(long whole) {
        return of(whole, 1);
    }

    /** The exact value of a decimal, e.g. 0.3333333 → 3333333/10000000. */
    public static Fraction of(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() <= 0) {
            return new Fraction(v.toBigIntegerExact(), BigInteger.ONE);
        }
        return new Fraction(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
    }

    public Fraction plus(Fraction o) {
        return new Fraction(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator));
    }

    public Fraction minus(Fraction o) {
        return plus(o.negate());
    }

    public Fraction times(Fraction o) {
        return new Fraction(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    public Fraction dividedBy(Fraction o) {
        if (o.numerator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return new Fraction(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
    }

    public Fraction dividedBy(long divisor) {
        return dividedBy(of(divisor));
    }

    public Fraction negate() {
        return new Fraction(numerator.negate(), denominator);
    }

    /** This value limited to [lo, hi]. */
    public Fraction clamp(Fraction lo, Fraction hi) {
        if (compareTo(lo) < 0) {
            return lo;
        }
        return compareTo(hi) > 0 ? hi : this;
    }

    public int signum() {
        return numerator.signum();
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }

    public boolean isOne() {
        return equals(ONE);
    }

    public BigDecimal toBigDecimal(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    /** This value as a percentage with {@code scale} decimals, e.g. 2/3 → 66.67 at scale 2. */
    public BigDecimal toPercent(int scale) {
        return new BigDecimal(numerator.multiply(BigInteger.valueOf(100)))
                .divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Fraction o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
