package org.shoumi.quizzes.attempts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.attempts.control.QuestionDraw.Candidate;
import org.shoumi.quizzes.attempts.control.QuestionDraw.Rule;

class QuestionDrawTest {

    private final List<Candidate> bank = IntStream.rangeClosed(1, 30).mapToObj(i ->
            new Candidate("q" + i, i <= 20 ? "carriers" : "computers", 1 + i % 5)).toList();

    @Test
    void drawsTheAskedNumberPerCategoryWithoutDuplicates() {
        QuestionDraw.Result r = QuestionDraw.draw(bank, List.of(new Rule(5, "carriers", 1, 5), new Rule(3, "computers", 1, 5)),
                Set.of(), true, new SplittableRandom(1));
        assertEquals(8, r.keys().size());
        assertEquals(8, new HashSet<>(r.keys()).size());
        assertEquals(5, r.keys().stream().filter(k -> Integer.parseInt(k.substring(1)) <= 20).count());
        assertEquals(0, r.repeated());
    }

    @Test
    void respectsTheDifficultyRange() {
        QuestionDraw.Result r = QuestionDraw.draw(bank, List.of(new Rule(4, null, 4, 5)), Set.of(), false,
                new SplittableRandom(2));
        r.keys().forEach(k -> {
            int d = 1 + Integer.parseInt(k.substring(1)) % 5;
            assertTrue(d >= 4, k);
        });
    }

    @Test
    void neverRepeatsThePreviousAttemptWhenTheBankAllows() {
        Set<String> previous = new HashSet<>(QuestionDraw.draw(bank, List.of(new Rule(10, "carriers", 1, 5)), Set.of(),
                true, new SplittableRandom(3)).keys());
        QuestionDraw.Result next = QuestionDraw.draw(bank, List.of(new Rule(10, "carriers", 1, 5)), previous, true,
                new SplittableRandom(4));
        next.keys().forEach(k -> assertTrue(!previous.contains(k), k));
        assertEquals(0, next.repeated());
    }

    @Test
    void repeatsOnlyWhatTheBankLacksAndSaysHowMany() {
        Set<String> previous = new HashSet<>(QuestionDraw.draw(bank, List.of(new Rule(15, "carriers", 1, 5)), Set.of(),
                true, new SplittableRandom(5)).keys());
        QuestionDraw.Result next = QuestionDraw.draw(bank, List.of(new Rule(15, "carriers", 1, 5)), previous, true,
                new SplittableRandom(6));
        assertEquals(15, next.keys().size());
        assertEquals(10, next.repeated(), "only 5 carriers questions were not in the previous attempt");
    }

    @Test
    void aRuleTheBankCannotMeetIsRefused() {
        QuestionDraw.NotEnoughQuestions e = assertThrows(QuestionDraw.NotEnoughQuestions.class,
                () -> QuestionDraw.draw(bank, List.of(new Rule(11, "computers", 1, 5)), Set.of(), true, new SplittableRandom(7)));
        assertEquals(10, e.available());
    }

    @Test
    void theSameSeedGivesTheSameDrawAndShuffling() {
        List<Rule> rules = List.of(new Rule(12, null, 1, 5));
        assertEquals(QuestionDraw.draw(bank, rules, Set.of(), true, new SplittableRandom(42)).keys(),
                QuestionDraw.draw(bank, rules, Set.of(), true, new SplittableRandom(42)).keys());
        assertNotEquals(QuestionDraw.draw(bank, rules, Set.of(), true, new SplittableRandom(42)).keys(),
                QuestionDraw.draw(bank, rules, Set.of(), true, new SplittableRandom(43)).keys());
    }

    @Test
    void optionOrderIsAPermutation() {
        String order = QuestionDraw.optionOrder(4, true, new SplittableRandom(9));
        assertEquals(4, order.length());
        assertEquals(Set.of('A', 'B', 'C', 'D'), new HashSet<>(order.chars().mapToObj(c -> (char) c).toList()));
        assertEquals("ABCD", QuestionDraw.optionOrder(4, false, new SplittableRandom(9)));
    }
}
