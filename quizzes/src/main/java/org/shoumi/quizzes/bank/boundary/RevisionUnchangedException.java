package org.shoumi.quizzes.bank.boundary;

import org.shoumi.content.persistence.Refusal;

/**
 * A revision that changes nothing a taker sees (stem, options, answer, explanation, difficulty): refused, so that a
 * question does not get a new version identical to the one it retires. A {@link Refusal}: the transaction rolls
 * back without an FFDC incident.
 */
public class RevisionUnchangedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    public RevisionUnchangedException(String key) {
        super("the revision of " + key + " changes nothing");
    }
}
