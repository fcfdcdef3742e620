package org.shoumi.quizzes.attempts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.attempts.entity.DrawRule;
import org.shoumi.quizzes.attempts.entity.DrawnQuestion;
import org.shoumi.quizzes.attempts.entity.QuestionFilter;
import org.shoumi.quizzes.attempts.entity.QuizDefinition;
import org.shoumi.quizzes.bank.entity.BankFixtures;
import org.shoumi.quizzes.bank.entity.Question;
import org.shoumi.quizzes.bank.entity.QuestionKey;
import org.shoumi.quizzes.bank.entity.QuestionType;

class QuestionDrawTest {

    static final Instant T1 = Instant.parse("2025-01-10T00:00:00Z");
    static final Instant T2 = Instant.parse("2025-02-10T00:00:00Z");
    static final Instant T3 = Instant.parse("2025-03-10T00:00:00Z");

    /** 10 carrier questions c01–c10 (difficulty 1–5 twice), 4 computer questions k1–k4, a judge and a fill. */
    static List<Question> bank() {
        List<Question> bank = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            bank.add(BankFixtures.single(String.format("c%02d", i), "载体管理", (i - 1) % 5 + 1, "rules.carriers." + i, "载体"));
        }
        for (int i = 1; i <= 4; i++) {
            bank.add(BankFixtures.single("k" + i, "计算机", 3, "duties.computer." + i, "网络"));
        }
        bank.add(BankFixtures.judge("j1"));
        bank.add(BankFixtures.fill("f1"));
        return bank;
    }

    static Set<QuestionKey> keys(String... k) {
        return Set.of(k).stream().map(QuestionKey::of).collect(Collectors.toSet());
    }

    static QuizDefinition carriers(int n) {
        return QuizDefinition.of("quiz", new DrawRule(n, QuestionFilter.ANY.category("载体管理")));
    }

    @Test
    void sameSeedSameDrawDifferentSeedDifferentDraw() {
        QuizDefinition def = carriers(5);
        DrawResult a = QuestionDraw.draw(bank(), def, DrawHistory.NONE, new SplittableRandom(42));
        DrawResult b = QuestionDraw.draw(bank(), def, DrawHistory.NONE, new SplittableRandom(42));
        assertEquals(a, b);
        List<DrawResult> others = IntStream.range(0, 5)
                .mapToObj(s -> QuestionDraw.draw(bank(), def, DrawHistory.NONE, new SplittableRandom(1000 + s))).toList();
        assertTrue(others.stream().anyMatch(o -> !o.keys().equals(a.keys())));
    }

    @Test
    void bankOrderDoesNotChangeTheDraw() {
        List<Question> reversed = new ArrayList<>(bank());
        java.util.Collections.reverse(reversed);
        assertEquals(QuestionDraw.draw(bank(), carriers(4), DrawHistory.NONE, new SplittableRandom(7)),
                QuestionDraw.draw(reversed, carriers(4), DrawHistory.NONE, new SplittableRandom(7)));
    }

    @Test
    void drawsFromFiltersWithoutDuplicatesAndWithRulePoints() {
        QuizDefinition def = QuizDefinition.of("q",
                new DrawRule(3, QuestionFilter.ANY.category("载体管理").difficulty(4, 5), BigDecimal.valueOf(2)),
                new DrawRule(2, QuestionFilter.ANY.anyOfTags("网络")),
                new DrawRule(1, QuestionFilter.ANY.types(QuestionType.JUDGE)),
                new DrawRule(1, QuestionFilter.ANY.clausePrefix("rules.classification")));
        DrawResult r = QuestionDraw.draw(bank(), def, DrawHistory.NONE, new SplittableRandom(3));
        assertEquals(7, r.questions().size());
        assertEquals(7, new HashSet<>(r.keys()).size());
        Set<QuestionKey> hard = keys("c04", "c05", "c09", "c10");
        List<DrawnQuestion> twoPointers = r.questions().stream().filter(d -> d.points().equals(BigDecimal.valueOf(2))).toList();
        assertEquals(3, twoPointers.size());
        assertTrue(twoPointers.stream().allMatch(d -> hard.contains(d.key())));
        assertTrue(r.keys().contains(QuestionKey.of("j1")));
        assertTrue(r.keys().contains(QuestionKey.of("f1")));
        assertFalse(r.repeatsPreviousAttempt());
    }

    @Test
    void shufflesQuestionsAndOptionsButKeepsOptionIdentity() {
        DrawResult r = QuestionDraw.draw(bank(), carriers(10), DrawHistory.NONE, new SplittableRandom(11));
        List<QuestionKey> sortedKeys = r.keys().stream().sorted().toList();
        assertNotEquals(sortedKeys, r.keys(), "question order shuffled");
        assertTrue(r.questions().stream().allMatch(d -> new HashSet<>(d.optionOrder()).equals(Set.of("A", "B", "C", "D"))));
        assertTrue(r.questions().stream().anyMatch(d -> !d.optionOrder().equals(List.of("A", "B", "C", "D"))));
    }

    @Test
    void noShufflingWhenSwitchedOff() {
        QuizDefinition def = new QuizDefinition("q", List.of(new DrawRule(10, QuestionFilter.ANY.category("载体管理")),
                new DrawRule(1, QuestionFilter.ANY.types(QuestionType.JUDGE))), false, false);
        DrawResult r = QuestionDraw.draw(bank(), def, DrawHistory.NONE, new SplittableRandom(11));
        assertEquals(QuestionKey.of("j1"), r.keys().get(10), "rule order kept");
        assertTrue(r.questions().stream().filter(d -> d.type() == QuestionType.SINGLE)
                .allMatch(d -> d.optionOrder().equals(List.of("A", "B", "C", "D"))));
        assertEquals(List.of(), r.questions().get(10).optionOrder());
    }

    @Test
    void avoidsThePreviousAttemptWhenTheBankAllows() {
        QuizDefinition def = carriers(5);
        for (int seed = 0; seed < 20; seed++) {
            DrawResult first = QuestionDraw.draw(bank(), def, DrawHistory.NONE, new SplittableRandom(seed));
            DrawHistory history = DrawHistory.of(new DrawHistory.PastDraw(T1, Set.copyOf(first.keys())));
            DrawResult second = QuestionDraw.draw(bank(), def, history, new SplittableRandom(seed + 100));
            Set<QuestionKey> overlap = new HashSet<>(first.keys());
            overlap.retainAll(second.keys());
            assertEquals(Set.of(), overlap, "seed " + seed);
            assertFalse(second.repeatsPreviousAttempt());
        }
    }

    @Test
    void fallsBackToLeastRecentlyUsedAndSaysSo() {
        // 10 carrier questions, 7 per attempt: 3 fresh + 4 from the previous attempt.
        // Before the previous attempt (T3): c01–c03 used at T1, c04–c05 at T2; c06, c07 never before T3.
        DrawHistory history = DrawHistory.of(
                new DrawHistory.PastDraw(T1, keys("c01", "c02", "c03")),
                new DrawHistory.PastDraw(T2, keys("c04", "c05")),
                new DrawHistory.PastDraw(T3, keys("c01", "c02", "c04", "c05", "c06", "c07", "c08")));
        DrawResult r = QuestionDraw.draw(bank(), carriers(7), history, new SplittableRandom(5));
        assertTrue(r.keys().containsAll(List.of(QuestionKey.of("c09"), QuestionKey.of("c10"), QuestionKey.of("c03"))),
                "all questions not in the previous attempt are used");
        assertTrue(r.repeatsPreviousAttempt());
        assertEquals(1, r.repeats().size());
        assertEquals(0, r.repeats().get(0).ruleIndex());
        // least recently used among the previous attempt's: c06, c07, c08 (none before T3), then c01/c02 (T1)
        assertEquals(keys("c06", "c07", "c08"), Set.copyOf(r.repeats().get(0).repeated().subList(0, 3)));
        assertTrue(keys("c01", "c02").contains(r.repeats().get(0).repeated().get(3)));
        assertFalse(r.keys().contains(QuestionKey.of("c04")));
        assertFalse(r.keys().contains(QuestionKey.of("c05")));
    }

    @Test
    void overlappingRulesAreStillSatisfiedWhenPossible() {
        // rule 1: any computer question (k1–k4); rule 2: the three computer questions tagged "涉网" (k1–k3)
        List<Question> bank = new ArrayList<>(bank());
        bank.replaceAll(q -> Set.of("k1", "k2", "k3").contains(q.key().value())
                ? q.toBuilder().tags("网络", "涉网").build() : q);
        QuizDefinition def = QuizDefinition.of("q",
                new DrawRule(1, QuestionFilter.ANY.category("计算机").types(QuestionType.SINGLE)),
                new DrawRule(3, QuestionFilter.ANY.anyOfTags("涉网")));
        assertEquals(List.of(), QuestionDraw.check(bank, def));
        for (int seed = 0; seed < 10; seed++) {
            DrawResult r = QuestionDraw.draw(bank, def, DrawHistory.NONE, new SplittableRandom(seed));
            assertEquals(keys("k1", "k2", "k3", "k4"), Set.copyOf(r.keys()));
        }
    }

    @Test
    void unsatisfiableRulesAreNamedAndNothingIsDrawn() {
        QuizDefinition def = QuizDefinition.of("q",
                new DrawRule(3, QuestionFilter.ANY.category("计算机")),
                new DrawRule(2, QuestionFilter.ANY.types(QuestionType.JUDGE)),
                new DrawRule(2, QuestionFilter.ANY.anyOfTags("网络")));
        var e = assertThrows(UnsatisfiableDrawException.class,
                () -> QuestionDraw.draw(bank(), def, DrawHistory.NONE, new SplittableRandom(1)));
        assertEquals(List.of(new UnsatisfiableDrawException.Shortfall(1, 2, 1),
                new UnsatisfiableDrawException.Shortfall(2, 2, 1)), e.shortfalls());
        assertTrue(e.getMessage().contains("draw rule 2 needs 2 questions but only 1"), e.getMessage());
        assertEquals(e.shortfalls(), QuestionDraw.check(bank(), def));
    }

    @Test
    void contestDefinitionDrawsTwenty() {
        List<Question> bank = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            bank.add(BankFixtures.judge("j" + i));
        }
        DrawResult r = QuestionDraw.draw(bank, QuizDefinition.contest("c", QuestionFilter.ANY), DrawHistory.NONE,
                new SplittableRandom(9));
        assertEquals(20, r.questions().size());
        assertTrue(r.questions().stream().allMatch(d -> d.optionOrder().isEmpty()));
    }

    @Test
    void duplicateKeysInTheBankAreRejected() {
        List<Question> bank = List.of(BankFixtures.judge("x"), BankFixtures.fill("x"));
        assertThrows(IllegalArgumentException.class,
                () -> QuestionDraw.draw(bank, carriers(1), DrawHistory.NONE, new SplittableRandom(1)));
    }
}
