package org.shoumi.quizzes.attempts.boundary;

import org.shoumi.quizzes.attempts.control.QuizPolicy.GradingMethod;
import org.shoumi.quizzes.attempts.control.Scoring.MultiCredit;
import org.shoumi.quizzes.attempts.entity.FeedbackPolicy;
import org.shoumi.quizzes.attempts.entity.QuizMode;

/** A new quiz as a secrecy officer describes it: one draw rule (N questions of a category and difficulty range). */
public record QuizDraft(String code, String title, QuizMode mode, int questionCount, String category,
                        int minDifficulty, int maxDifficulty, int timeLimitMinutes, int passPercent,
                        int attemptsAllowed, GradingMethod gradingMethod, FeedbackPolicy feedback,
                        MultiCredit multiCredit) {
}
