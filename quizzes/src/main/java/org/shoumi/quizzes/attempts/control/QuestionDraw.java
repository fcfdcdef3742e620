package org.shoumi.quizzes.attempts.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Draws the questions of an attempt: for each rule, N questions of a category and difficulty range, avoiding
 * the questions of the person's previous attempt where the bank has enough others. When it does not, the
 * missing ones are taken from the previous attempt and the result says how many were repeated.
 */
public final class QuestionDraw {

    /** A question as the draw sees it. */
    public record Candidate(String key, String category, int difficulty) {
    }

    /** N questions from a category (null = any) with difficulty between min and max (inclusive). */
    public record Rule(int count, String category, int minDifficulty, int maxDifficulty) {

        public Rule {
            if (count < 1) {
                throw new IllegalArgumentException("a draw rule takes at least one question");
            }
        }

        boolean accepts(Candidate c) {
            return (category == null || category.isBlank() || category.equals(c.category()))
                    && c.difficulty() >= minDifficulty && c.difficulty() <= maxDifficulty;
        }
    }

    /** The drawn question keys in order, and how many of them the previous attempt had too. */
    public record Result(List<String> keys, int repeated) {
    }

    /** The bank cannot satisfy a rule at all. */
    public static final class NotEnoughQuestions extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Rule rule;
        private final int available;

        public NotEnoughQuestions(Rule rule, int available) {
            super("rule " + rule + " needs " + rule.count() + " questions, the bank has " + available);
            this.rule = rule;
            this.available = available;
        }

        public Rule rule() {
            return rule;
        }

        public int available() {
            return available;
        }
    }

    private QuestionDraw() {
    }

    public static Result draw(List<Candidate> bank, List<Rule> rules, Set<String> previous, boolean shuffle,
                              RandomGenerator random) {
        Set<String> chosen = new LinkedHashSet<>();
        int repeated = 0;
        for (Rule rule : rules) {
            List<String> fresh = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (Candidate c : bank) {
                if (rule.accepts(c) && !chosen.contains(c.key())) {
                    (previous.contains(c.key()) ? seen : fresh).add(c.key());
                }
            }
            if (fresh.size() + seen.size() < rule.count()) {
                throw new NotEnoughQuestions(rule, fresh.size() + seen.size());
            }
            shuffle(fresh, random);
            shuffle(seen, random);
            List<String> picked = new ArrayList<>(fresh.subList(0, Math.min(rule.count(), fresh.size())));
            int missing = rule.count() - picked.size();
            picked.addAll(seen.subList(0, missing));
            repeated += missing;
            chosen.addAll(picked);
        }
        List<String> keys = new ArrayList<>(chosen);
        if (shuffle) {
            shuffle(keys, random);
        }
        return new Result(List.copyOf(keys), repeated);
    }

    /** A random order of the first {@code n} option letters, e.g. "CADB"; "ABCD" when not shuffling. */
    public static String optionOrder(int n, boolean shuffle, RandomGenerator random) {
        List<Character> letters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            letters.add((char) ('A' + i));
        }
        if (shuffle) {
            shuffle(letters, random);
        }
        StringBuilder order = new StringBuilder();
        letters.forEach(order::append);
        return order.toString();
    }

    /** Fisher–Yates with the given generator, so a seeded generator gives a reproducible order. */
    static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
