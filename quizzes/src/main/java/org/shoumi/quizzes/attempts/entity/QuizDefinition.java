package org.shoumi.quizzes.attempts.entity;

import java.util.List;
import java.util.Objects;

/**
 * How a quiz is assembled from the bank: draw rules applied in order (a question drawn by an earlier rule
 * is not drawn again), then optional shuffling of question order and of option order (never for JUDGE).
 */
public record QuizDefinition(String quizKey, List<DrawRule> rules, boolean shuffleQuestions, boolean shuffleOptions) {

    /** Questions in a contest (竞赛) unless configured otherwise. */
    public static final int CONTEST_QUESTION_COUNT = 20;

    public QuizDefinition {
        Objects.requireNonNull(quizKey, "quizKey");
        if (rules == null || rules.isEmpty()) {
            throw new IllegalArgumentException("a quiz needs at least one draw rule");
        }
        rules = List.copyOf(rules);
    }

    public static QuizDefinition of(String quizKey, DrawRule... rules) {
        return new QuizDefinition(quizKey, List.of(rules), true, true);
    }

    /** A contest: {@value #CONTEST_QUESTION_COUNT} questions from {@code filter}, shuffled. */
    public static QuizDefinition contest(String quizKey, QuestionFilter filter) {
        return of(quizKey, new DrawRule(CONTEST_QUESTION_COUNT, filter));
    }

    public int questionCount() {
        return rules.stream().mapToInt(DrawRule::count).sum();
    }
}
