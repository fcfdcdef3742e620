package org.shoumi.portal.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.shoumi.portal.events.AccountChanged;
import org.shoumi.portal.security.entity.AccountChange;

/**
 * Keeps a change of what a login may do, in the caller's transaction, and tells the evidence log
 * ({@link AccountChanged}), which appends it in the same transaction. Found by an outside check: the record of login
 * and role changes was outside the evidence chain, so a deleted row left verification "complete", and a restore of a
 * backup taken before a role withdrawal brought the role back without a rollback being noticed.
 */
@ApplicationScoped
public class AccountChangeLog {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Event<AccountChanged> changed;

    /** Stores the change and has it appended to the evidence chain. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AccountChange record(AccountChange change) {
        em.persist(change);
        em.flush();
        changed.fire(new AccountChanged(change.getId()));
        return change;
    }
}
