package org.shoumi.quizzes.stats.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Classical item analysis over finished attempts. Facility index: the mean score fraction of a question.
 * Discrimination index: the mean fraction among the best 27% of attempts (by total score) minus that among
 * the worst 27% — positive when stronger takers do better, negative when weaker ones do. Option distribution:
 * how often each option was picked. Questions are flagged as too easy, too hard or discriminating negatively;
 * rule and duty topics are ranked by mean facility, weakest first.
 */
public final class ItemStatistics {

    /** One answered question within one finished attempt. */
    public record Answer(long attemptId, String questionKey, String topic, double fraction, Set<String> picked) {
    }

    /**
     * TOO_EASY, TOO_HARD and NEGATIVE_DISCRIMINATION describe; REVIEW asks an officer to act (retire or revise):
     * a facility above the review level or a negative discrimination. All of them only once a question has the
     * answers the review waits for ({@code reviewMinAnswers}); before that FEW_ANSWERS says so, alone (the page
     * called a question answered once 过易 while the review list waited for 30 answers: outside check).
     */
    public enum Flag { TOO_EASY, TOO_HARD, NEGATIVE_DISCRIMINATION, REVIEW, FEW_ANSWERS }

    /**
     * Thresholds; {@code minGroup} is the smallest upper/lower group that makes a discrimination index;
     * {@code reviewFacility} and {@code reviewMinAnswers} decide the REVIEW flag.
     */
    public record Thresholds(double tooEasy, double tooHard, int minGroup, double reviewFacility,
                             int reviewMinAnswers) {

        public static Thresholds standard() {
            return new Thresholds(0.9, 0.2, 3, 0.95, 30);
        }

        /** These thresholds with other review levels (configuration). */
        public Thresholds withReview(double facility, int minAnswers) {
            return new Thresholds(tooEasy, tooHard, minGroup, facility, minAnswers);
        }
    }

    /** The analysis of one question. {@code discrimination} is null when there were too few attempts. */
    public record Item(String questionKey, String topic, int answers, double facility, Double discrimination,
                       Map<String, Integer> optionCounts, Set<Flag> flags) {
    }

    /** A rule or duty topic with the mean facility of its questions. */
    public record Topic(String topic, int answers, double facility) {
    }

    private ItemStatistics() {
    }

    public static List<Item> items(List<Answer> answers, Thresholds t) {
        Map<Long, Double> totals = new HashMap<>();
        answers.forEach(a -> totals.merge(a.attemptId(), a.fraction(), Double::sum));
        List<Long> ranked = new ArrayList<>(totals.keySet());
        ranked.sort(Comparator.comparingDouble((Long id) -> totals.get(id)).thenComparing(id -> id));
        int group = (int) Math.floor(ranked.size() * 0.27);
        Set<Long> lower = new TreeSet<>(ranked.subList(0, group));
        Set<Long> upper = new TreeSet<>(ranked.subList(ranked.size() - group, ranked.size()));

        Map<String, List<Answer>> byQuestion = new TreeMap<>();
        answers.forEach(a -> byQuestion.computeIfAbsent(a.questionKey(), k -> new ArrayList<>()).add(a));
        List<Item> items = new ArrayList<>();
        byQuestion.forEach((key, list) -> {
            double facility = list.stream().mapToDouble(Answer::fraction).average().orElse(0);
            Double discrimination = null;
            List<Answer> up = list.stream().filter(a -> upper.contains(a.attemptId())).toList();
            List<Answer> low = list.stream().filter(a -> lower.contains(a.attemptId())).toList();
            if (group >= t.minGroup() && !up.isEmpty() && !low.isEmpty()) {
                discrimination = mean(up) - mean(low);
            }
            Map<String, Integer> options = new LinkedHashMap<>();
            list.forEach(a -> a.picked().forEach(o -> options.merge(o, 1, Integer::sum)));
            Set<Flag> flags = new TreeSet<>();
            if (list.size() < t.reviewMinAnswers()) {
                flags.add(Flag.FEW_ANSWERS);
            } else if (facility > t.tooEasy()) {
                flags.add(Flag.TOO_EASY);
            }
            if (list.size() >= t.reviewMinAnswers() && facility < t.tooHard()) {
                flags.add(Flag.TOO_HARD);
            }
            if (list.size() >= t.reviewMinAnswers() && discrimination != null && discrimination < 0) {
                flags.add(Flag.NEGATIVE_DISCRIMINATION);
            }
            if (list.size() >= t.reviewMinAnswers() && (facility > t.reviewFacility()
                    || discrimination != null && discrimination < 0)) {
                flags.add(Flag.REVIEW);
            }
            items.add(new Item(key, list.get(0).topic(), list.size(), round(facility),
                    discrimination == null ? null : round(discrimination), new TreeMap<>(options), flags));
        });
        return items;
    }

    /** Topics by mean facility, weakest first. */
    public static List<Topic> weakestTopics(List<Answer> answers) {
        Map<String, List<Answer>> byTopic = new TreeMap<>();
        answers.forEach(a -> byTopic.computeIfAbsent(a.topic(), k -> new ArrayList<>()).add(a));
        List<Topic> topics = new ArrayList<>();
        byTopic.forEach((topic, list) -> topics.add(new Topic(topic, list.size(), round(mean(list)))));
        topics.sort(Comparator.comparingDouble(Topic::facility).thenComparing(Topic::topic));
        return topics;
    }

    private static double mean(List<Answer> list) {
        return list.stream().mapToDouble(Answer::fraction).average().orElse(0);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
