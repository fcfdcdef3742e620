package org.shoumi.quizzes.stats.entity;

/** Warnings raised on a question by item analysis. */
public enum ItemFlag {
    /** Facility above the "too easy" threshold (default 0.9). */
    TOO_EASY,
    /** Facility below the "too hard" threshold (default 0.2). */
    TOO_HARD,
    /** Discrimination below the threshold (default 0): weaker takers do better than stronger ones. */
    NEGATIVE_DISCRIMINATION
}
