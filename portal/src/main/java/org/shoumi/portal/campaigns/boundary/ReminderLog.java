package org.shoumi.portal.campaigns.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.shoumi.portal.campaigns.entity.ReminderSent;

/** Records a reminder that went out, in a transaction of its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReminderLog {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    public void record(ReminderSent sent) {
        em.persist(sent);
    }
}
