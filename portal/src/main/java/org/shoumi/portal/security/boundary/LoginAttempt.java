package org.shoumi.portal.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The outcome of the login tried in this request, kept by the identity store for the login page, which gets
 * only a status from Jakarta Security: so the page knows, without asking the database again, whether the
 * login must change its password first.
 */
@RequestScoped
public class LoginAttempt {

    private LoginOutcome outcome;

    void record(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    public Optional<LoginOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }
}
