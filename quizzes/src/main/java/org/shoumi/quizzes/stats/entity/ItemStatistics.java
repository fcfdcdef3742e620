package org.shoumi.quizzes.stats.entity;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shoumi.quizzes.attempts.entity.Fraction;
import org.shoumi.quizzes.bank.entity.ClauseCode;
import org.shoumi.quizzes.bank.entity.QuestionKey;

/**
 * Item analysis of one question over a set of scored attempts.
 *
 * @param attempts       attempts that contained the question
 * @param facility       mean credit (0–1) over those attempts, unanswered counting 0
 * @param discrimination upper-27% mean credit minus lower-27% mean credit; empty with fewer than 2 attempts
 * @param optionCounts   SINGLE/MULTI: option id → times picked; JUDGE: "true"/"false" → times answered;
 *                       FILL: empty
 * @param unanswered     attempts that left it unanswered
 * @param clause         the clause code the question tests, if known
 */
public record ItemStatistics(QuestionKey question, int attempts, Fraction facility, Optional<Fraction> discrimination,
                             Map<String, Integer> optionCounts, int unanswered, ClauseCode clause, Set<ItemFlag> flags) {

    public ItemStatistics {
        optionCounts = Map.copyOf(optionCounts);
        flags = Set.copyOf(flags);
    }
}
