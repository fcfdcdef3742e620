package org.shoumi.quizzes.attempts.boundary;

/**
 * Fired synchronously by {@link QuizAttempts} inside its transaction when an accommodation is granted, so the
 * portal's evidence log records it in the same transaction.
 */
public record AccommodationGranted(long accommodationId, String personKey) {
}
