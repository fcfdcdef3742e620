package org.shoumi.quizzes.attempts.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Draws the questions of an attempt: for each rule, N questions of a category and difficulty range, avoiding
 * the questions of the person's previous attempt where the bank has enough others. When it does not, the
 * missing ones are taken from the previous attempt and the result says how many were repeated.
 *
 * <p>Questions of one exclusion group (variants of the same fact) never meet in a draw, whatever rule picked
 * them and whether or not they come from the previous attempt. A rule marked own-post takes questions of the
 * taker's own post's category; those rules are served first, so that general rules do not eat the post's
 * questions. What the post's category lacks (or all of it, for a taker without one) is taken, after the general
 * rules, from any category within the rule's difficulty range, and the result says how many.
 *
 * <p>A post's duties are a category of their own, {@value #POST_DUTIES_PREFIX} and the post ("duties.driver"). A
 * taker is asked the duties of their own post only: a rule of any category, and what the own-post rules lack, take
 * no question of another post's duties (a new 机关工作人员 who had read only their own post's duties was asked three
 * questions on the 机要收发 and 领导 duties in the onboarding exam; outside check). A rule naming a category
 * takes it whoever takes the quiz.
 */
public final class QuestionDraw {

    /** The start of the categories that hold one post's duties: "duties.driver". */
    public static final String POST_DUTIES_PREFIX = "duties.";

    /** A question as the draw sees it; {@code group} (null or blank = none) names its exclusion group. */
    public record Candidate(String key, String category, int difficulty, String group) {

        public Candidate {
            group = group == null || group.isBlank() ? null : group;
        }

        public Candidate(String key, String category, int difficulty) {
            this(key, category, difficulty, null);
        }
    }

    /**
     * N questions from a category (null = any) with difficulty between min and max (inclusive); when
     * {@code ownPost}, from the taker's own post's category instead of {@code category}.
     */
    public record Rule(int count, String category, int minDifficulty, int maxDifficulty, boolean ownPost) {

        public Rule {
            if (count < 1) {
                throw new IllegalArgumentException("a draw rule takes at least one question");
            }
        }

        public Rule(int count, String category, int minDifficulty, int maxDifficulty) {
            this(count, category, minDifficulty, maxDifficulty, false);
        }

        boolean accepts(Candidate c) {
            return (category == null || category.isBlank() || category.equals(c.category())) && inRange(c);
        }

        /** Whether it names a category (else it takes any). */
        boolean namesCategory() {
            return category != null && !category.isBlank();
        }

        boolean inRange(Candidate c) {
            return c.difficulty() >= minDifficulty && c.difficulty() <= maxDifficulty;
        }
    }

    /**
     * The drawn question keys in order, how many of them the previous attempt had too, and how many questions of
     * own-post rules had to come from other categories (the taker has no own-post category or the bank too few
     * of its questions).
     */
    public record Result(List<String> keys, int repeated, int ownPostShort) {
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

        /** How many questions the rule could still have had: one per exclusion group, each ungrouped one. */
        public int available() {
            return available;
        }
    }

    private QuestionDraw() {
    }

    /** A draw for a taker without own-post category (own-post rules draw from any category). */
    public static Result draw(List<Candidate> bank, List<Rule> rules, Set<String> previous, boolean shuffle,
                              RandomGenerator random) {
        return draw(bank, rules, previous, null, shuffle, random);
    }

    /**
     * A draw; {@code ownPostCategory} is the category of the taker's own post's duties (null when none). The
     * keys come in the order of the rules unless shuffled.
     *
     * @throws NotEnoughQuestions when a rule cannot be met, exclusion groups and earlier rules considered
     */
    public static Result draw(List<Candidate> bank, List<Rule> rules, Set<String> previous, String ownPostCategory,
                              boolean shuffle, RandomGenerator random) {
        return draw(bank, rules, previous, ownPostCategory, true, shuffle, random);
    }

    /**
     * {@link #draw(List, List, Set, String, boolean, RandomGenerator)}, where {@code ownDutiesOnly} false lets a rule
     * of any category take other posts' duties too: for a bank of the taker's own (their mistakes, whatever post they
     * held when they made them).
     */
    public static Result draw(List<Candidate> bank, List<Rule> rules, Set<String> previous, String ownPostCategory,
                              boolean ownDutiesOnly, boolean shuffle, RandomGenerator random) {
        String post = ownPostCategory == null || ownPostCategory.isBlank() ? null : ownPostCategory;
        Predicate<Candidate> askable = c -> !ownDutiesOnly || !anotherPosts(c, post);
        Picking picking = new Picking(bank, previous, random);
        List<List<String>> picked = new ArrayList<>();
        int[] missing = new int[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            picked.add(new ArrayList<>());
        }
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (rule.ownPost()) {
                if (post != null) {
                    picking.pick(c -> post.equals(c.category()) && rule.inRange(c), rule.count(), picked.get(i));
                }
                missing[i] = rule.count() - picked.get(i).size();
            }
        }
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (!rule.ownPost()) {
                Predicate<Candidate> takes = rule.namesCategory() ? rule::accepts : c -> rule.accepts(c) && askable.test(c);
                int available = picking.available(takes);
                if (available < rule.count()) {
                    throw new NotEnoughQuestions(rule, available);
                }
                picking.pick(takes, rule.count(), picked.get(i));
            }
        }
        int ownPostShort = 0;
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (missing[i] > 0) {
                Predicate<Candidate> takes = c -> rule.inRange(c) && askable.test(c);
                int available = picking.available(takes);
                if (available < missing[i]) {
                    throw new NotEnoughQuestions(rule, picked.get(i).size() + available);
                }
                picking.pick(takes, missing[i], picked.get(i));
                ownPostShort += missing[i];
            }
        }
        List<String> keys = new ArrayList<>();
        picked.forEach(keys::addAll);
        if (shuffle) {
            shuffle(keys, random);
        }
        return new Result(List.copyOf(keys), picking.repeated, ownPostShort);
    }

    /** Whether the question is of the duties of a post other than {@code ownPost} (null: the taker has none). */
    static boolean anotherPosts(Candidate c, String ownPost) {
        return anotherPosts(c.category(), ownPost);
    }

    /**
     * Whether a question of {@code category} holds the duties of a post other than {@code ownPost} (null: the taker
     * has none): a taker is never asked those, in an exam or in 每日一练.
     */
    public static boolean anotherPosts(String category, String ownPost) {
        return category != null && category.startsWith(POST_DUTIES_PREFIX) && !category.equals(ownPost);
    }

    /** The category of the duties of the post {@code postCode} ("duties.driver"); null for a person without a post. */
    public static String ownPostCategory(String postCode) {
        return postCode == null || postCode.isBlank() ? null
                : POST_DUTIES_PREFIX + postCode.toLowerCase(java.util.Locale.ROOT);
    }

    /** What a draw has taken so far: keys, exclusion groups, repeats. */
    private static final class Picking {

        private final List<Candidate> bank;
        private final Set<String> previous;
        private final RandomGenerator random;
        private final Set<String> chosen = new HashSet<>();
        private final Set<String> groups = new HashSet<>();
        private int repeated;

        Picking(List<Candidate> bank, Set<String> previous, RandomGenerator random) {
            this.bank = bank;
            this.previous = previous;
            this.random = random;
        }

        private boolean free(Candidate c) {
            return !chosen.contains(c.key()) && (c.group() == null || !groups.contains(c.group()));
        }

        /** How many questions passing {@code filter} could still be taken: each ungrouped one, one per group. */
        int available(Predicate<Candidate> filter) {
            int ungrouped = 0;
            Set<String> distinct = new HashSet<>();
            for (Candidate c : bank) {
                if (filter.test(c) && free(c)) {
                    if (c.group() == null) {
                        ungrouped++;
                    } else {
                        distinct.add(c.group());
                    }
                }
            }
            return ungrouped + distinct.size();
        }

        /** Takes up to {@code n} questions passing {@code filter}, new ones first, into {@code into}. */
        void pick(Predicate<Candidate> filter, int n, List<String> into) {
            List<Candidate> fresh = new ArrayList<>();
            List<Candidate> seen = new ArrayList<>();
            Set<String> listed = new HashSet<>();
            for (Candidate c : bank) {
                if (filter.test(c) && free(c) && listed.add(c.key())) {
                    (previous.contains(c.key()) ? seen : fresh).add(c);
                }
            }
            shuffle(fresh, random);
            shuffle(seen, random);
            int taken = 0;
            for (List<Candidate> source : List.of(fresh, seen)) {
                for (Candidate c : source) {
                    if (taken == n) {
                        return;
                    }
                    if (free(c)) {
                        chosen.add(c.key());
                        if (c.group() != null) {
                            groups.add(c.group());
                        }
                        into.add(c.key());
                        taken++;
                        if (source == seen) {
                            repeated++;
                        }
                    }
                }
            }
        }
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

    /**
     * Bank letters (a stored answer or the key) in the letters shown through {@code order}, the bank letters in the
     * order shown ("CADB": the bank's C is shown as A), in shown order.
     */
    public static String toShown(String bankLetters, String order) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < order.length(); i++) {
            if (bankLetters.indexOf(order.charAt(i)) >= 0) {
                shown.append((char) ('A' + i));
            }
        }
        return shown.toString();
    }

    /** Shown letters (as the taker chose them) in the bank's letters, through {@code order}; others dropped. */
    public static List<String> toBank(java.util.Collection<String> shown, String order) {
        return shown.stream().filter(l -> l.length() == 1 && l.charAt(0) - 'A' >= 0 && l.charAt(0) - 'A' < order.length())
                .map(l -> String.valueOf(order.charAt(l.charAt(0) - 'A'))).toList();
    }

    /** Fisher–Yates with the given generator, so a seeded generator gives a reproducible order. */
    static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
