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

    /**
     * INVALID and LOCKED answer alike on the page. The directory's refusals come only after the directory accepted
     * the password, so they may say why: NOT_ON_ROSTER (no staff number, or one the roster does not know), LEFT
     * (the person left the unit, or the login was switched off), NO_ROLE (no role configured for the person),
     * LINKED_ELSEWHERE (the person already has another portal login); DIRECTORY_UNAVAILABLE when the directory
     * could not be asked. ADDRESS_STOPPED: the client address made so many failed logins (for any names) that it
     * is stopped for every login until {@code lockedUntil}; the page says so (an office behind one NAT address
     * learns why the right password is refused), which tells nothing about the name.
     */
    public enum Status {
        SUCCESS, INVALID, LOCKED, NOT_ON_ROSTER, LEFT, NO_ROLE, LINKED_ELSEWHERE, DIRECTORY_UNAVAILABLE, ADDRESS_STOPPED,
        /** The database did not answer in time (a lock timeout): the password was not checked. */
        BUSY
    }

    static LoginOutcome invalid() {
        return new LoginOutcome(Status.INVALID, null, Set.of(), null, false);
    }

    static LoginOutcome locked(Instant until) {
        return new LoginOutcome(Status.LOCKED, null, Set.of(), until, false);
    }

    static LoginOutcome addressStopped(Instant until) {
        return new LoginOutcome(Status.ADDRESS_STOPPED, null, Set.of(), until, false);
    }

    static LoginOutcome refused(Status status) {
        return new LoginOutcome(status, null, Set.of(), null, false);
    }

    public boolean succeeded() {
        return status == Status.SUCCESS;
    }

    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
