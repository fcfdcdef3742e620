package org.shoumi.quizzes.attempts.entity;

/** What the taker sees after submitting. */
public enum FeedbackPolicy {
    /** Score, per-question outcome, correct answers, explanation, clause code and legal basis. */
    FULL,
    /** Total score and pass/fail only. */
    SCORE_ONLY
}
