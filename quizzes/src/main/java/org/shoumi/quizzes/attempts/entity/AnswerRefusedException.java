package org.shoumi.quizzes.attempts.entity;

/**
 * Thrown when an attempt refuses to save an answer. {@link #reason()} tells the caller which message to show.
 */
public class AnswerRefusedException extends RuntimeException {

    /** Why the answer was refused. */
    public enum Reason {
        /** The attempt was already submitted or expired. */
        NOT_IN_PROGRESS,
        /** The deadline (plus grace) has passed. */
        DEADLINE_PASSED,
        /** The question is not part of this attempt. */
        UNKNOWN_QUESTION,
        /** The response does not fit the question (wrong kind, unknown option, two options on a SINGLE question). */
        INVALID_RESPONSE
    }

    private final Reason reason;

    public AnswerRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
