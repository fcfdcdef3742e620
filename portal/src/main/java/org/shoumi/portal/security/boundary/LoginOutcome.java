package org.shoumi.portal.security.boundary;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.shoumi.portal.security.entity.Role;

/**
 * The answer to a login try. {@code lockedUntil} is set when the account is (now) locked;
 * {@code passwordChangeRequired} when a successful login must choose a new password before anything else.
 */
public record LoginOutcome(Status status, String username, Set<Role> roles, Instant lockedUntil,
                           boolean passwordChangeRequired) {

    public enum Status { SUCCESS, INVALID, LOCKED }

    static LoginOutcome invalid() {
        return new LoginOutcome(Status.INVALID, null, Set.of(), null, false);
    }

    static LoginOutcome locked(Instant until) {
        return new LoginOutcome(Status.LOCKED, null, Set.of(), until, false);
    }

    public boolean succeeded() {
        return status == Status.SUCCESS;
    }

    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
