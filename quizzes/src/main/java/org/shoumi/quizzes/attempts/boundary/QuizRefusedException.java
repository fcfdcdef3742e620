package org.shoumi.quizzes.attempts.boundary;

import org.shoumi.content.persistence.Refusal;

/** A quiz action that was not carried out, and why; nothing changed. */
public class QuizRefusedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    public enum Reason { UNKNOWN_QUIZ, UNKNOWN_ATTEMPT, NOT_YOURS, NO_MORE_ATTEMPTS, NOT_ENOUGH_QUESTIONS,
        FINISHED, DEADLINE_PASSED, MALFORMED_ANSWER, NO_MISTAKES, CERTIFICATE_REVOKED,
        PASS_MARK_REQUIRED, ALREADY_GRANTED, NO_TIME_LIMIT, UNLIMITED_ATTEMPTS, OVER_TOTAL,
        OWN_GRANT, CODE_TAKEN, CODE_RESERVED, ANSWER_CHECKED,
        /** the code is taken by the quiz this login defined a moment ago: the form was sent twice */
        CODE_JUST_DEFINED }

    private final Reason reason;
    private final int needed;
    private final int available;

    public QuizRefusedException(Reason reason) {
        this(reason, -1, -1);
    }

    /** NOT_ENOUGH_QUESTIONS: how many questions a draw rule needs and how many the bank has for it. */
    public QuizRefusedException(Reason reason, int needed, int available) {
        super(reason.name());
        this.reason = reason;
        this.needed = needed;
        this.available = available;
    }

    public Reason reason() {
        return reason;
    }

    /** The questions a draw rule needs (NOT_ENOUGH_QUESTIONS from defining a quiz); -1 when not known. */
    public int needed() {
        return needed;
    }

    /** The questions the bank has for that rule; -1 when not known. */
    public int available() {
        return available;
    }
}
