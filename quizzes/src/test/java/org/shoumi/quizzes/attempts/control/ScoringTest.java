package org.shoumi.quizzes.attempts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.attempts.control.Scoring.MultiPolicy;
import org.shoumi.quizzes.attempts.entity.AttemptResult;
import org.shoumi.quizzes.attempts.entity.DrawnQuestion;
import org.shoumi.quizzes.attempts.entity.Fraction;
import org.shoumi.quizzes.attempts.entity.Outcome;
import org.shoumi.quizzes.attempts.entity.QuestionResult;
import org.shoumi.quizzes.attempts.entity.Response;
import org.shoumi.quizzes.bank.entity.AnswerKey;
import org.shoumi.quizzes.bank.entity.BankFixtures;
import org.shoumi.quizzes.bank.entity.Question;
import org.shoumi.quizzes.bank.entity.QuestionKey;

class ScoringTest {

    private final Scoring standard = Scoring.standard();
    private final Question single = BankFixtures.single("s");
    private final Question multi = BankFixtures.multi("m"); // correct A, B, D of A–E
    private final Question judge = BankFixtures.judge("j"); // false
    private final Question fill = BankFixtures.fill("f");   // 绝密|绝密级 ; 30|三十

    @Test
    void singleIsAllOrNothing() {
        assertEquals(Fraction.ONE, standard.credit(single, Response.Choice.of("C")));
        assertEquals(Fraction.ZERO, standard.credit(single, Response.Choice.of("A")));
        assertEquals(Outcome.WRONG, standard.score(single, Response.Choice.of("A"), BigDecimal.ONE).outcome());
    }

    @Test
    void judgeIsAllOrNothing() {
        assertEquals(Fraction.ONE, standard.credit(judge, new Response.Judge(false)));
        assertEquals(Fraction.ZERO, standard.credit(judge, new Response.Judge(true)));
    }

    @Test
    void missingOrEmptyResponsesAreUnanswered() {
        assertEquals(Outcome.UNANSWERED, standard.score(single, null, BigDecimal.ONE).outcome());
        assertEquals(Outcome.UNANSWERED, standard.score(multi, new Response.Choice(Set.of()), BigDecimal.ONE).outcome());
        QuestionResult r = standard.score(fill, Response.Fill.of(" ", "　"), BigDecimal.ONE);
        assertEquals(Outcome.UNANSWERED, r.outcome());
        assertEquals(List.of(false, false), r.blanksRight());
    }

    @Test
    void responseOfTheWrongKindScoresZero() {
        assertEquals(Outcome.WRONG, standard.score(single, new Response.Judge(true), BigDecimal.ONE).outcome());
        assertEquals(Fraction.ZERO, standard.credit(fill, Response.Choice.of("A")));
    }

    @Test
    void multiAllOrNothing() {
        assertEquals(Fraction.ONE, standard.credit(multi, Response.Choice.of("A", "B", "D")));
        assertEquals(Fraction.ZERO, standard.credit(multi, Response.Choice.of("A", "B")));
        assertEquals(Fraction.ZERO, standard.credit(multi, Response.Choice.of("A", "B", "C", "D")));
    }

    @Test
    void multiPartialGivesProportionalCreditUnlessAWrongOptionIsPicked() {
        Scoring partial = new Scoring(MultiPolicy.PARTIAL, true);
        assertEquals(Fraction.of(2, 3), partial.credit(multi, Response.Choice.of("A", "D")));
        assertEquals(Fraction.of(1, 3), partial.credit(multi, Response.Choice.of("B")));
        assertEquals(Fraction.ONE, partial.credit(multi, Response.Choice.of("A", "B", "D")));
        assertEquals(Fraction.ZERO, partial.credit(multi, Response.Choice.of("A", "B", "C")));
        assertEquals(Outcome.PARTIAL, partial.score(multi, Response.Choice.of("A"), BigDecimal.ONE).outcome());
    }

    @Test
    void multiWeightedDefaultsToPlusAndMinusOneOverK() {
        Scoring weighted = new Scoring(MultiPolicy.WEIGHTED, true);
        // k = 3: A, B, D worth +1/3 each; C, E worth -1/3 each
        assertEquals(Fraction.of(2, 3), weighted.credit(multi, Response.Choice.of("A", "B")));
        assertEquals(Fraction.of(1, 3), weighted.credit(multi, Response.Choice.of("A", "B", "C")));
        assertEquals(Fraction.ZERO, weighted.credit(multi, Response.Choice.of("A", "C", "E")));
        assertEquals(Fraction.ONE, weighted.credit(multi, Response.Choice.of("A", "B", "D")));
    }

    @Test
    void multiWeightedUsesExplicitMoodleWeightsClampedToZeroAndOne() {
        Question colours = multi.toBuilder().answerKey(new AnswerKey.Multi(Set.of("A", "B"), Map.of(
                "A", new BigDecimal("0.5"), "B", new BigDecimal("0.5"), "C", new BigDecimal("-1")))).build();
        Scoring weighted = new Scoring(MultiPolicy.WEIGHTED, true);
        assertEquals(Fraction.of(1, 2), weighted.credit(colours, Response.Choice.of("A")));
        assertEquals(Fraction.ONE, weighted.credit(colours, Response.Choice.of("A", "B", "E"))); // E weighs 0
        assertEquals(Fraction.ZERO, weighted.credit(colours, Response.Choice.of("A", "C")));
    }

    @Test
    void multiWeightedTreatsThreeThirdsOfMoodlePercentAsFullCredit() {
        BigDecimal third = new BigDecimal("0.3333333");
        Question primes = multi.toBuilder().answerKey(new AnswerKey.Multi(Set.of("A", "B", "D"),
                Map.of("A", third, "B", third, "D", third))).build();
        Scoring weighted = new Scoring(MultiPolicy.WEIGHTED, true);
        assertEquals(Fraction.ONE, weighted.credit(primes, Response.Choice.of("A", "B", "D")));
        assertEquals(Fraction.of(new BigDecimal("0.6666666")), weighted.credit(primes, Response.Choice.of("A", "B")));
    }

    @Test
    void fillGivesPerBlankCreditWithNormalisation() {
        QuestionResult both = standard.score(fill, Response.Fill.of(" 绝密级 ", "３０"), BigDecimal.valueOf(2));
        assertEquals(Outcome.CORRECT, both.outcome());
        assertEquals(Fraction.of(2), both.earned());
        QuestionResult half = standard.score(fill, Response.Fill.of("机密", "三十"), BigDecimal.valueOf(2));
        assertEquals(Fraction.of(1, 2), half.credit());
        assertEquals(Fraction.ONE, half.earned());
        assertEquals(List.of(false, true), half.blanksRight());
        assertEquals(Outcome.PARTIAL, half.outcome());
        // too few blanks typed: the missing one is wrong
        assertEquals(Fraction.of(1, 2), standard.credit(fill, Response.Fill.of("绝密")));
    }

    @Test
    void fillCaseAndWidthInsensitive() {
        Question usb = Question.builder("u", org.shoumi.quizzes.bank.entity.QuestionType.FILL)
                .stem("禁止在涉密计算机上使用____。").category("计算机")
                .answerKey(new AnswerKey.Fill(List.of(AnswerKey.Blank.of("非涉密U盘")))).build();
        assertEquals(Fraction.ONE, standard.credit(usb, Response.Fill.of("非涉密ｕ盘")));
        assertEquals(Fraction.ONE, standard.credit(usb, Response.Fill.of("  非涉密u盘　")));
    }

    @Test
    void fillAllOrNothingWhenPartialCreditIsOff() {
        Scoring strict = new Scoring(MultiPolicy.ALL_OR_NOTHING, false);
        assertEquals(Fraction.ZERO, strict.credit(fill, Response.Fill.of("绝密", "20")));
        assertEquals(Fraction.ONE, strict.credit(fill, Response.Fill.of("绝密", "30")));
    }

    @Test
    void gradesAWholeAttemptWithPointsExactly() {
        List<DrawnQuestion> drawn = List.of(
                new DrawnQuestion(single.key(), single.type(), List.of("A", "B", "C", "D"), BigDecimal.ONE),
                new DrawnQuestion(multi.key(), multi.type(), List.of("A", "B", "C", "D", "E"), BigDecimal.valueOf(2)),
                new DrawnQuestion(judge.key(), judge.type(), List.of(), BigDecimal.ONE),
                new DrawnQuestion(fill.key(), fill.type(), List.of(), BigDecimal.valueOf(3)));
        Map<QuestionKey, Question> bank = Map.of(single.key(), single, multi.key(), multi, judge.key(), judge, fill.key(), fill);
        Scoring partial = new Scoring(MultiPolicy.PARTIAL, true);
        AttemptResult result = partial.grade(drawn, Map.of(
                single.key(), Response.Choice.of("C"),            // 1
                multi.key(), Response.Choice.of("A", "B"),         // 2 × 2/3 = 4/3
                fill.key(), Response.Fill.of("绝密", "三十")),       // 3; judge unanswered
                bank::get);
        assertEquals(Fraction.of(16, 3), result.earned());
        assertEquals(Fraction.of(7), result.possible());
        assertEquals(new BigDecimal("76.19"), result.percent());
        assertEquals(Outcome.UNANSWERED, result.question(judge.key()).orElseThrow().outcome());
        assertThrows(IllegalArgumentException.class, () -> partial.grade(drawn, Map.of(), k -> null));
    }
}
