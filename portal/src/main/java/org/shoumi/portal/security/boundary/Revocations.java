package org.shoumi.portal.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In memory, per login name: when it last lost access (disabled, roles taken away). Read on every request of a
 * logged-in user, so it is a map lookup, not a query; filled from the accounts at start-up and kept up to date
 * by {@link LeaverLogins}.
 */
@ApplicationScoped
public class Revocations {

    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();

    /** When this login last lost access, if ever. */
    public Optional<Instant> of(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(revoked.get(username));
    }

    void revoked(String username, Instant at) {
        revoked.merge(username, at, (a, b) -> a.isAfter(b) ? a : b);
    }

}
