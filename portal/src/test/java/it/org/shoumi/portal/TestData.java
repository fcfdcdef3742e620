package it.org.shoumi.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/**
 * Test-only: lets an in-container test write its own rows in one transaction, for features whose
 * boundaries do not create them yet. Added to the test deployment, never part of the portal.
 */
@ApplicationScoped
@Transactional
public class TestData {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    public void persist(Object... entities) {
        for (Object entity : entities) {
            em.persist(entity);
        }
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        return work.apply(em);
    }
}
