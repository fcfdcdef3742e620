package org.shoumi.quizzes.attempts.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import org.shoumi.quizzes.attempts.entity.AttemptStatus;
import org.shoumi.quizzes.attempts.entity.QuizMode;

/**
 * One finished attempt on a person's list of results: which quiz, which try, when, the score and whether it
 * passed; {@code certificate} when it is a passed exam, which has one; {@code revoked} when its certificate was
 * revoked (the exam void: not passed).
 */
public record FinishedAttempt(long attemptId, String quizCode, String quizTitle, QuizMode mode, int number,
                              Instant finishedAt, AttemptStatus status, BigDecimal percent, boolean passed,
                              boolean certificate, boolean revoked) implements java.io.Serializable {

    /** For pages (EL does not read record components as properties). */
    public long getAttemptId() {
        return attemptId;
    }
}
