package org.shoumi.portal.campaigns.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.shoumi.portal.campaigns.entity.ReminderSent;

/**
 * Records a reminder that went out, in a transaction of its own; or claims the day's reminder of a programme before
 * it goes out, so that two runs at once (two nodes of a cluster) never both send it: the row is unique per programme
 * and day, and the second insert is refused.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReminderLog {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    public void record(ReminderSent sent) {
        em.persist(sent);
    }

    /** Records a reminder sent by hand, whatever came of it. */
    public void recordManual(org.shoumi.portal.campaigns.entity.ManualReminder reminder) {
        em.persist(reminder);
    }

    /** Claims the reminder before sending it; fails (rolled back) when the programme was reminded that day. */
    public long claim(ReminderSent sent) {
        em.persist(sent);
        em.flush();
        return sent.getId();
    }

    /** Gives a claim back when the mail could not go out, so that the next run tries again. */
    public void release(long claimId) {
        ReminderSent claimed = em.find(ReminderSent.class, claimId);
        if (claimed != null) {
            em.remove(claimed);
        }
    }
}
