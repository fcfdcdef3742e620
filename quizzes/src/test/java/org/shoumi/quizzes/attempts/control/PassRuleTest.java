package org.shoumi.quizzes.attempts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.attempts.control.PassRule.Taken;
import org.shoumi.quizzes.attempts.control.QuizPolicy.GradingMethod;

class PassRuleTest {

    private static final Instant DAY = Instant.parse("2026-12-07T11:00:00Z");
    private static final Instant NOW = DAY.plusSeconds(86_400);

    private static Taken taken(int number, int minutes, boolean passed) {
        return new Taken(number, DAY.plusSeconds(60L * minutes), passed);
    }

    /** The outside check: 60 分 合格 at 19:20, then 0 分 不合格 at 19:28, a quiz graded by the last attempt. */
    private static final Taken PASS = taken(1, 20, true);
    private static final Taken FAIL = taken(2, 28, false);

    @Test
    void aFailedLastAttemptSupersedesAnEarlierPassOfAQuizGradedByTheLastAttempt() {
        List<Taken> both = List.of(PASS, FAIL);
        assertEquals(Optional.of(FAIL), PassRule.supersededBy(PASS, both, GradingMethod.LAST, NOW));
        assertFalse(PassRule.stands(PASS, both, GradingMethod.LAST, NOW));
        assertFalse(PassRule.passes(both, GradingMethod.LAST, NOW), "the grade is the last attempt's: a fail");
        assertTrue(PassRule.firstStandingPass(both, GradingMethod.LAST, DAY, NOW).isEmpty(),
                "a campaign step given afterwards is not completed by the superseded pass");
    }

    @Test
    void theBestAttemptKeepsEveryPass() {
        List<Taken> both = List.of(PASS, FAIL);
        assertTrue(PassRule.supersededBy(PASS, both, GradingMethod.HIGHEST, NOW).isEmpty());
        assertTrue(PassRule.stands(PASS, both, GradingMethod.HIGHEST, NOW));
        assertTrue(PassRule.passes(both, GradingMethod.HIGHEST, NOW));
        assertEquals(Optional.of(PASS), PassRule.firstStandingPass(both, GradingMethod.HIGHEST, DAY, NOW));
    }

    @Test
    void aLaterPassStandsAgainAndCompletesTheStepWhenItWasMade() {
        Taken again = taken(3, 40, true);
        List<Taken> three = List.of(PASS, FAIL, again);
        assertFalse(PassRule.stands(PASS, three, GradingMethod.LAST, NOW), "the first pass stays superseded");
        assertTrue(PassRule.stands(again, three, GradingMethod.LAST, NOW));
        assertEquals(Optional.of(again), PassRule.firstStandingPass(three, GradingMethod.LAST, DAY, NOW));
    }

    @Test
    void aRetakeAfterTheProgrammeWasGivenDoesNotUndoTheStepThePassDid() {
        List<Taken> both = List.of(PASS, FAIL);
        Instant givenBetween = DAY.plusSeconds(60L * 25);
        assertEquals(Optional.of(PASS), PassRule.firstStandingPass(both, GradingMethod.LAST, DAY, givenBetween),
                "the pass stood when the programme was given; the failed retake came later");
        Instant givenAfter = DAY.plusSeconds(60L * 30);
        assertTrue(PassRule.firstStandingPass(both, GradingMethod.LAST, DAY, givenAfter).isEmpty(),
                "given after the failed retake: the grade was a fail then");
    }

    @Test
    void passesBeforeTheProgrammeCountsFromDoNotCount() {
        assertTrue(PassRule.firstStandingPass(List.of(PASS), GradingMethod.HIGHEST, DAY.plusSeconds(3600), NOW)
                .isEmpty());
    }

    @Test
    void aFailedAttemptHasNothingToLoseAndNoAttemptsNoPass() {
        assertTrue(PassRule.supersededBy(FAIL, List.of(PASS, FAIL), GradingMethod.LAST, NOW).isEmpty());
        assertFalse(PassRule.stands(FAIL, List.of(PASS, FAIL), GradingMethod.LAST, NOW));
        assertFalse(PassRule.passes(List.of(), GradingMethod.LAST, NOW));
    }

    /** The rule agrees with the quiz's grade: a pass stands exactly when the grade passes, whatever the attempts. */
    @Test
    void aPassStandsExactlyWhenTheQuizsGradeIsAPass() {
        for (GradingMethod method : GradingMethod.values()) {
            for (int mask = 0; mask < 1 << 5; mask++) {
                for (int count = 1; count <= 5; count++) {
                    List<Taken> taken = new ArrayList<>();
                    List<QuizPolicy.Graded> graded = new ArrayList<>();
                    for (int i = 1; i <= count; i++) {
                        boolean passed = (mask >> (i - 1) & 1) == 1;
                        taken.add(taken(i, i, passed));
                        graded.add(new QuizPolicy.Graded(i, BigDecimal.valueOf(passed ? 80 : 40)));
                    }
                    boolean gradePasses = QuizPolicy.grade(graded, method)
                            .map(g -> QuizPolicy.passed(g, 60)).orElse(false);
                    assertEquals(gradePasses, PassRule.passes(taken, method, NOW), method + " " + taken);
                }
            }
        }
    }
}
