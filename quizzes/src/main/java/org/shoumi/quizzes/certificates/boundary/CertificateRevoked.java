package org.shoumi.quizzes.certificates.boundary;

/**
 * Fired synchronously by {@link Certificates} inside its transaction when a certificate is revoked, so the portal's
 * evidence log records the revocation (who, when, why) in the same transaction.
 */
public record CertificateRevoked(long certificateId, long attemptId, String personKey) {
}
