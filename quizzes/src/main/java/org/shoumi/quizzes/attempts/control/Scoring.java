package org.shoumi.quizzes.attempts.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.shoumi.quizzes.attempts.entity.AttemptGrader;
import org.shoumi.quizzes.attempts.entity.AttemptResult;
import org.shoumi.quizzes.attempts.entity.DrawnQuestion;
import org.shoumi.quizzes.attempts.entity.Fraction;
import org.shoumi.quizzes.attempts.entity.Outcome;
import org.shoumi.quizzes.attempts.entity.QuestionResult;
import org.shoumi.quizzes.attempts.entity.Response;
import org.shoumi.quizzes.bank.entity.AnswerKey;
import org.shoumi.quizzes.bank.entity.Question;
import org.shoumi.quizzes.bank.entity.QuestionKey;

/**
 * Scores responses, exactly (as {@link Fraction}s).
 * <ul>
 *   <li>SINGLE and JUDGE: all or nothing.</li>
 *   <li>MULTI, by {@link MultiPolicy}:
 *     <ul>
 *       <li>ALL_OR_NOTHING: credit 1 only for exactly the correct set;</li>
 *       <li>PARTIAL: (correct options picked) / (correct options), but 0 as soon as one wrong option is picked;</li>
 *       <li>WEIGHTED (Moodle-like): the sum of the weights of the options picked, limited to [0, 1]. Without
 *           explicit weights each correct option weighs 1/k and each wrong one −1/k (k = number of correct
 *           options). A sum within 0.000001 of 1 counts as 1, as in Moodle (weights such as 33.33333%).</li>
 *     </ul></li>
 *   <li>FILL: each blank is right when its {@link AnswerNormaliser normalised} text equals one of the
 *       normalised accepted answers; credit = right blanks / blanks (per-blank partial credit), or all or
 *       nothing when {@code fillPartialCredit} is false.</li>
 * </ul>
 * Outcome: credit 1 → CORRECT, 0 → WRONG, else PARTIAL; no response (or an empty choice, or only empty
 * blanks) → UNANSWERED with credit 0. A response of the wrong kind for the question scores 0 (WRONG).
 */
public final class Scoring {

    /** Credit policy for MULTI questions. */
    public enum MultiPolicy { ALL_OR_NOTHING, PARTIAL, WEIGHTED }

    private static final Fraction MOODLE_TOLERANCE = Fraction.of(1, 1_000_000);

    private final MultiPolicy multiPolicy;
    private final boolean fillPartialCredit;

    public Scoring(MultiPolicy multiPolicy, boolean fillPartialCredit) {
        this.multiPolicy = Objects.requireNonNull(multiPolicy, "multiPolicy");
        this.fillPartialCredit = fillPartialCredit;
    }

    /** MULTI all or nothing, FILL per-blank partial credit: the usual Chinese exam rules. */
    public static Scoring standard() {
        return new Scoring(MultiPolicy.ALL_OR_NOTHING, true);
    }

    public MultiPolicy multiPolicy() {
        return multiPolicy;
    }

    public boolean fillPartialCredit() {
        return fillPartialCredit;
    }

    /** The credit (0 to 1) the response earns; null response earns 0. */
    public Fraction credit(Question question, Response response) {
        return score(question, response, BigDecimal.ONE).credit();
    }

    /** Scores one response to a question worth {@code points}. */
    public QuestionResult score(Question question, Response response, BigDecimal points) {
        Fraction pts = Fraction.of(points);
        if (isEmpty(response)) {
            return new QuestionResult(question.key(), Outcome.UNANSWERED, Fraction.ZERO, pts, Fraction.ZERO,
                    response, question.blankCount() > 0 ? blanksAllFalse(question.blankCount()) : List.of());
        }
        Fraction credit;
        List<Boolean> blanks = List.of();
        AnswerKey key = question.answerKey();
        if (key instanceof AnswerKey.Single s) {
            credit = response instanceof Response.Choice c && c.optionIds().equals(Set.of(s.optionId()))
                    ? Fraction.ONE : Fraction.ZERO;
        } else if (key instanceof AnswerKey.Judge j) {
            credit = response instanceof Response.Judge r && r.statementTrue() == j.statementTrue()
                    ? Fraction.ONE : Fraction.ZERO;
        } else if (key instanceof AnswerKey.Multi m) {
            credit = response instanceof Response.Choice c ? multiCredit(question, m, c.optionIds()) : Fraction.ZERO;
        } else {
            AnswerKey.Fill f = (AnswerKey.Fill) key;
            if (response instanceof Response.Fill r) {
                blanks = blanksRight(f, r);
                long right = blanks.stream().filter(b -> b).count();
                if (fillPartialCredit) {
                    credit = Fraction.of(right, blanks.size());
                } else {
                    credit = right == blanks.size() ? Fraction.ONE : Fraction.ZERO;
                }
            } else {
                credit = Fraction.ZERO;
                blanks = blanksAllFalse(f.blanks().size());
            }
        }
        Outcome outcome = credit.isOne() ? Outcome.CORRECT : credit.isZero() ? Outcome.WRONG : Outcome.PARTIAL;
        return new QuestionResult(question.key(), outcome, credit, pts, credit.times(pts), response, blanks);
    }

    private Fraction multiCredit(Question q, AnswerKey.Multi m, Set<String> picked) {
        Set<String> correct = m.correctOptionIds();
        switch (multiPolicy) {
            case ALL_OR_NOTHING:
                return picked.equals(correct) ? Fraction.ONE : Fraction.ZERO;
            case PARTIAL:
                if (!correct.containsAll(picked)) {
                    return Fraction.ZERO;
                }
                return Fraction.of(picked.size(), correct.size());
            default:
                Fraction sum = Fraction.ZERO;
                for (String id : picked) {
                    sum = sum.plus(weight(m, id));
                }
                if (Fraction.ONE.minus(sum).compareTo(MOODLE_TOLERANCE) < 0 && sum.compareTo(Fraction.ONE) < 0) {
                    sum = Fraction.ONE;
                }
                return sum.clamp(Fraction.ZERO, Fraction.ONE);
        }
    }

    private static Fraction weight(AnswerKey.Multi m, String optionId) {
        if (!m.weights().isEmpty()) {
            BigDecimal w = m.weights().get(optionId);
            return w == null ? Fraction.ZERO : Fraction.of(w);
        }
        Fraction each = Fraction.of(1, m.correctOptionIds().size());
        return m.correctOptionIds().contains(optionId) ? each : each.negate();
    }

    private static List<Boolean> blanksRight(AnswerKey.Fill key, Response.Fill response) {
        List<Boolean> result = new ArrayList<>();
        for (int i = 0; i < key.blanks().size(); i++) {
            String given = i < response.blanks().size() ? AnswerNormaliser.normalise(response.blanks().get(i)) : "";
            boolean right = !given.isEmpty() && key.blanks().get(i).acceptedAnswers().stream()
                    .map(AnswerNormaliser::normalise).anyMatch(given::equals);
            result.add(right);
        }
        return List.copyOf(result);
    }

    private static List<Boolean> blanksAllFalse(int n) {
        List<Boolean> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(false);
        }
        return List.copyOf(l);
    }

    private static boolean isEmpty(Response r) {
        if (r == null) {
            return true;
        }
        if (r instanceof Response.Choice c) {
            return c.optionIds().isEmpty();
        }
        if (r instanceof Response.Fill f) {
            return f.blanks().stream().allMatch(b -> AnswerNormaliser.normalise(b).isEmpty());
        }
        return false;
    }

    /** Scores a whole attempt: every drawn question, answered or not, in attempt order. */
    public AttemptResult grade(List<DrawnQuestion> questions, Map<QuestionKey, Response> responses,
                               Function<QuestionKey, Question> bank) {
        List<QuestionResult> results = new ArrayList<>();
        for (DrawnQuestion d : questions) {
            Question q = bank.apply(d.key());
            if (q == null) {
                throw new IllegalArgumentException("question " + d.key() + " of the attempt is not in the bank");
            }
            results.add(score(q, responses.get(d.key()), d.points()));
        }
        return AttemptResult.of(results);
    }

    /** A grader for {@code Attempt.submit}, looking questions up in {@code bank}. */
    public AttemptGrader graderFor(Function<QuestionKey, Question> bank) {
        return (questions, responses) -> grade(questions, responses, bank);
    }

    /** A grader looking questions up in a map keyed by question key. */
    public AttemptGrader graderFor(Map<QuestionKey, Question> bank) {
        return graderFor(bank::get);
    }
}
