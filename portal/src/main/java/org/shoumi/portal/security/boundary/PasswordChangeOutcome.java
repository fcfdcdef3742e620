package org.shoumi.portal.security.boundary;

import java.time.Instant;

/** The answer to a password change. {@code lockedUntil} is set when the account is (now) locked. */
public record PasswordChangeOutcome(Status status, Instant lockedUntil) {

    public enum Status {
        CHANGED, WRONG_PASSWORD, LOCKED, TOO_SHORT, TOO_LONG, SAME_AS_CURRENT, ALL_DIGITS, TOO_COMMON, TOO_SIMPLE, CONTAINS_LOGIN,
        /** A directory login: its password is changed in the directory, not here. */
        DIRECTORY
    }

    static PasswordChangeOutcome of(Status status) {
        return new PasswordChangeOutcome(status, null);
    }

    static PasswordChangeOutcome locked(Instant until) {
        return new PasswordChangeOutcome(Status.LOCKED, until);
    }

    public boolean changed() {
        return status == Status.CHANGED;
    }
}
