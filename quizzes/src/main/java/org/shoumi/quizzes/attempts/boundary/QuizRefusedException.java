package org.shoumi.quizzes.attempts.boundary;

import org.shoumi.content.persistence.Refusal;

/** A quiz action that was not carried out, and why; nothing changed. */
public class QuizRefusedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    public enum Reason { UNKNOWN_QUIZ, UNKNOWN_ATTEMPT, NOT_YOURS, NO_MORE_ATTEMPTS, NOT_ENOUGH_QUESTIONS,
        FINISHED, DEADLINE_PASSED, MALFORMED_ANSWER, NO_MISTAKES, CERTIFICATE_REVOKED,
        PASS_MARK_REQUIRED, ALREADY_GRANTED, NO_TIME_LIMIT, UNLIMITED_ATTEMPTS, OVER_TOTAL,
        OWN_GRANT, CODE_TAKEN, CODE_RESERVED, ANSWER_CHECKED,
        /** an accommodation's reason says nothing ({@code Texts.saysSomething}: "无", "-" alone) */
        NO_REASON,
        /** the code is taken by the quiz this login defined a moment ago: the form was sent twice */
        CODE_JUST_DEFINED,
        /** a contest graded other than by each person's best score (its ranking is of best scores) */
        CONTEST_GRADING,
        /** another quiz has the title, as {@code QuizTitles.sameTitle} compares titles */
        TITLE_TAKEN,
        /** a pass a later failed attempt superseded, the quiz graded by the last attempt ({@code PassRule}) */
        SUPERSEDED }

    private final Reason reason;
    private final int needed;
    private final int available;
    private final String other;

    public QuizRefusedException(Reason reason) {
        this(reason, -1, -1);
    }

    /** TITLE_TAKEN: {@code other} is the code of the quiz that has the title. */
    public QuizRefusedException(Reason reason, String other) {
        super(reason.name());
        this.reason = reason;
        this.needed = -1;
        this.available = -1;
        this.other = other;
    }

    /** NOT_ENOUGH_QUESTIONS: how many questions a draw rule needs and how many the bank has for it. */
    public QuizRefusedException(Reason reason, int needed, int available) {
        super(reason.name());
        this.reason = reason;
        this.needed = needed;
        this.available = available;
        this.other = null;
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

    /** The code of the other quiz the refusal names (TITLE_TAKEN); null otherwise. */
    public String other() {
        return other;
    }
}
