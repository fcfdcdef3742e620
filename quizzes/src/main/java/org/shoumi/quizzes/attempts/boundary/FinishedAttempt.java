package org.shoumi.quizzes.attempts.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import org.shoumi.quizzes.attempts.entity.AttemptStatus;
import org.shoumi.quizzes.attempts.entity.QuizMode;

/**
 * One finished attempt on a person's list of results: which quiz, which try, when, the score and whether it
 * passed; {@code certificate} when it is a passed exam, which has one; {@code revoked} when its certificate was
 * revoked (the exam void: not passed); {@code superseded} when it passed but a later attempt of a quiz graded by the
 * last attempt failed ({@link org.shoumi.quizzes.attempts.control.PassRule}): it stays passed on record, no longer
 * counts and gives no certificate.
 */
public record FinishedAttempt(long attemptId, String quizCode, String quizTitle, QuizMode mode, int number,
                              Instant finishedAt, AttemptStatus status, BigDecimal percent, boolean passed,
                              boolean certificate, boolean revoked, boolean superseded)
        implements java.io.Serializable {

    /** For pages (EL does not read record components as properties). */
    public long getAttemptId() {
        return attemptId;
    }
}
