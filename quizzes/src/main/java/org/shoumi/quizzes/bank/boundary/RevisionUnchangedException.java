package org.shoumi.quizzes.bank.boundary;

/**
 * A revision that changes nothing a taker sees (stem, options, answer, explanation, difficulty): refused, so that a
 * question does not get a new version identical to the one it retires.
 */
public class RevisionUnchangedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RevisionUnchangedException(String key) {
        super("the revision of " + key + " changes nothing");
    }
}
