package org.shoumi.portal.programmes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.shoumi.portal.events.PledgeSigned;
import org.shoumi.portal.training.boundary.Acknowledged;
import org.shoumi.quizzes.attempts.boundary.AttemptFinished;

/**
 * Re-checks a person's programmes once something that may complete a step is committed, in a transaction of its own
 * (never inside the one that made the change, which holds the evidence chain's head: reading the person's records
 * there could deadlock with another append).
 *
 * <p>A bean of its own, not observer methods of {@link Programmes}: an attempt handed in by {@code Programmes} itself
 * (the quiz list finishing an attempt whose time ran out) commits inside a call of that bean, and the container does
 * not intercept a bean's methods while one of its calls is under way, so the observer ran without its new transaction
 * and failed.
 */
@ApplicationScoped
public class ProgrammeRefresh {

    @Inject
    Programmes programmes;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void attemptFinished(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttemptFinished finished) {
        programmes.refreshByNumber(finished.personKey());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void acknowledged(@Observes(during = TransactionPhase.AFTER_SUCCESS) Acknowledged acknowledged) {
        programmes.refreshByNumber(acknowledged.employeeNo());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void pledgeSigned(@Observes(during = TransactionPhase.AFTER_SUCCESS) PledgeSigned signed) {
        programmes.refreshByNumber(signed.employeeNo());
    }
}
