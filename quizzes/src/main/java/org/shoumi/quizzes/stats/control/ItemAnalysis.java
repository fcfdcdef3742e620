package org.shoumi.quizzes.stats.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.shoumi.quizzes.attempts.entity.AttemptResult;
import org.shoumi.quizzes.attempts.entity.Fraction;
import org.shoumi.quizzes.attempts.entity.QuestionResult;
import org.shoumi.quizzes.attempts.entity.Response;
import org.shoumi.quizzes.bank.entity.ClauseCode;
import org.shoumi.quizzes.bank.entity.Question;
import org.shoumi.quizzes.bank.entity.QuestionKey;
import org.shoumi.quizzes.stats.entity.ClauseStatistics;
import org.shoumi.quizzes.stats.entity.ItemFlag;
import org.shoumi.quizzes.stats.entity.ItemReport;
import org.shoumi.quizzes.stats.entity.ItemStatistics;
import org.shoumi.quizzes.stats.entity.StatsThresholds;

/**
 * Classical item analysis over scored attempts, in exact arithmetic.
 * <ul>
 *   <li><b>Facility index</b>: the mean credit (0–1) earned on the question over the attempts that contained it.</li>
 *   <li><b>Discrimination index</b>: Kelley's upper–lower 27% method (not point-biserial). The attempts that
 *       contained the question are ranked by their total score fraction (earned / possible, highest first; ties
 *       keep input order); with n attempts the groups have g = max(1, round(0.27 n)) attempts each;
 *       D = mean credit of the upper group − mean credit of the lower group, in −1…1. Undefined (empty) for n &lt; 2.</li>
 *   <li><b>Option distribution</b>: how often each option (by stable id) was picked; for JUDGE "true"/"false".</li>
 *   <li><b>Flags</b> per {@link StatsThresholds}: TOO_EASY facility &gt; 0.9, TOO_HARD facility &lt; 0.2,
 *       NEGATIVE_DISCRIMINATION D &lt; 0 (defaults).</li>
 *   <li><b>Weakest clauses/topics</b>: pooled mean credit over every response to the questions with that clause
 *       code (or topic: the code without its last segment), lowest first, ties by code.</li>
 * </ul>
 * With randomly drawn quizzes each question is analysed over the attempts that contained it.
 */
public final class ItemAnalysis {

    private static final BigDecimal KELLEY = new BigDecimal("0.27");

    private ItemAnalysis() {
    }

    public static ItemReport analyse(Collection<AttemptResult> attempts, Function<QuestionKey, Question> bank) {
        return analyse(attempts, bank, StatsThresholds.DEFAULTS);
    }

    /**
     * @param attempts scored attempts (of one quiz, or of several quizzes sharing questions)
     * @param bank     looks questions up for their type and clause; may return null for deleted questions
     */
    public static ItemReport analyse(Collection<AttemptResult> attempts, Function<QuestionKey, Question> bank,
                                     StatsThresholds thresholds) {
        List<AttemptResult> ranked = new ArrayList<>(attempts);
        ranked.sort(Comparator.comparing(AttemptResult::fraction).reversed()); // stable: ties keep input order
        Map<QuestionKey, List<QuestionResult>> byQuestion = new TreeMap<>();
        for (AttemptResult a : ranked) {
            for (QuestionResult q : a.questions()) {
                byQuestion.computeIfAbsent(q.key(), k -> new ArrayList<>()).add(q);
            }
        }
        List<ItemStatistics> items = new ArrayList<>();
        byQuestion.forEach((key, results) -> {
            Question question = bank.apply(key);
            items.add(item(key, results, question, thresholds));
        });
        return new ItemReport(items, aggregate(items, byQuestion, false), aggregate(items, byQuestion, true));
    }

    private static ItemStatistics item(QuestionKey key, List<QuestionResult> rankedResults, Question question,
                                       StatsThresholds t) {
        int n = rankedResults.size();
        Fraction facility = mean(rankedResults);
        Optional<Fraction> discrimination = Optional.empty();
        if (n >= 2) {
            int g = Math.max(1, KELLEY.multiply(BigDecimal.valueOf(n)).setScale(0, java.math.RoundingMode.HALF_UP).intValue());
            discrimination = Optional.of(mean(rankedResults.subList(0, g)).minus(mean(rankedResults.subList(n - g, n))));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (question != null) {
            question.options().forEach(o -> counts.put(o.id(), 0));
            if (question.type() == org.shoumi.quizzes.bank.entity.QuestionType.JUDGE) {
                counts.put("true", 0);
                counts.put("false", 0);
            }
        }
        int unanswered = 0;
        for (QuestionResult r : rankedResults) {
            Response resp = r.response();
            if (r.outcome() == org.shoumi.quizzes.attempts.entity.Outcome.UNANSWERED) {
                unanswered++;
            } else if (resp instanceof Response.Choice c) {
                c.optionIds().forEach(id -> counts.merge(id, 1, Integer::sum));
            } else if (resp instanceof Response.Judge j) {
                counts.merge(String.valueOf(j.statementTrue()), 1, Integer::sum);
            }
        }
        Set<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
        if (facility.compareTo(Fraction.of(t.tooEasyAbove())) > 0) {
            flags.add(ItemFlag.TOO_EASY);
        }
        if (facility.compareTo(Fraction.of(t.tooHardBelow())) < 0) {
            flags.add(ItemFlag.TOO_HARD);
        }
        if (discrimination.isPresent() && discrimination.get().compareTo(Fraction.of(t.discriminationBelow())) < 0) {
            flags.add(ItemFlag.NEGATIVE_DISCRIMINATION);
        }
        ClauseCode clause = question == null ? null : question.clause();
        return new ItemStatistics(key, n, facility, discrimination, counts, unanswered, clause, flags);
    }

    private static Fraction mean(List<QuestionResult> results) {
        Fraction sum = Fraction.ZERO;
        for (QuestionResult r : results) {
            sum = sum.plus(r.credit());
        }
        return sum.dividedBy(results.size());
    }

    private static List<ClauseStatistics> aggregate(List<ItemStatistics> items,
                                                    Map<QuestionKey, List<QuestionResult>> byQuestion, boolean topics) {
        Map<String, List<ItemStatistics>> groups = new TreeMap<>();
        for (ItemStatistics i : items) {
            if (i.clause() != null) {
                String code = topics ? i.clause().topic() : i.clause().value();
                groups.computeIfAbsent(code, c -> new ArrayList<>()).add(i);
            }
        }
        List<ClauseStatistics> out = new ArrayList<>();
        groups.forEach((code, group) -> {
            List<QuestionResult> all = new ArrayList<>();
            Set<QuestionKey> keys = new HashSet<>();
            group.forEach(i -> {
                keys.add(i.question());
                all.addAll(byQuestion.get(i.question()));
            });
            out.add(new ClauseStatistics(code, keys.size(), all.size(), mean(all)));
        });
        out.sort(Comparator.comparing(ClauseStatistics::meanFacility).thenComparing(ClauseStatistics::code));
        return out;
    }
}
