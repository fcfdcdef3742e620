package org.shoumi.quizzes.attempts.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.shoumi.quizzes.attempts.entity.Attempt;
import org.shoumi.quizzes.attempts.entity.AttemptResult;
import org.shoumi.quizzes.attempts.entity.DrawnQuestion;
import org.shoumi.quizzes.attempts.entity.FeedbackPolicy;
import org.shoumi.quizzes.attempts.entity.QuestionResult;
import org.shoumi.quizzes.attempts.entity.ReviewView;
import org.shoumi.quizzes.attempts.entity.TakerView;
import org.shoumi.quizzes.bank.entity.ChoiceOption;
import org.shoumi.quizzes.bank.entity.Question;
import org.shoumi.quizzes.bank.entity.QuestionKey;

/**
 * Builds the taker's view of an attempt (never containing answers) and, once finished, the review view
 * allowed by the quiz's feedback policy.
 */
public final class AttemptViews {

    private AttemptViews() {
    }

    /** The attempt as the taker sees it while (or after) taking it: no answer key, explanation or score. */
    public static TakerView takerView(Attempt attempt, Function<QuestionKey, Question> bank) {
        List<TakerView.Item> items = new ArrayList<>();
        int number = 1;
        for (DrawnQuestion d : attempt.questions()) {
            Question q = lookUp(bank, d.key());
            items.add(new TakerView.Item(number++, q.key(), q.type(), q.stem(), labelled(q, d), q.blankCount(),
                    d.points(), attempt.response(d.key()).orElse(null)));
        }
        return new TakerView(attempt.id(), attempt.status(), attempt.startedAt(), attempt.deadline().orElse(null), items);
    }

    /**
     * The review of a finished attempt under {@code policy}: score and pass/fail, plus (FULL feedback only)
     * per-question outcome, correct answer, explanation, clause and legal basis.
     *
     * @throws IllegalStateException if the attempt is still in progress
     */
    public static ReviewView review(Attempt attempt, Function<QuestionKey, Question> bank, QuizPolicy policy) {
        AttemptResult result = attempt.result()
                .orElseThrow(() -> new IllegalStateException("attempt " + attempt.id() + " is still in progress"));
        List<ReviewView.Item> items = new ArrayList<>();
        if (policy.feedback() == FeedbackPolicy.FULL) {
            int number = 1;
            for (DrawnQuestion d : attempt.questions()) {
                Question q = lookUp(bank, d.key());
                QuestionResult r = result.question(d.key()).orElseThrow();
                items.add(new ReviewView.Item(number++, q.key(), q.type(), q.stem(), labelled(q, d), r.response(),
                        r.outcome(), r.earned(), r.points(), r.blanksRight(), q.answerKey(), q.explanation(),
                        q.clause(), q.legalBasis()));
            }
        }
        return new ReviewView(attempt.id(), attempt.status(), result.earned(), result.possible(), result.percent(),
                policy.passes(result.fraction()), policy.feedback(), items);
    }

    private static List<TakerView.Option> labelled(Question q, DrawnQuestion d) {
        List<TakerView.Option> options = new ArrayList<>();
        for (int i = 0; i < d.optionOrder().size(); i++) {
            String id = d.optionOrder().get(i);
            ChoiceOption o = q.option(id)
                    .orElseThrow(() -> new IllegalArgumentException("question " + q.key() + " has no option " + id));
            options.add(new TakerView.Option(String.valueOf((char) ('A' + i)), o.id(), o.text()));
        }
        return options;
    }

    private static Question lookUp(Function<QuestionKey, Question> bank, QuestionKey key) {
        Question q = bank.apply(key);
        if (q == null) {
            throw new IllegalArgumentException("question " + key + " is not in the bank");
        }
        return q;
    }
}
