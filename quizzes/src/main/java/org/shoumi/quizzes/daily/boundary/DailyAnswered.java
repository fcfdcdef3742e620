package org.shoumi.quizzes.daily.boundary;

import java.time.Instant;

/**
 * Fired synchronously by {@link DailyPractice} in its transaction when a person answered the question of the day:
 * the mistakes feature keeps the 错题本 from it as from a finished attempt.
 */
public record DailyAnswered(String personKey, long questionId, boolean right, String response, Instant at) {
}
