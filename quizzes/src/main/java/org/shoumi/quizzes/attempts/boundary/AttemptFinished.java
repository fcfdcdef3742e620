package org.shoumi.quizzes.attempts.boundary;

/**
 * Fired synchronously by {@link QuizAttempts} inside its transaction whenever an attempt is finished (submitted
 * by its taker, or expired by a deadline, also by the sweeper), after it was scored; {@code submitted} is true when its taker
 * submitted it in time, false when it expired. Observers run in the same
 * transaction: the portal's evidence log writes its entry there, so the attempt and its evidence commit or roll
 * back together. The quizzes module knows nothing of its observers.
 */
public record AttemptFinished(long attemptId, String personKey, boolean submitted) {
}
