package org.shoumi.portal.hours.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * The arithmetic of 学时. Reading counts the seconds the page was open, each document at most the cap (so leaving a
 * page open all day does not make a year's hours); each exam passed in the year counts the configured hours once,
 * however often it was passed; offline sessions count the hours the officer gave them. Hours are shown to a tenth,
 * rounded down (nobody is credited with time they did not spend).
 */
public final class HoursRules {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    /**
     * Whether a person has a yearly 学时 target: in post or being onboarded. Someone who left the post (离岗) or the
     * unit (离职) owes no in-post training; their home page showed "本年度学时 2 / 12" after the approval.
     */
    public static boolean hasTarget(EmployeeStatus status) {
        return status == EmployeeStatus.ACTIVE || status == EmployeeStatus.ONBOARDING;
    }

    /** Whole percent of the target reached, at most 100 (100 when the target is zero). */
    public static int percent(BigDecimal total, BigDecimal target) {
        if (target.signum() == 0) {
            return 100;
        }
        return total.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.DOWN)
                .min(BigDecimal.valueOf(100)).intValue();
    }

    private HoursRules() {
    }

    /** Reading seconds already capped per document, as hours to a tenth, rounded down. */
    public static BigDecimal readingHours(long cappedSeconds) {
        if (cappedSeconds < 0) {
            throw new IllegalArgumentException("negative reading time");
        }
        return BigDecimal.valueOf(cappedSeconds).divide(SECONDS_PER_HOUR, 1, RoundingMode.DOWN);
    }

    /** One reading's seconds as they count: never below zero, at most the cap. */
    public static long capped(long seconds, long capSeconds) {
        return Math.max(0, Math.min(seconds, capSeconds));
    }

    /** One reading as it was measured: when it was acknowledged and how long the page had been open before. */
    public record Reading(java.time.Instant acknowledgedAt, long seconds) {
    }

    /**
     * The seconds a person spent reading: each reading capped, and time when several pages were open at once counted
     * once (eleven documents opened in eleven tabs and acknowledged after seven minutes made 1.2 学时 of seven minutes'
     * reading; found by an outside check). Each reading covers the span before its acknowledgement.
     */
    public static long readingSeconds(java.util.Collection<Reading> readings, long capSeconds) {
        java.util.List<long[]> spans = readings.stream().map(r -> {
            long end = r.acknowledgedAt().getEpochSecond();
            return new long[] {end - capped(r.seconds(), capSeconds), end};
        }).filter(span -> span[1] > span[0]).sorted(java.util.Comparator.comparingLong(span -> span[0])).toList();
        long total = 0;
        long from = Long.MIN_VALUE;
        long to = Long.MIN_VALUE;
        for (long[] span : spans) {
            if (span[0] > to) {
                total += to - from;
                from = span[0];
                to = span[1];
            } else {
                to = Math.max(to, span[1]);
            }
        }
        return spans.isEmpty() ? 0 : total + (to - from);
    }

    /** Exams passed in the year (each counted once) times the hours one pass is worth. */
    public static BigDecimal quizHours(long examsPassed, BigDecimal perExam) {
        return perExam.multiply(BigDecimal.valueOf(examsPassed)).setScale(1, RoundingMode.DOWN);
    }

    /**
     * The target of a person: the plan's, when started plan items of the year concern them and set hours for them;
     * otherwise the configured one of their class.
     */
    public static BigDecimal target(SecrecyClass secrecyClass, Map<SecrecyClass, BigDecimal> byClass,
                                    BigDecimal fromPlan) {
        if (fromPlan != null && fromPlan.signum() > 0) {
            // a plan whose items for the person set no hours (a new hires' item of 0 学时) leaves the class's target,
            // instead of a target of 0 that everyone meets (outside check: "本年度学时 0 / 0")
            return fromPlan.setScale(1, RoundingMode.UNNECESSARY);
        }
        return byClass.getOrDefault(secrecyClass, BigDecimal.ZERO).setScale(1, RoundingMode.DOWN);
    }

    /** "12,10,8,4" → the targets of 核心, 重要, 一般 and 非涉密, in that order. */
    public static Map<SecrecyClass, BigDecimal> targets(String core, String important, String general, String none) {
        return Map.of(SecrecyClass.CORE, hours(core), SecrecyClass.IMPORTANT, hours(important),
                SecrecyClass.GENERAL, hours(general), SecrecyClass.NONE, hours(none));
    }

    private static BigDecimal hours(String configured) {
        BigDecimal h = new BigDecimal(configured.strip());
        if (h.signum() < 0) {
            throw new IllegalArgumentException("a 学时 target cannot be negative: " + configured);
        }
        return h;
    }

    /**
     * The target most of a group of people have (the lower one of a tie), for a report's line of a class; null for
     * nobody. The highest was shown before: one liaison with a plan target of 20 made a class of targets of 4 read 20.
     */
    public static BigDecimal usualTarget(java.util.Collection<BigDecimal> targets) {
        java.util.Map<BigDecimal, Long> counted = new java.util.TreeMap<>();
        targets.forEach(t -> counted.merge(t.stripTrailingZeros(), 1L, Long::sum));
        return counted.entrySet().stream().max(java.util.Map.Entry.<BigDecimal, Long>comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(e -> e.getKey().setScale(1, RoundingMode.DOWN)).orElse(null);
    }
}
