package org.shoumi.quizzes.attempts.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A contest's department ranking: each person counts once, with their best score, in one department — where the
 * personnel history puts them at the end of the year of that best attempt ({@code departmentOf}, as the year-end
 * report counts a person's exams), or, for someone the roster does not know, the department the best attempt was
 * started from. Grouped by each attempt's own department first, a person who moved between two attempts counted in
 * both departments and lifted the average of each (outside check ex-s37d 4).
 */
public final class ContestRanking {

    /** A finished attempt as the ranking sees it: whose, from which department it was started, its score and end. */
    public record Entry(String person, String departmentAtStart, BigDecimal percent, Instant finishedAt) {
    }

    /** A department: how many people it counts and the mean of their best scores (one decimal). */
    public record Rank(String departmentCode, int participants, BigDecimal average) {
    }

    /** The department code of a person no department is known for. */
    public static final String NONE = "-";

    private ContestRanking() {
    }

    /**
     * The departments, best average first (then by code). {@code departmentOf}: the department a person counts in
     * for the moment their best attempt finished (null: not known, the attempt's own department is taken). Of two
     * attempts with the best score, the later one counts.
     */
    public static List<Rank> rank(List<Entry> attempts, BiFunction<String, Instant, String> departmentOf) {
        Map<String, Entry> best = new HashMap<>();
        for (Entry a : attempts) {
            best.merge(a.person(), a, (x, y) -> {
                int byScore = x.percent().compareTo(y.percent());
                if (byScore != 0) {
                    return byScore > 0 ? x : y;
                }
                return later(y, x) ? y : x;
            });
        }
        Map<String, List<BigDecimal>> byDepartment = new HashMap<>();
        best.values().forEach(a -> {
            String now = a.finishedAt() == null ? null : departmentOf.apply(a.person(), a.finishedAt());
            String department = now != null ? now : a.departmentAtStart() != null ? a.departmentAtStart() : NONE;
            byDepartment.computeIfAbsent(department, k -> new ArrayList<>()).add(a.percent());
        });
        List<Rank> ranks = new ArrayList<>();
        byDepartment.forEach((department, scores) -> ranks.add(new Rank(department, scores.size(),
                scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP))));
        ranks.sort(Comparator.comparing(Rank::average).reversed().thenComparing(Rank::departmentCode));
        return ranks;
    }

    private static boolean later(Entry a, Entry b) {
        return a.finishedAt() != null && (b.finishedAt() == null || a.finishedAt().isAfter(b.finishedAt()));
    }
}
