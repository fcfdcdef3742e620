package org.shoumi.quizzes.attempts.entity;

/** What a taker sees after submitting: correct answers with explanation and clause, or the score only. */
public enum FeedbackPolicy {
    FULL, SCORE_ONLY
}
