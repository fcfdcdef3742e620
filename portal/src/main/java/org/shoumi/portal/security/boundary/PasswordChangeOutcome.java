package org.shoumi.portal.security.boundary;

import java.time.Instant;

/**
 * The answer to a password change. {@code lockedUntil} is set when the account is (now) locked; {@code triesLeft},
 * for a wrong current password, says how many more wrong passwords (here or on the login page) lock the account.
 */
public record PasswordChangeOutcome(Status status, Instant lockedUntil, int triesLeft) {

    public enum Status {
        CHANGED, WRONG_PASSWORD, LOCKED, TOO_SHORT, TOO_LONG, SAME_AS_CURRENT, ALL_DIGITS, TOO_COMMON, TOO_SIMPLE, CONTAINS_LOGIN,
        /** A control or format character in the new password. */
        INVISIBLE_CHARACTERS,
        /** A space at the start or the end of the new password. */
        SURROUNDING_SPACES,
        /** Letters only, or symbols only: a second kind of character is needed. */
        ONE_KIND,
        /** A run of letters or digits in order (abcde, 12345). */
        SEQUENCE,
        /** The holder's staff number or name. */
        CONTAINS_PERSON,
        /** A directory login: its password is changed in the directory, not here. */
        DIRECTORY,
        /** One of the passwords the login had before, within those the rule remembers. */
        USED_BEFORE
    }

    static PasswordChangeOutcome of(Status status) {
        return new PasswordChangeOutcome(status, null, 0);
    }

    static PasswordChangeOutcome locked(Instant until) {
        return new PasswordChangeOutcome(Status.LOCKED, until, 0);
    }

    /** A wrong current password, counted: this many more lock the account. */
    static PasswordChangeOutcome wrong(int triesLeft) {
        return new PasswordChangeOutcome(Status.WRONG_PASSWORD, null, triesLeft);
    }

    public boolean changed() {
        return status == Status.CHANGED;
    }
}
