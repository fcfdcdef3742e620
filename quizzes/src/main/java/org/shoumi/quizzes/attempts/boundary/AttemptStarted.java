package org.shoumi.quizzes.attempts.boundary;

/**
 * Fired synchronously by {@link QuizAttempts} inside its transaction when a new attempt was made (not when an open
 * one is resumed). The portal counts them for its metrics once the transaction has committed.
 */
public record AttemptStarted(long attemptId, String personKey, String quizCode) {
}
