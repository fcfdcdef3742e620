package org.shoumi.quizzes.attempts.entity;

/** Which finished attempt gives a person's final grade when several are allowed. */
public enum GradingMethod {
    /** The best attempt counts. */
    HIGHEST,
    /** The most recently finished attempt counts. */
    LAST
}
