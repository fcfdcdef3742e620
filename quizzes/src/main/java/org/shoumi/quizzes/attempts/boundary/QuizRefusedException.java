package org.shoumi.quizzes.attempts.boundary;

import org.shoumi.content.persistence.Refusal;

/** A quiz action that was not carried out, and why; nothing changed. */
public class QuizRefusedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    public enum Reason { UNKNOWN_QUIZ, UNKNOWN_ATTEMPT, NOT_YOURS, NO_MORE_ATTEMPTS, NOT_ENOUGH_QUESTIONS,
        FINISHED, DEADLINE_PASSED, MALFORMED_ANSWER, NO_MISTAKES, CERTIFICATE_REVOKED,
        PASS_MARK_REQUIRED, ALREADY_GRANTED, NO_TIME_LIMIT, UNLIMITED_ATTEMPTS, OVER_TOTAL,
        OWN_GRANT, CODE_TAKEN, CODE_RESERVED }

    private final Reason reason;

    public QuizRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
