package it.org.shoumi.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.security.boundary.LoginTries;

/**
 * The login throttle's clean-up deletes the tries no longer counted. Found by an outside check in the log: run by
 * its schedule it had no transaction and failed every time ("No externally managed transaction is currently
 * active"), so the table only grew.
 */
class LoginTriesIT extends FromInside {

    @Inject
    LoginTries tries;

    @Test
    void theCleanUpDeletesOldTriesAndKeepsTheCountedOnes() {
        String login = Deployments.uniqueName("tries");
        Instant now = Instant.now();
        tries.add(login, "192.0.2.7", now.minus(Duration.ofDays(2)));
        tries.add(login, "192.0.2.7", now);
        assertTrue(tries.cleanUp() >= 1, "called as the schedule calls it, outside any transaction");
        assertEquals(1, tries.forLogin(login, "192.0.2.7", Instant.EPOCH).count(), "the recent try stays");
    }
}
