package org.shoumi.content.pack.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The quality figures of a question bank (issue 15), ported from the Python checker: how often a SINGLE key is
 * the uniquely longest option, how well a keyword rule on the stems guesses JUDGE answers, how many MULTI items
 * have two or more wrong options, the share of hard items (difficulty 4–5), legal bases without law, revision year
 * and article, and near-duplicate stems. {@link #check} turns every figure beyond its limit into one problem that
 * states the figure, the measured value and the limit and names the worst items (at most {@value #NAMED}).
 */
public final class BankQuality {

    /** The limits a bank must keep. */
    public record Limits(int minItems, double maxLongestKeyShare, double maxKeywordRuleAccuracy,
                         double minMultiTwoWrongShare, double minHardShare) {

        /** What the shipped bank must meet. */
        public static final Limits SHIPPED = new Limits(400, 0.30, 0.65, 0.40, 0.15);
    }

    /**
     * The measured figures. {@code keywordRule} is the fitted decision list (zero, one or two cue words, in order);
     * {@code byDifficulty} counts items by difficulty 1–5; {@code nearDuplicates} counts pairs without a shared group.
     */
    public record Figures(int items, int singles, int longestKey, int judges, int judgeTrue, List<String> keywordRule,
                          int keywordRuleRight, int multis, int multiTwoWrong, int hard, Map<Integer, Integer> byDifficulty,
                          int withBasis, int badBasis, int nearDuplicates) {

        public double longestKeyShare() {
            return share(longestKey, singles);
        }

        public double keywordRuleAccuracy() {
            return share(keywordRuleRight, judges);
        }

        public double multiTwoWrongShare() {
            return share(multiTwoWrong, multis);
        }

        public double hardShare() {
            return share(hard, items);
        }

        private static double share(int part, int whole) {
            return (double) part / Math.max(1, whole);
        }
    }

    /** The cue words a JUDGE keyword rule may use, in the order the rules are tried. */
    static final List<String> CUES = List.of("应当", "可以", "不得", "必须", "禁止", "严禁", "一律", "只要", "无需", "不需要",
            "不必", "均", "任何", "即可", "只有", "允许");

    /** A legal basis names the law, its revision year and the article. */
    static final Pattern BASIS = Pattern.compile("^《[^》]+》（\\d{4}年(修订|修正)）第[〇零一二三四五六七八九十百千]+条",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** What is ignored when stems are compared (whitespace and Chinese punctuation, the blank's underscores). */
    private static final Pattern IGNORED = Pattern.compile("[\\s\\x1c-\\x1f，。、；：？！（）“”《》_]",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Stems at least this similar (bigram Dice) are near-duplicates. */
    static final double NEAR = 0.6;

    /** How many items a problem names at most. */
    static final int NAMED = 10;

    private BankQuality() {
    }

    /** A pair of near-duplicate stems. */
    record Pair(PackQuestion a, PackQuestion b, double dice) {
    }

    /** The fitted JUDGE rule: its cues, the label of each cue's items and of the rest, and what it gets right. */
    private record KeywordRule(List<String> cues, Map<String, String> labels, String otherwise, int right,
                               List<PackQuestion> predicted) {

        String describe() {
            StringBuilder s = new StringBuilder();
            labels.forEach((cue, label) -> s.append("「").append(cue).append("」→").append(label).append(", "));
            return s.append(labels.isEmpty() ? "always " : "otherwise ").append(otherwise).toString();
        }
    }

    /** Everything measured, with the items behind each figure. */
    private record Measure(List<PackQuestion> all, List<PackQuestion> singles, List<PackQuestion> longest,
                           List<PackQuestion> judges, KeywordRule rule, List<PackQuestion> multis,
                           List<PackQuestion> oneWrong, List<PackQuestion> hard, List<PackQuestion> withBasis,
                           List<PackQuestion> badBasis, List<Pair> near) {

        Figures figures() {
            Map<Integer, Integer> byDifficulty = new TreeMap<>();
            for (int d = 1; d <= 5; d++) {
                int level = d;
                byDifficulty.put(d, (int) all.stream().filter(q -> q.difficulty() == level).count());
            }
            int judgeTrue = (int) judges.stream().filter(q -> "TRUE".equals(q.answer())).count();
            return new Figures(all.size(), singles.size(), longest.size(), judges.size(), judgeTrue,
                    List.copyOf(rule.cues()), rule.right(), multis.size(), multis.size() - oneWrong.size(), hard.size(),
                    Collections.unmodifiableMap(byDifficulty),
                    withBasis.size(), badBasis.size(), near.size());
        }
    }

    /** The figures of a bank. */
    public static Figures figures(List<PackQuestion> questions) {
        return measure(questions).figures();
    }

    /** One problem for every figure beyond its limit; empty when the bank keeps them all. */
    public static List<PackProblem> check(List<PackQuestion> questions, Limits limits) {
        Measure m = measure(questions);
        Figures f = m.figures();
        List<PackProblem> problems = new ArrayList<>();
        if (f.items() < limits.minItems()) {
            problems.add(new PackProblem("questions/", 0, "items: the bank has " + f.items()
                    + " questions, at least " + limits.minItems()));
        }
        if (f.longestKeyShare() > limits.maxLongestKeyShare()) {
            problems.add(problem(m.longest(), "SINGLE: the key is the uniquely longest option in " + f.longestKey()
                    + " of " + f.singles() + " items (" + percent(f.longestKeyShare()) + ", at most "
                    + percent(limits.maxLongestKeyShare()) + "): " + ids(m.longest())));
        }
        if (f.keywordRuleAccuracy() > limits.maxKeywordRuleAccuracy()) {
            KeywordRule rule = m.rule();
            problems.add(problem(rule.predicted(), "JUDGE: the keyword rule " + rule.describe()
                    + ", fitted on the stems, predicts " + rule.right() + " of " + f.judges() + " answers ("
                    + percent(f.keywordRuleAccuracy()) + ", at most " + percent(limits.maxKeywordRuleAccuracy())
                    + "); TRUE " + f.judgeTrue() + " / FALSE " + (f.judges() - f.judgeTrue()) + "; it predicts "
                    + ids(rule.predicted())));
        }
        if (f.multis() > 0 && f.multiTwoWrongShare() < limits.minMultiTwoWrongShare()) {
            problems.add(problem(m.oneWrong(), "MULTI: two or more wrong options in " + f.multiTwoWrong() + " of "
                    + f.multis() + " items (" + percent(f.multiTwoWrongShare()) + ", at least "
                    + percent(limits.minMultiTwoWrongShare()) + "); fewer than two wrong options: " + ids(m.oneWrong())));
        }
        if (f.items() > 0 && f.hardShare() < limits.minHardShare()) {
            int needed = (int) Math.ceil(limits.minHardShare() * f.items() - 1e-9) - f.hard();
            Map<String, int[]> byFile = new LinkedHashMap<>();
            for (PackQuestion q : m.all()) {
                int[] counts = byFile.computeIfAbsent(q.file(), k -> new int[2]);
                counts[0] += q.difficulty() >= 4 ? 1 : 0;
                counts[1]++;
            }
            List<Map.Entry<String, int[]>> fewest = byFile.entrySet().stream()
                    .sorted(Comparator.comparingDouble(e -> (double) e.getValue()[0] / e.getValue()[1]))
                    .limit(NAMED).toList();
            problems.add(new PackProblem(fewest.get(0).getKey(), 0, "difficulty: 4 or 5 in " + f.hard() + " of "
                    + f.items() + " items (" + percent(f.hardShare()) + ", at least " + percent(limits.minHardShare())
                    + "; by difficulty 1–5: " + f.byDifficulty().values().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + "), " + Math.max(1, needed) + " more hard items needed; "
                    + "fewest in " + fewest.stream().map(e -> e.getKey() + " (" + e.getValue()[0] + " of "
                    + e.getValue()[1] + ")").collect(Collectors.joining(", "))));
        }
        if (!m.badBasis().isEmpty()) {
            problems.add(problem(m.badBasis(), "basis: " + f.badBasis() + " of " + f.withBasis()
                    + " items with a basis lack the law in 《》, the revision year （YYYY年修订|修正） or the article 第…条: "
                    + ids(m.badBasis())));
        }
        if (!m.near().isEmpty()) {
            List<Pair> near = m.near();
            String pairs = near.stream().limit(NAMED).map(p -> p.a().id() + " ~ " + p.b().id() + " ("
                    + String.format(Locale.ROOT, "%.2f", p.dice()) + ")").collect(Collectors.joining(", "))
                    + (near.size() > NAMED ? ", … and " + (near.size() - NAMED) + " more" : "");
            problems.add(problem(List.of(near.get(0).a()), "near-duplicates: " + near.size()
                    + " pairs of stems with bigram Dice ≥ " + NEAR + " and no shared group: " + pairs
                    + "; rewrite one of each pair, or if both are meant to stay give them a shared 'group:'"
                    + " so that one draw never holds both"));
        }
        List<PackQuestion> lettered = questions.stream().filter(BankQuality::explanationNamesALetter).toList();
        if (!lettered.isEmpty()) {
            problems.add(problem(lettered, "letters: the explanations of " + lettered.size() + " choice items name an"
                    + " option by its letter, but exams and 每日一练 show the options in a shuffled order: name the"
                    + " option by what it says: " + ids(lettered)));
        }
        return problems;
    }

    /** A single letter standing alone, as "A、B" or "C错在…" would name an option. */
    private static final Pattern LETTER = Pattern.compile("(?<![A-Za-z0-9])([A-F])(?![A-Za-z0-9])");

    /** Whether a choice item's explanation names one of its options by its letter (shown shuffled, it is wrong). */
    static boolean explanationNamesALetter(PackQuestion q) {
        if (!"SINGLE".equals(q.type()) && !"MULTI".equals(q.type()) || q.explanation() == null) {
            return false;
        }
        return LETTER.matcher(q.explanation()).results().anyMatch(m -> q.options().containsKey(m.group(1)));
    }

    private static Measure measure(List<PackQuestion> questions) {
        List<PackQuestion> singles = ofType(questions, "SINGLE");
        List<PackQuestion> longest = singles.stream().filter(BankQuality::keyIsUniquelyLongest).toList();
        List<PackQuestion> judges = ofType(questions, "JUDGE");
        List<PackQuestion> multis = ofType(questions, "MULTI");
        List<PackQuestion> oneWrong = multis.stream().filter(q -> wrongOptions(q) < 2).toList();
        List<PackQuestion> hard = questions.stream().filter(q -> q.difficulty() == 4 || q.difficulty() == 5).toList();
        List<PackQuestion> withBasis = questions.stream().filter(q -> q.basis() != null && !q.basis().isEmpty()).toList();
        List<PackQuestion> badBasis = withBasis.stream().filter(q -> !BASIS.matcher(q.basis()).find()).toList();
        return new Measure(questions, singles, longest, judges, fitKeywordRule(judges), multis, oneWrong, hard,
                withBasis, badBasis, nearDuplicates(questions));
    }

    private static List<PackQuestion> ofType(List<PackQuestion> questions, String type) {
        return questions.stream().filter(q -> type.equals(q.type())).toList();
    }

    /** The key is longer (in characters) than every other option. */
    static boolean keyIsUniquelyLongest(PackQuestion q) {
        String key = q.answer() == null ? "" : q.answer().strip().toUpperCase(Locale.ROOT);
        String text = q.options().get(key);
        if (text == null) {
            return false;
        }
        int length = length(text);
        return q.options().entrySet().stream().filter(e -> !e.getKey().equals(key))
                .allMatch(e -> length > length(e.getValue()));
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    static int wrongOptions(PackQuestion q) {
        String answer = q.answer() == null ? "" : q.answer().strip().toUpperCase(Locale.ROOT);
        return q.options().size() - (int) answer.chars().distinct().count();
    }

    private static String stem(PackQuestion q) {
        return q.stem() == null ? "" : q.stem();
    }

    /**
     * The decision list of at most two cue words that best predicts JUDGE answers from the stems: an item goes to
     * the first cue its stem contains and gets the majority answer of that cue's items (TRUE on a tie); items
     * without a cue get their own majority answer. Tried in order: no cue, each cue, each ordered pair of cues; the
     * first best rule wins.
     */
    private static KeywordRule fitKeywordRule(List<PackQuestion> judges) {
        List<List<String>> rules = new ArrayList<>();
        rules.add(List.of());
        CUES.forEach(c -> rules.add(List.of(c)));
        for (String first : CUES) {
            for (String second : CUES) {
                if (!first.equals(second)) {
                    rules.add(List.of(first, second));
                }
            }
        }
        KeywordRule best = null;
        for (List<String> cues : rules) {
            KeywordRule rule = apply(cues, judges);
            if (best == null || rule.right() > best.right()) {
                best = rule;
            }
        }
        return best;
    }

    private static KeywordRule apply(List<String> cues, List<PackQuestion> judges) {
        Map<String, List<PackQuestion>> byCue = new LinkedHashMap<>();
        List<PackQuestion> rest = new ArrayList<>();
        for (PackQuestion q : judges) {
            String hit = cues.stream().filter(stem(q)::contains).findFirst().orElse(null);
            if (hit == null) {
                rest.add(q);
            } else {
                byCue.computeIfAbsent(hit, k -> new ArrayList<>()).add(q);
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        List<PackQuestion> predicted = new ArrayList<>();
        for (String cue : cues) {
            List<PackQuestion> group = byCue.get(cue);
            if (group != null) {
                String label = majority(group);
                labels.put(cue, label);
                group.stream().filter(q -> label.equals(q.answer())).forEach(predicted::add);
            }
        }
        String otherwise = majority(rest);
        rest.stream().filter(q -> otherwise.equals(q.answer())).forEach(predicted::add);
        return new KeywordRule(cues, labels, otherwise, predicted.size(), predicted);
    }

    /** TRUE when at least half the items are TRUE (so for the items without a cue: the larger side counts). */
    private static String majority(List<PackQuestion> items) {
        long t = items.stream().filter(q -> "TRUE".equals(q.answer())).count();
        return t * 2 >= items.size() ? "TRUE" : "FALSE";
    }

    /** Pairs of stems with bigram Dice at least {@link #NEAR} that do not share a group, most similar first. */
    static List<Pair> nearDuplicates(List<PackQuestion> questions) {
        List<Set<String>> bigrams = questions.stream().map(q -> bigrams(stem(q))).toList();
        List<Pair> near = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            for (int j = i + 1; j < questions.size(); j++) {
                Set<String> a = bigrams.get(i);
                Set<String> b = bigrams.get(j);
                if (a.isEmpty() || b.isEmpty()) {
                    continue;
                }
                PackQuestion qa = questions.get(i);
                PackQuestion qb = questions.get(j);
                double dice = dice(a, b);
                boolean grouped = qa.group() != null && !qa.group().isEmpty() && qa.group().equals(qb.group());
                if (dice >= NEAR && !grouped) {
                    near.add(new Pair(qa, qb, dice));
                }
            }
        }
        near.sort(Comparator.comparingDouble(Pair::dice).reversed());
        return near;
    }

    static double dice(Set<String> a, Set<String> b) {
        long common = a.stream().filter(b::contains).count();
        return 2.0 * common / (a.size() + b.size());
    }

    /** The set of two-character sequences of a stem once whitespace and punctuation are removed. */
    static Set<String> bigrams(String stem) {
        int[] cps = IGNORED.matcher(stem).replaceAll("").codePoints().toArray();
        Set<String> bigrams = new HashSet<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            bigrams.add(new String(cps, i, 2));
        }
        return bigrams;
    }

    private static PackProblem problem(List<PackQuestion> worst, String message) {
        PackQuestion first = worst.isEmpty() ? null : worst.get(0);
        return first == null ? new PackProblem("questions/", 0, message)
                : new PackProblem(first.file(), first.line(), message);
    }

    private static String ids(List<PackQuestion> items) {
        return items.stream().limit(NAMED).map(PackQuestion::id).collect(Collectors.joining(", "))
                + (items.size() > NAMED ? ", … and " + (items.size() - NAMED) + " more" : "");
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
