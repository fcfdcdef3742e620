package org.shoumi.quizzes.attempts.boundary;

import org.shoumi.quizzes.attempts.control.QuizPolicy.GradingMethod;
import org.shoumi.quizzes.attempts.control.Scoring.MultiCredit;
import org.shoumi.quizzes.attempts.entity.FeedbackPolicy;
import org.shoumi.quizzes.attempts.entity.QuizMode;

/**
 * A new quiz as a secrecy officer describes it: N questions of a category (null = any) and difficulty range, of
 * which {@code ownPostCount} (0 = none) come from the duties of the taker's own post.
 */
public record QuizDraft(String code, String title, QuizMode mode, int questionCount, String category,
                        int minDifficulty, int maxDifficulty, int timeLimitMinutes, int passPercent,
                        int attemptsAllowed, GradingMethod gradingMethod, FeedbackPolicy feedback,
                        MultiCredit multiCredit, int ownPostCount) {

    public QuizDraft {
        if (ownPostCount < 0 || ownPostCount > questionCount) {
            throw new IllegalArgumentException("own-post questions: 0 to the quiz's " + questionCount);
        }
    }

    /** A quiz without own-post questions. */
    public QuizDraft(String code, String title, QuizMode mode, int questionCount, String category,
                     int minDifficulty, int maxDifficulty, int timeLimitMinutes, int passPercent,
                     int attemptsAllowed, GradingMethod gradingMethod, FeedbackPolicy feedback,
                     MultiCredit multiCredit) {
        this(code, title, mode, questionCount, category, minDifficulty, maxDifficulty, timeLimitMinutes, passPercent,
                attemptsAllowed, gradingMethod, feedback, multiCredit, 0);
    }
}
