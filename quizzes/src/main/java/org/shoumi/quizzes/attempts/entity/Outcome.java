package org.shoumi.quizzes.attempts.entity;

/** How a response scored: full credit, some credit, no credit, or nothing answered. */
public enum Outcome {
    CORRECT, PARTIAL, WRONG, UNANSWERED
}
