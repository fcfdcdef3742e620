package org.shoumi.quizzes.attempts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    // --- exclusion groups -------------------------------------------------------------------------------------

    /** 60 questions: carriers and computers, every three consecutive ones a group, every fifth one ungrouped. */
    private final List<Candidate> grouped = IntStream.rangeClosed(1, 60).mapToObj(i -> new Candidate("g" + i,
            i <= 30 ? "carriers" : "computers", 1 + i % 5, i % 5 == 0 ? null : "group" + (i - 1) / 3)).toList();

    private static void noTwoOfAGroup(List<Candidate> bank, List<String> keys) {
        Map<String, Candidate> byKey = bank.stream().collect(Collectors.toMap(Candidate::key, Function.identity()));
        Set<String> groups = new HashSet<>();
        for (String k : keys) {
            String group = byKey.get(k).group();
            assertTrue(group == null || groups.add(group), "two questions of " + group + " in " + keys);
        }
    }

    @Test
    void questionsOfOneGroupNeverMeetInADraw() {
        List<Rule> rules = List.of(new Rule(6, "carriers", 1, 5), new Rule(6, "computers", 1, 5), new Rule(4, null, 1, 5));
        for (int seed = 0; seed < 300; seed++) {
            Set<String> previous = new HashSet<>(QuestionDraw.draw(grouped, rules, Set.of(), true,
                    new SplittableRandom(seed)).keys());
            QuestionDraw.Result r = QuestionDraw.draw(grouped, rules, previous, true, new SplittableRandom(seed + 1000));
            assertEquals(16, r.keys().size());
            assertEquals(16, new HashSet<>(r.keys()).size());
            noTwoOfAGroup(grouped, r.keys());
        }
    }

    @Test
    void groupsHoldForQuestionsRepeatedFromThePreviousAttempt() {
        List<Candidate> small = List.of(new Candidate("q1", "c", 1, "A"), new Candidate("q2", "c", 1, "A"),
                new Candidate("q3", "c", 1, "B"), new Candidate("q4", "c", 1, "B"), new Candidate("q5", "c", 1));
        for (int seed = 0; seed < 50; seed++) {
            QuestionDraw.Result r = QuestionDraw.draw(small, List.of(new Rule(3, "c", 1, 5)), Set.of("q2", "q3", "q4", "q5"),
                    true, new SplittableRandom(seed));
            Set<String> keys = new HashSet<>(r.keys());
            assertTrue(keys.contains("q1") && keys.contains("q5"), keys.toString());
            assertFalse(keys.contains("q2"), "q1 of group A is new, so q2 of the previous attempt stays out");
            assertTrue(keys.contains("q3") ^ keys.contains("q4"), keys.toString());
            assertEquals(2, r.repeated());
        }
    }

    @Test
    void aRuleTheGroupsMakeImpossibleIsRefusedWithTheDistinctCount() {
        List<Candidate> groupsOnly = IntStream.rangeClosed(1, 10).mapToObj(i ->
                new Candidate("q" + i, "c", 3, "group" + (i <= 4 ? 1 : i <= 7 ? 2 : 3))).toList();
        QuestionDraw.NotEnoughQuestions e = assertThrows(QuestionDraw.NotEnoughQuestions.class,
                () -> QuestionDraw.draw(groupsOnly, List.of(new Rule(4, "c", 1, 5)), Set.of(), true, new SplittableRandom(1)));
        assertEquals(3, e.available(), "ten questions but three groups");
        assertEquals(3, QuestionDraw.draw(groupsOnly, List.of(new Rule(3, "c", 1, 5)), Set.of(), true,
                new SplittableRandom(1)).keys().size());
    }

    @Test
    void groupsTakenByAnEarlierRuleCountAgainstALaterOne() {
        List<Candidate> shared = List.of(new Candidate("x1", "x", 1, "G1"), new Candidate("x2", "x", 1, "G2"),
                new Candidate("y1", "y", 1, "G1"), new Candidate("y2", "y", 1, "G2"), new Candidate("y3", "y", 1, "G3"));
        QuestionDraw.NotEnoughQuestions e = assertThrows(QuestionDraw.NotEnoughQuestions.class,
                () -> QuestionDraw.draw(shared, List.of(new Rule(2, "x", 1, 5), new Rule(2, "y", 1, 5)), Set.of(), true,
                        new SplittableRandom(2)));
        assertEquals("y", e.rule().category());
        assertEquals(1, e.available());
    }

    @Test
    void theOldConstructorsMeanNoGroupAndNoOwnPost() {
        assertNull(new Candidate("q", "c", 1).group());
        assertNull(new Candidate("q", "c", 1, " ").group());
        assertFalse(new Rule(1, "c", 1, 5).ownPost());
    }

    // --- own post --------------------------------------------------------------------------------------------

    /** 10 questions of the driver's duties (difficulty 1–5), 30 others (20 carriers, 10 computers). */
    private List<Candidate> withDriver(int driverQuestions) {
        List<Candidate> b = new ArrayList<>(bank);
        IntStream.rangeClosed(1, driverQuestions).forEach(i -> b.add(new Candidate("d" + i, "duties-driver", 1 + i % 5)));
        return b;
    }

    @Test
    void anOwnPostRuleTakesOnlyThePostsQuestionsWhenThereAreEnough() {
        List<Candidate> b = withDriver(10);
        for (int seed = 0; seed < 100; seed++) {
            QuestionDraw.Result r = QuestionDraw.draw(b, List.of(new Rule(5, null, 1, 5, true), new Rule(5, null, 1, 5)),
                    Set.of(), "duties-driver", false, new SplittableRandom(seed));
            assertEquals(10, r.keys().size());
            r.keys().subList(0, 5).forEach(k -> assertTrue(k.startsWith("d"), k));
            assertEquals(0, r.ownPostShort());
        }
    }

    @Test
    void anOwnPostRuleRepeatsThePostsQuestionsBeforeTakingOtherCategories() {
        QuestionDraw.Result r = QuestionDraw.draw(withDriver(3), List.of(new Rule(3, null, 1, 5, true)), Set.of("d1", "d2", "d3"),
                "duties-driver", true, new SplittableRandom(3));
        assertEquals(Set.of("d1", "d2", "d3"), new HashSet<>(r.keys()));
        assertEquals(3, r.repeated());
        assertEquals(0, r.ownPostShort());
    }

    @Test
    void whatThePostLacksComesFromAnyCategoryInTheRangeAndIsCounted() {
        List<Candidate> b = withDriver(3); // d1..d3: difficulty 2, 3, 4
        for (int seed = 0; seed < 100; seed++) {
            QuestionDraw.Result r = QuestionDraw.draw(b, List.of(new Rule(5, "ignored", 2, 4, true)), Set.of(),
                    "duties-driver", false, new SplittableRandom(seed));
            assertEquals(5, r.keys().size());
            assertEquals(List.of("d1", "d2", "d3"), r.keys().subList(0, 3).stream().sorted().toList());
            r.keys().subList(3, 5).forEach(k -> {
                int d = 1 + Integer.parseInt(k.substring(1)) % 5;
                assertTrue(k.startsWith("q") && d >= 2 && d <= 4, k);
            });
            assertEquals(2, r.ownPostShort());
        }
    }

    @Test
    void aTakerWithoutOwnPostGetsAnyCategoryAndTheWholeRuleCountsAsShort() {
        List<Rule> rules = List.of(new Rule(4, null, 1, 5, true), new Rule(2, "computers", 1, 5));
        QuestionDraw.Result none = QuestionDraw.draw(withDriver(10), rules, Set.of(), null, true, new SplittableRandom(4));
        assertEquals(6, none.keys().size());
        assertEquals(4, none.ownPostShort());
        QuestionDraw.Result old = QuestionDraw.draw(withDriver(10), rules, Set.of(), true, new SplittableRandom(4));
        assertEquals(none, old, "the old signature is a draw without own post");
        QuestionDraw.Result unknown = QuestionDraw.draw(withDriver(10), rules, Set.of(), "duties-leader", true,
                new SplittableRandom(4));
        assertEquals(4, unknown.ownPostShort(), "a post without questions in the bank");
    }

    @Test
    void ownPostRulesAreServedBeforeGeneralRules() {
        List<Candidate> b = new ArrayList<>(IntStream.rangeClosed(1, 10).mapToObj(i -> new Candidate("q" + i, "carriers", 3)).toList());
        IntStream.rangeClosed(1, 4).forEach(i -> b.add(new Candidate("d" + i, "duties-driver", 3)));
        for (int seed = 0; seed < 100; seed++) {
            QuestionDraw.Result r = QuestionDraw.draw(b, List.of(new Rule(10, null, 1, 5), new Rule(4, null, 1, 5, true)),
                    Set.of(), "duties-driver", false, new SplittableRandom(seed));
            assertEquals(Set.of("d1", "d2", "d3", "d4"), new HashSet<>(r.keys().subList(10, 14)), "keys in rule order");
            assertEquals(0, r.ownPostShort());
        }
    }

    @Test
    void theOwnPostFallbackWaitsForTheGeneralRules() {
        List<Candidate> b = new ArrayList<>(IntStream.rangeClosed(1, 5).mapToObj(i -> new Candidate("c" + i, "carriers", 3)).toList());
        IntStream.rangeClosed(1, 3).forEach(i -> b.add(new Candidate("p" + i, "computers", 3)));
        IntStream.rangeClosed(1, 2).forEach(i -> b.add(new Candidate("d" + i, "duties-driver", 3)));
        for (int seed = 0; seed < 100; seed++) {
            QuestionDraw.Result r = QuestionDraw.draw(b, List.of(new Rule(4, null, 1, 5, true), new Rule(5, "carriers", 1, 5)),
                    Set.of(), "duties-driver", false, new SplittableRandom(seed));
            assertEquals(9, r.keys().size());
            r.keys().subList(2, 4).forEach(k -> assertTrue(k.startsWith("p"), k));
            assertEquals(2, r.ownPostShort());
        }
    }

    @Test
    void anOwnPostRuleTheWholeBankCannotMeetIsRefused() {
        List<Candidate> b = List.of(new Candidate("d1", "duties-driver", 3), new Candidate("d2", "duties-driver", 3, "G"),
                new Candidate("d3", "duties-driver", 3, "G"), new Candidate("q1", "carriers", 3), new Candidate("q2", "carriers", 5));
        QuestionDraw.NotEnoughQuestions e = assertThrows(QuestionDraw.NotEnoughQuestions.class,
                () -> QuestionDraw.draw(b, List.of(new Rule(4, null, 1, 4, true)), Set.of(), "duties-driver", true,
                        new SplittableRandom(5)));
        assertEquals(3, e.available(), "d1, one of d2/d3, q1; q2 is too hard");
        assertTrue(e.rule().ownPost());
    }
    // --- other posts' duties ------------------------------------------------------------------------------------

    /** 30 general questions, 6 of the clerk's duties, 6 of the leader's, 6 of the driver's (difficulty 3). */
    private static List<Candidate> withPosts() {
        List<Candidate> b = new ArrayList<>(IntStream.rangeClosed(1, 30).mapToObj(i -> new Candidate("g" + i, "rules", 3)).toList());
        for (String post : List.of("clerk", "leader", "driver")) {
            IntStream.rangeClosed(1, 6).forEach(i -> b.add(new Candidate(post + i, "duties." + post, 3)));
        }
        return b;
    }

    private static boolean otherPosts(String key) {
        return key.startsWith("leader") || key.startsWith("driver");
    }

    /**
     * Found by an outside check: a new 机关工作人员 who had read only their own post's duties was asked questions on
     * the 机要收发 and 领导 duties in the onboarding exam (4 own-post questions, 6 from the whole bank). A rule of any
     * category, and what the own-post rule lacks, take no other post's duties; the taker's own may be taken.
     */
    @Test
    void aTakerIsAskedTheDutiesOfTheirOwnPostOnly() {
        for (int seed = 0; seed < 100; seed++) {
            QuestionDraw.Result r = QuestionDraw.draw(withPosts(), List.of(new Rule(4, null, 1, 5, true),
                    new Rule(30, null, 1, 5)), Set.of(), "duties.clerk", true, new SplittableRandom(seed));
            assertEquals(34, r.keys().size());
            r.keys().forEach(k -> assertFalse(otherPosts(k), k));
            QuestionDraw.Result fallback = QuestionDraw.draw(withPosts(), List.of(new Rule(10, null, 1, 5, true)),
                    Set.of(), "duties.clerk", true, new SplittableRandom(seed));
            assertEquals(4, fallback.ownPostShort());
            fallback.keys().forEach(k -> assertFalse(otherPosts(k), "what the post lacks: " + k));
        }
        QuestionDraw.NotEnoughQuestions e = assertThrows(QuestionDraw.NotEnoughQuestions.class,
                () -> QuestionDraw.draw(withPosts(), List.of(new Rule(37, null, 1, 5)), Set.of(), "duties.clerk", true,
                        new SplittableRandom(1)));
        assertEquals(36, e.available(), "the 30 general and the clerk's 6");
        QuestionDraw.NotEnoughQuestions none = assertThrows(QuestionDraw.NotEnoughQuestions.class,
                () -> QuestionDraw.draw(withPosts(), List.of(new Rule(31, null, 1, 5)), Set.of(), null, true,
                        new SplittableRandom(1)));
        assertEquals(30, none.available(), "a taker without a post gets no post's duties");
    }

    @Test
    void aRuleNamingAPostsDutiesTakesThemAndTheMistakesQuizTakesAnyPost() {
        QuestionDraw.Result named = QuestionDraw.draw(withPosts(), List.of(new Rule(6, "duties.leader", 1, 5)), Set.of(),
                "duties.clerk", true, new SplittableRandom(2));
        assertTrue(named.keys().stream().allMatch(k -> k.startsWith("leader")), named.keys().toString());
        QuestionDraw.Result any = QuestionDraw.draw(withPosts(), List.of(new Rule(48, null, 1, 5)), Set.of(),
                "duties.clerk", false, true, new SplittableRandom(2));
        assertEquals(48, any.keys().size(), "a bank of the taker's own (their mistakes): every question");
    }
}
