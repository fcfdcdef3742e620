package org.shoumi.quizzes.attempts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.attempts.entity.Attempt;
import org.shoumi.quizzes.attempts.entity.DrawnQuestion;
import org.shoumi.quizzes.attempts.entity.FeedbackPolicy;
import org.shoumi.quizzes.attempts.entity.Fraction;
import org.shoumi.quizzes.attempts.entity.Outcome;
import org.shoumi.quizzes.attempts.entity.Response;
import org.shoumi.quizzes.attempts.entity.ReviewView;
import org.shoumi.quizzes.attempts.entity.TakerView;
import org.shoumi.quizzes.bank.entity.AnswerKey;
import org.shoumi.quizzes.bank.entity.BankFixtures;
import org.shoumi.quizzes.bank.entity.Question;
import org.shoumi.quizzes.bank.entity.QuestionKey;

class AttemptViewsTest {

    static final Instant START = Instant.parse("2025-03-01T01:00:00Z");
    final Question single = BankFixtures.single("s");
    final Question fill = BankFixtures.fill("f");
    final Map<QuestionKey, Question> bank = Map.of(single.key(), single, fill.key(), fill);

    Attempt attempt(QuizPolicy policy) {
        Attempt a = policy.startAttempt("a1", "emp-1", "quiz", List.of(
                new DrawnQuestion(single.key(), single.type(), List.of("C", "A", "D", "B")),
                new DrawnQuestion(fill.key(), fill.type(), List.of())), START);
        a.saveAnswer(single.key(), Response.Choice.of("C"), START.plusSeconds(5));
        return a;
    }

    @Test
    void takerViewShowsShuffledLabelsAndSavedAnswers() {
        TakerView v = AttemptViews.takerView(attempt(QuizPolicy.exam()), bank::get);
        TakerView.Item first = v.questions().get(0);
        assertEquals(1, first.number());
        assertEquals(List.of("A", "B", "C", "D"), first.options().stream().map(TakerView.Option::label).toList());
        assertEquals(List.of("C", "A", "D", "B"), first.options().stream().map(TakerView.Option::optionId).toList());
        assertEquals("经批准并采取保护措施", first.options().get(0).text());
        assertEquals(Response.Choice.of("C"), first.savedResponse());
        assertEquals(2, v.questions().get(1).blankCount());
        assertEquals(START.plusSeconds(3600), v.deadline());
    }

    @Test
    void takerViewTypesCannotCarryTheAnswerKey() {
        Set<Class<?>> forbidden = Set.of(AnswerKey.class, Question.class, Fraction.class, Outcome.class);
        Set<String> forbiddenNames = Set.of("answerKey", "correct", "explanation", "clause", "legalBasis", "credit", "earned");
        for (Class<?> type : reachableRecords(TakerView.class, new HashSet<>())) {
            for (RecordComponent c : type.getRecordComponents()) {
                assertFalse(forbiddenNames.contains(c.getName()), type.getSimpleName() + "." + c.getName());
                for (Class<?> t : mentioned(c.getGenericType())) {
                    assertFalse(forbidden.stream().anyMatch(f -> f.isAssignableFrom(t)),
                            type.getSimpleName() + "." + c.getName() + " has type " + t);
                }
            }
        }
    }

    @Test
    void takerViewContentHasNoAnswerText() {
        String text = AttemptViews.takerView(attempt(QuizPolicy.exam()), bank::get).toString();
        assertFalse(text.contains("绝密级"), "accepted fill answer leaked");
        assertFalse(text.contains(single.explanation()), "explanation leaked");
        assertFalse(text.contains("rules.carriers"), "clause leaked");
    }

    @Test
    void reviewWithFullFeedbackShowsAnswersExplanationAndClause() {
        QuizPolicy policy = QuizPolicy.practice();
        Attempt a = attempt(policy);
        assertThrows(IllegalStateException.class, () -> AttemptViews.review(a, bank::get, policy));
        a.submit(START.plusSeconds(60), Scoring.standard().graderFor(bank));
        ReviewView r = AttemptViews.review(a, bank::get, policy);
        assertEquals(Fraction.ONE, r.earned());
        assertEquals(Fraction.of(2), r.possible());
        assertFalse(r.passed(), "50% < 60%");
        assertEquals(2, r.questions().size());
        ReviewView.Item q1 = r.questions().get(0);
        assertEquals(new AnswerKey.Single("C"), q1.answerKey());
        assertEquals("A", q1.options().stream().filter(o -> o.optionId().equals("C")).findFirst().orElseThrow().label());
        assertEquals(single.explanation(), q1.explanation());
        assertEquals("rules.carriers.3", q1.clause().value());
        assertEquals(Outcome.UNANSWERED, r.questions().get(1).outcome());
    }

    @Test
    void reviewWithScoreOnlyHasNoQuestions() {
        QuizPolicy policy = QuizPolicy.exam().withFeedback(FeedbackPolicy.SCORE_ONLY);
        Attempt a = attempt(policy);
        a.saveAnswer(fill.key(), Response.Fill.of("绝密", "30"), START.plusSeconds(6));
        a.submit(START.plusSeconds(60), Scoring.standard().graderFor(bank));
        ReviewView r = AttemptViews.review(a, bank::get, policy);
        assertTrue(r.passed());
        assertEquals(List.of(), r.questions());
        assertEquals(new java.math.BigDecimal("100.00"), r.percent());
    }

    private static Set<Class<?>> reachableRecords(Class<?> type, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return seen;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            for (Class<?> t : mentioned(c.getGenericType())) {
                reachableRecords(t, seen);
                if (t.isSealed()) {
                    for (Class<?> sub : t.getPermittedSubclasses()) {
                        reachableRecords(sub, seen);
                    }
                }
            }
        }
        return seen;
    }

    private static Set<Class<?>> mentioned(Type t) {
        Set<Class<?>> out = new HashSet<>();
        if (t instanceof Class<?> c) {
            out.add(c);
        } else if (t instanceof ParameterizedType p) {
            out.addAll(mentioned(p.getRawType()));
            for (Type a : p.getActualTypeArguments()) {
                out.addAll(mentioned(a));
            }
        }
        return out;
    }
}
