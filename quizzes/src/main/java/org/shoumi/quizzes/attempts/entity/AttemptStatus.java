package org.shoumi.quizzes.attempts.entity;

/** In progress; submitted by the taker; or submitted by the server when the time ran out. */
public enum AttemptStatus {
    IN_PROGRESS, SUBMITTED, EXPIRED;

    public boolean isFinished() {
        return this != IN_PROGRESS;
    }
}
