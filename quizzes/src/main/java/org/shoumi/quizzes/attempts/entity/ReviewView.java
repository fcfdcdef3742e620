package org.shoumi.quizzes.attempts.entity;

import java.math.BigDecimal;
import java.util.List;
import org.shoumi.quizzes.bank.entity.AnswerKey;
import org.shoumi.quizzes.bank.entity.ClauseCode;
import org.shoumi.quizzes.bank.entity.QuestionKey;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * What the taker sees after the attempt is finished, per the quiz's {@link FeedbackPolicy}: always the score and
 * pass/fail; with FULL feedback also every question with the response, outcome, correct answer, explanation,
 * clause code and legal basis (with SCORE_ONLY, {@code questions} is empty).
 */
public record ReviewView(String attemptId, AttemptStatus status, Fraction earned, Fraction possible,
                         BigDecimal percent, boolean passed, FeedbackPolicy feedback, List<Item> questions) {

    public ReviewView {
        questions = List.copyOf(questions);
    }

    /** One reviewed question; options carry the labels they had in this attempt. */
    public record Item(int number, QuestionKey key, QuestionType type, String stem, List<TakerView.Option> options,
                       Response response, Outcome outcome, Fraction earned, Fraction points, List<Boolean> blanksRight,
                       AnswerKey answerKey, String explanation, ClauseCode clause, String legalBasis) {
        public Item {
            options = List.copyOf(options);
            blanksRight = List.copyOf(blanksRight);
        }
    }
}
