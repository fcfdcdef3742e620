package org.shoumi.quizzes.attempts.boundary;

import java.io.Serializable;

import java.math.BigDecimal;
import org.shoumi.quizzes.attempts.control.QuizPolicy;
import org.shoumi.quizzes.attempts.entity.QuizMode;

/** A quiz on one person's list: its rules, how many attempts they used, their grade, an attempt to resume. */
public record QuizSummary(String code, String title, QuizMode mode, int questions, int timeLimitMinutes,
                          int passPercent, int attemptsAllowed, int attemptsUsed, BigDecimal grade, Boolean passed,
                          Long openAttemptId, boolean mayStart, QuizPolicy.GradingMethod gradingMethod)
        implements Serializable {

    /** Whether the grade is the last attempt's: a retake after a pass may lower it (HIGHEST keeps the best). */
    public boolean lastCounts() {
        return gradingMethod == QuizPolicy.GradingMethod.LAST;
    }
}
