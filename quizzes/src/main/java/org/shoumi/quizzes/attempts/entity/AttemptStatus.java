package org.shoumi.quizzes.attempts.entity;

/** Life cycle of an attempt: IN_PROGRESS → SUBMITTED (by the taker) or EXPIRED (auto-submitted at the deadline). */
public enum AttemptStatus {
    IN_PROGRESS, SUBMITTED, EXPIRED;

    public boolean isFinished() {
        return this != IN_PROGRESS;
    }
}
