package org.shoumi.portal.security.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a new password must be: between the shortest and the longest length accepted, and not the current one.
 * Plain values in, plain answers out; whether the current password is right is the boundary's business.
 */
public record PasswordPolicy(int minLength, int maxLength) {

    /** Why a new password is refused. */
    public enum Refusal { TOO_SHORT, TOO_LONG, SAME_AS_CURRENT }

    public PasswordPolicy {
        if (minLength < 1 || maxLength < minLength) {
            throw new IllegalArgumentException("lengths must be 1 <= min <= max, were " + minLength + ", " + maxLength);
        }
    }

    /** The refusal of a new password by its length alone (nothing to compare with needed). */
    public Optional<Refusal> lengthRefusal(char[] next) {
        if (next == null || next.length < minLength) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        if (next.length > maxLength) {
            return Optional.of(Refusal.TOO_LONG);
        }
        return Optional.empty();
    }

    /** The refusal of a new password, given the current one as typed: its length first, then sameness. */
    public Optional<Refusal> refusal(char[] current, char[] next) {
        Optional<Refusal> length = lengthRefusal(next);
        if (length.isPresent()) {
            return length;
        }
        return Arrays.equals(current, next) ? Optional.of(Refusal.SAME_AS_CURRENT) : Optional.empty();
    }
}
