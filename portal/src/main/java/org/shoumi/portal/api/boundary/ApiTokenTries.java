package org.shoumi.portal.api.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.api.control.TokenThrottle;

/**
 * The wrong API tokens of this server ({@link TokenThrottle}): each is logged with the client address (never the
 * token), as a refused form login is; an address that sent {@code shoumi.portal.api.token.max-failures} of them
 * within {@code shoumi.portal.api.token.window-minutes} is answered 429 until the oldest is older than the window.
 */
@ApplicationScoped
public class ApiTokenTries {

    private static final Logger LOG = Logger.getLogger(ApiTokenTries.class.getName());

    @Inject
    @ConfigProperty(name = "shoumi.portal.api.token.max-failures", defaultValue = "20")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "shoumi.portal.api.token.window-minutes", defaultValue = "15")
    int windowMinutes;

    Clock clock = Clock.systemUTC();

    private TokenThrottle throttle;

    @PostConstruct
    void start() {
        throttle = new TokenThrottle(Math.max(1, maxFailures), Duration.ofMinutes(Math.max(1, windowMinutes)));
    }

    /** Until when this address is stopped from sending tokens; empty when it may. */
    public Optional<Instant> stoppedUntil(String address) {
        return throttle.stoppedUntil(key(address), clock.instant());
    }

    /** A wrong token came from this address: logged, and counted. */
    public void wrongToken(String address) {
        Instant now = clock.instant();
        String from = key(address);
        LOG.warning("API token refused: wrong token from " + from);
        if (throttle.failed(from, now)) {
            LOG.warning("API token tries from " + from + " stopped until " + now.plus(throttle.window()) + " after "
                    + throttle.maxFailures() + " wrong tokens within " + throttle.window().toMinutes() + " minutes");
        }
    }

    /** Forgets the wrong tokens of this address. */
    public void forget(String address) {
        throttle.forget(key(address));
    }

    private static String key(String address) {
        return address == null ? "(unknown)" : address;
    }
}
