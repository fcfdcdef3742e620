package org.shoumi.quizzes.attempts.boundary;

import java.io.Serializable;

import java.math.BigDecimal;
import java.util.List;
import org.shoumi.quizzes.attempts.entity.AttemptStatus;
import org.shoumi.quizzes.attempts.entity.FeedbackPolicy;
import org.shoumi.quizzes.attempts.entity.QuizMode;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * A finished attempt for its taker. With feedback FULL each question comes with the correct answer, the
 * explanation and the clause it tests; with SCORE_ONLY the review list is empty. {@code startedAt}: when the taker
 * started it (the clauses are cited as the rules in force then worded them).
 */
public record ResultView(long attemptId, String quizCode, String quizTitle, QuizMode mode, AttemptStatus status,
                         BigDecimal percent, boolean passed, int passPercent, FeedbackPolicy feedback,
                         List<Review> review, java.time.Instant startedAt) implements Serializable {

    /**
     * Whether the attempt is judged against a pass mark: a practice without one (the mistake book's 错题练习, pass
     * mark 0) has a score, but no pass or fail.
     */
    public boolean graded() {
        return passPercent > 0;
    }

    /** How many questions were answered fully right (counted from the review; 0 with SCORE_ONLY feedback). */
    public long rightCount() {
        return review == null ? 0 : review.stream().filter(Review::right).count();
    }

    /** How many questions earned part of their mark (a 多选 with partial credit, a 填空 with some blanks right). */
    public long partlyRightCount() {
        return review == null ? 0 : review.stream().filter(Review::partlyRight).count();
    }

    /**
     * One question reviewed; {@code given} and {@code correct} as stored for judge questions (TRUE/FALSE);
     * {@code points}: what it earned of the score out of 100 ({@code Scoring.points}), one decimal as the score.
     */
    public record Review(int position, String stem, List<TakerView.Option> options, String given, String correct,
                         BigDecimal fraction, String explanation, String clause, String basis, QuestionType type,
                         BigDecimal points) implements Serializable {

        public boolean right() {
            return fraction != null && fraction.compareTo(BigDecimal.ONE) == 0;
        }

        /** Earned part of its mark, not all of it: neither right nor wrong (it read "错误": outside check). */
        public boolean partlyRight() {
            return fraction != null && fraction.signum() > 0 && fraction.compareTo(BigDecimal.ONE) < 0;
        }
    }
}
