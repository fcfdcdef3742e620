package org.shoumi.quizzes.stats.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.attempts.control.Scoring;
import org.shoumi.quizzes.attempts.entity.AttemptResult;
import org.shoumi.quizzes.attempts.entity.DrawnQuestion;
import org.shoumi.quizzes.attempts.entity.Fraction;
import org.shoumi.quizzes.attempts.entity.Response;
import org.shoumi.quizzes.bank.entity.BankFixtures;
import org.shoumi.quizzes.bank.entity.Question;
import org.shoumi.quizzes.bank.entity.QuestionKey;
import org.shoumi.quizzes.stats.entity.ClauseStatistics;
import org.shoumi.quizzes.stats.entity.ItemFlag;
import org.shoumi.quizzes.stats.entity.ItemReport;
import org.shoumi.quizzes.stats.entity.ItemStatistics;
import org.shoumi.quizzes.stats.entity.StatsThresholds;

/**
 * Five attempts at four questions (credits; totals; rank):
 * <pre>
 *        Q1 single  Q2 judge  Q3 multi  Q4 fill   total
 *   A    1 (C)      0 (true)  1         0         2/4   2nd (ties keep input order)
 *   B    1          1         1         0         3/4   1st  ← upper group (g = round(0.27·5) = 1)
 *   C    1          1         0         0         2/4
 *   D    1          1         0         0         2/4
 *   E    1          – (none)  0         1         2/4   5th  ← lower group
 * </pre>
 * Facility: Q1 5/5, Q2 3/5, Q3 2/5, Q4 1/5. Discrimination (B − E): Q1 0, Q2 1, Q3 1, Q4 −1.
 */
class ItemAnalysisTest {

    final Question q1 = BankFixtures.single("q1"); // rules.carriers.3, correct C
    final Question q2 = BankFixtures.judge("q2");  // duties.computer.1, false
    final Question q3 = BankFixtures.multi("q3");  // rules.classification.1, A B D
    final Question q4 = BankFixtures.fill("q4");   // rules.classification.2
    final Map<QuestionKey, Question> bank = Map.of(q1.key(), q1, q2.key(), q2, q3.key(), q3, q4.key(), q4);
    final Scoring scoring = Scoring.standard();

    AttemptResult attempt(Boolean judge, boolean multiRight, boolean fillRight) {
        List<DrawnQuestion> drawn = List.of(
                new DrawnQuestion(q1.key(), q1.type(), List.of("A", "B", "C", "D")),
                new DrawnQuestion(q2.key(), q2.type(), List.of()),
                new DrawnQuestion(q3.key(), q3.type(), List.of("A", "B", "C", "D", "E")),
                new DrawnQuestion(q4.key(), q4.type(), List.of()));
        Map<QuestionKey, Response> r = new HashMap<>();
        r.put(q1.key(), Response.Choice.of("C"));
        if (judge != null) {
            r.put(q2.key(), new Response.Judge(judge));
        }
        r.put(q3.key(), multiRight ? Response.Choice.of("A", "B", "D") : Response.Choice.of("A"));
        r.put(q4.key(), fillRight ? Response.Fill.of("绝密", "30") : Response.Fill.of("机密", "10"));
        return scoring.grade(drawn, r, bank::get);
    }

    List<AttemptResult> fiveAttempts() {
        return List.of(
                attempt(true, true, false),    // A
                attempt(false, true, false),   // B
                attempt(false, false, false),  // C
                attempt(false, false, false),  // D
                attempt(null, false, true));   // E
    }

    @Test
    void facilityDiscriminationAndFlags() {
        ItemReport report = ItemAnalysis.analyse(fiveAttempts(), bank::get);
        ItemStatistics s1 = report.item(q1.key()).orElseThrow();
        assertEquals(5, s1.attempts());
        assertEquals(Fraction.ONE, s1.facility());
        assertEquals(Optional.of(Fraction.ZERO), s1.discrimination());
        assertEquals(Set.of(ItemFlag.TOO_EASY), s1.flags());

        ItemStatistics s2 = report.item(q2.key()).orElseThrow();
        assertEquals(Fraction.of(3, 5), s2.facility());
        assertEquals(Optional.of(Fraction.ONE), s2.discrimination());
        assertEquals(Set.of(), s2.flags());

        ItemStatistics s3 = report.item(q3.key()).orElseThrow();
        assertEquals(Fraction.of(2, 5), s3.facility());
        assertEquals(Optional.of(Fraction.ONE), s3.discrimination());

        ItemStatistics s4 = report.item(q4.key()).orElseThrow();
        assertEquals(Fraction.of(1, 5), s4.facility());
        assertEquals(Optional.of(Fraction.of(-1)), s4.discrimination());
        assertEquals(Set.of(ItemFlag.NEGATIVE_DISCRIMINATION), s4.flags(), "0.2 is not below 0.2");
    }

    @Test
    void optionDistribution() {
        ItemReport report = ItemAnalysis.analyse(fiveAttempts(), bank::get);
        assertEquals(Map.of("A", 0, "B", 0, "C", 5, "D", 0), report.item(q1.key()).orElseThrow().optionCounts());
        ItemStatistics judge = report.item(q2.key()).orElseThrow();
        assertEquals(Map.of("true", 1, "false", 3), judge.optionCounts());
        assertEquals(1, judge.unanswered());
        assertEquals(Map.of("A", 5, "B", 2, "C", 0, "D", 2, "E", 0), report.item(q3.key()).orElseThrow().optionCounts());
        assertEquals(Map.of(), report.item(q4.key()).orElseThrow().optionCounts());
    }

    @Test
    void configurableThresholds() {
        StatsThresholds strict = new StatsThresholds(new BigDecimal("0.95"), new BigDecimal("0.25"), new BigDecimal("0.5"));
        ItemReport report = ItemAnalysis.analyse(fiveAttempts(), bank::get, strict);
        assertEquals(Set.of(ItemFlag.TOO_EASY, ItemFlag.NEGATIVE_DISCRIMINATION), report.item(q1.key()).orElseThrow().flags());
        assertEquals(Set.of(ItemFlag.TOO_HARD, ItemFlag.NEGATIVE_DISCRIMINATION), report.item(q4.key()).orElseThrow().flags());
        assertEquals(Set.of(), report.item(q2.key()).orElseThrow().flags());
    }

    @Test
    void weakestClausesAndTopicsByPooledFacility() {
        ItemReport report = ItemAnalysis.analyse(fiveAttempts(), bank::get);
        assertEquals(List.of(
                new ClauseStatistics("rules.classification.2", 1, 5, Fraction.of(1, 5)),
                new ClauseStatistics("rules.classification.1", 1, 5, Fraction.of(2, 5)),
                new ClauseStatistics("duties.computer.1", 1, 5, Fraction.of(3, 5)),
                new ClauseStatistics("rules.carriers.3", 1, 5, Fraction.ONE)), report.weakestClauses());
        assertEquals(List.of(
                new ClauseStatistics("rules.classification", 2, 10, Fraction.of(3, 10)),
                new ClauseStatistics("duties.computer", 1, 5, Fraction.of(3, 5)),
                new ClauseStatistics("rules.carriers", 1, 5, Fraction.ONE)), report.weakestTopics());
    }

    @Test
    void groupsAreTwentySevenPercentOfTheAttempts() {
        // ten attempts at z and y (both JUDGE, true is wrong): z right in attempts 1–5, y wrong only in 3–5
        Question z = BankFixtures.judge("z");
        Question y = BankFixtures.judge("y");
        List<DrawnQuestion> drawn = List.of(new DrawnQuestion(z.key(), z.type(), List.of()),
                new DrawnQuestion(y.key(), y.type(), List.of()));
        List<AttemptResult> attempts = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            boolean zRight = i <= 5;
            boolean yRight = i < 3 || i > 5;
            attempts.add(scoring.grade(drawn, Map.of(z.key(), new Response.Judge(!zRight), y.key(), new Response.Judge(!yRight)),
                    Map.of(z.key(), z, y.key(), y)::get));
        }
        // ranking: 1, 2 (total 2), then 3–10 (total 1) in input order; g = round(2.7) = 3
        // y: upper {1, 2, 3} = 2/3, lower {8, 9, 10} = 1 → D = −1/3 (with g = 2 it would be 0)
        ItemReport report = ItemAnalysis.analyse(attempts, Map.of(z.key(), z, y.key(), y)::get);
        assertEquals(Optional.of(Fraction.of(-1, 3)), report.item(y.key()).orElseThrow().discrimination());
        assertEquals(Fraction.of(7, 10), report.item(y.key()).orElseThrow().facility());
        assertEquals(Optional.of(Fraction.ONE), report.item(z.key()).orElseThrow().discrimination());
        assertEquals(Fraction.of(1, 2), report.item(z.key()).orElseThrow().facility());
    }

    @Test
    void singleAttemptHasNoDiscriminationAndUnknownQuestionsHaveNoClause() {
        ItemReport report = ItemAnalysis.analyse(List.of(attempt(false, true, true)), k -> k.equals(q1.key()) ? q1 : null);
        assertTrue(report.item(q1.key()).orElseThrow().discrimination().isEmpty());
        assertEquals(1, report.weakestClauses().size(), "only q1's clause is known");
        assertEquals(Fraction.ONE, report.item(q3.key()).orElseThrow().facility());
    }
}
