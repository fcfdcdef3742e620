package org.shoumi.portal.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.shoumi.portal.security.entity.Account;

/** Ready when the database answers a query on the accounts table (served under /health/ready). */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Override
    @Transactional
    public HealthCheckResponse call() {
        try {
            em.createNamedQuery(Account.COUNT, Long.class).getSingleResult();
            // up, and nothing more: the endpoint answers without a login, so it tells no figure of the unit (the
            // number of accounts was shown to anyone)
            return HealthCheckResponse.named("database").up().build();
        } catch (RuntimeException e) {
            // down, and the failure in the server's log only, as the heap's sizes of the liveness check: the
            // endpoint tells an unauthenticated caller the status and the check's name, nothing of the server
            java.util.logging.Logger.getLogger(DatabaseHealthCheck.class.getName())
                    .log(java.util.logging.Level.FINE, "the database did not answer the readiness check", e);
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
