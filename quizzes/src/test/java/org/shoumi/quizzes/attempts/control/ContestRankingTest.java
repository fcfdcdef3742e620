package org.shoumi.quizzes.attempts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.attempts.control.ContestRanking.Entry;
import org.shoumi.quizzes.attempts.control.ContestRanking.Rank;

/** A contest's department ranking counts each person once, with their best score, in one department. */
class ContestRankingTest {

    private static final Instant FIRST = Instant.parse("2026-12-01T02:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-12-07T02:00:00Z");

    private static Entry entry(String person, String department, int percent, Instant at) {
        return new Entry(person, department, BigDecimal.valueOf(percent), at);
    }

    /**
     * Found by an outside check (ex-s37d 4): SM002 took the contest in 办公室, moved to 财务处 and took it again; the
     * ranking read 财务处 1 100.0 and 办公室 1 100.0, one person two participants. He counts once, where the history
     * puts him (财务处), as the year report counts a mover's exams.
     */
    @Test
    void aPersonWhoMovedCountsOnceWhereTheHistoryPutsThem() {
        Map<String, String> now = Map.of("SM002", "CW", "SM003", "BG");
        List<Rank> ranks = ContestRanking.rank(List.of(entry("SM002", "BG", 100, FIRST), entry("SM002", "CW", 100,
                SECOND), entry("SM003", "BG", 60, FIRST)), (person, at) -> now.get(person));
        assertEquals(List.of(new Rank("CW", 1, new BigDecimal("100.0")), new Rank("BG", 1, new BigDecimal("60.0"))),
                ranks);
        assertEquals(2, ranks.stream().mapToInt(Rank::participants).sum(), "two people took part");
    }

    @Test
    void theBestScoreCountsAndSomeoneTheRosterDoesNotKnowCountsWhereTheyStarted() {
        List<Rank> ranks = ContestRanking.rank(List.of(entry("SM002", "BG", 100, FIRST), entry("SM002", "BG", 0,
                SECOND), entry("X9", "KY", 50, FIRST), entry("X9", "KY", 70, SECOND), entry("SM004", null, 80, FIRST)),
                (person, at) -> person.equals("SM002") ? "BG" : null);
        assertEquals(List.of(new Rank("BG", 1, new BigDecimal("100.0")), new Rank(ContestRanking.NONE, 1,
                new BigDecimal("80.0")), new Rank("KY", 1, new BigDecimal("70.0"))), ranks);
    }

    @Test
    void theDepartmentIsAskedForTheMomentOfTheBestAttempt() {
        List<Instant> asked = new java.util.ArrayList<>();
        ContestRanking.rank(List.of(entry("SM002", "BG", 90, FIRST), entry("SM002", "CW", 60, SECOND)),
                (person, at) -> {
                    asked.add(at);
                    return "BG";
                });
        assertEquals(List.of(FIRST), asked);
    }
}
