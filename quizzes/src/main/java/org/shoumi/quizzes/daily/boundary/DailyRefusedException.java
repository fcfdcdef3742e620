package org.shoumi.quizzes.daily.boundary;

import org.shoumi.content.persistence.Refusal;

/** An answer to the question of the day that was not recorded, and why; nothing changed. */
public class DailyRefusedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** today's question is answered already */
        ALREADY_ANSWERED,
        /** no answer given */
        EMPTY,
        /** not an answer to this question (a letter it has not, a wrong number of blanks) */
        MALFORMED,
        /** the question answered is no longer today's (the bank changed since the page was shown) */
        CHANGED,
        /** the bank has no active question */
        NO_QUESTION
    }

    private final Reason reason;

    public DailyRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
