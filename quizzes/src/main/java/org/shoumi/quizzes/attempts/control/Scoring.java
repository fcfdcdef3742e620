package org.shoumi.quizzes.attempts.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.shoumi.quizzes.bank.control.AnswerKey;
import org.shoumi.quizzes.bank.control.FillNormalizer;

/**
 * How much of a question's mark an answer earns, as a fraction from 0 to 1 (4 decimals, exact arithmetic).
 * Single choice and true/false: all or nothing. Multiple choice: all or nothing, or partial credit — the
 * share of correct options picked, but nothing as soon as one wrong option is picked. Fill-in: each blank
 * earns its share when it matches one accepted answer (case, width and spacing ignored; the same number in
 * Arabic or Chinese numerals and with or without its unit; a word with or without a trailing 级 — see
 * {@link FillNormalizer}).
 */
public final class Scoring {

    public enum MultiCredit { ALL_OR_NOTHING, PARTIAL }

    private static final int SCALE = 4;

    private Scoring() {
    }

    public static BigDecimal score(AnswerKey key, Response response, MultiCredit credit) {
        return score(key, response, credit, null);
    }

    /**
     * As {@link #score(AnswerKey, Response, MultiCredit)}, with the question's stem: a fill-in blank followed by a
     * unit ("按____年认定") then refuses a bare accepted number given with another unit ("30个月" for "30").
     */
    public static BigDecimal score(AnswerKey key, Response response, MultiCredit credit, String stem) {
        if (response == null || response.isEmpty()) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return switch (key.type()) {
            case SINGLE -> all(key.letters().equals(response.letters()));
            case JUDGE -> all(key.truth().equals(response.truth()));
            case MULTI -> multi(key.letters(), response.letters(), credit);
            case FILL -> fill(key.blanks(), response.blanks(), FillNormalizer.unitsAfterBlanks(stem));
        };
    }

    /**
     * What one question earned of a score out of 100 over {@code questions} questions (each weighs the same), one
     * decimal as the score: the points a part-right answer shows on the result, so that the verdicts account for the
     * score (a 多选 earning two thirds in a 20-question exam: 3.3). Zero for no question.
     */
    public static BigDecimal points(BigDecimal fraction, int questions) {
        if (fraction == null || questions <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return fraction.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(questions), 1, RoundingMode.HALF_UP);
    }

    /** Percentage of the attainable marks, one decimal, from the fractions of every question (1 mark each). */
    public static BigDecimal percent(List<BigDecimal> fractions) {
        if (fractions.isEmpty()) {
            return BigDecimal.ZERO.setScale(1);
        }
        BigDecimal sum = fractions.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(fractions.size()), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal multi(Set<String> correct, Set<String> given, MultiCredit credit) {
        if (credit == MultiCredit.ALL_OR_NOTHING || !correct.containsAll(given)) {
            return all(correct.equals(given));
        }
        return BigDecimal.valueOf(given.size()).divide(BigDecimal.valueOf(correct.size()), SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal fill(List<List<String>> blanks, List<String> given, List<String> units) {
        int right = 0;
        for (int i = 0; i < blanks.size(); i++) {
            String unit = i < units.size() ? units.get(i) : null;
            if (i < given.size() && FillNormalizer.matches(given.get(i), blanks.get(i), unit)) {
                right++;
            }
        }
        return BigDecimal.valueOf(right).divide(BigDecimal.valueOf(blanks.size()), SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal all(boolean right) {
        return (right ? BigDecimal.ONE : BigDecimal.ZERO).setScale(SCALE);
    }
}
