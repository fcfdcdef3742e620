package org.shoumi.quizzes.stats.entity;

import java.util.List;
import java.util.Optional;
import org.shoumi.quizzes.bank.entity.QuestionKey;

/**
 * Result of an item analysis: per-question statistics (ordered by key), and clause codes and topics ordered from
 * the weakest (lowest mean facility) to the strongest.
 */
public record ItemReport(List<ItemStatistics> items, List<ClauseStatistics> weakestClauses,
                         List<ClauseStatistics> weakestTopics) {

    public ItemReport {
        items = List.copyOf(items);
        weakestClauses = List.copyOf(weakestClauses);
        weakestTopics = List.copyOf(weakestTopics);
    }

    public Optional<ItemStatistics> item(QuestionKey key) {
        return items.stream().filter(i -> i.question().equals(key)).findFirst();
    }
}
