package org.shoumi.portal.cluster.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import org.shoumi.portal.cluster.entity.StartTurn;

/**
 * Nodes that start at the same time on one database (a cluster restarted at once, or its nodes started together on
 * an empty database) take turns for the start-up work that writes data: {@link #take} locks the {@code start_lock}
 * row in the caller's transaction, so a second node waits there until the first has committed its work (or rolled
 * it back) and then sees what the first stored. On Derby (one node) nobody waits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StartTurns {

    private static final Logger LOG = Logger.getLogger(StartTurns.class.getName());

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Cluster cluster;

    Clock clock = Clock.systemUTC();

    /**
     * Waits until no other node's start-up transaction holds the turn and holds it until the caller's transaction
     * ends.
     */
    public void take() {
        long began = System.nanoTime();
        StartTurn turn = em.find(StartTurn.class, StartTurn.START, LockModeType.PESSIMISTIC_WRITE);
        if (turn == null) {
            throw new IllegalStateException("the start_lock table has no '" + StartTurn.START
                    + "' row: the schema was not migrated to version 6");
        }
        long waited = (System.nanoTime() - began) / 1_000_000;
        if (waited > 1000 && turn.getNode() != null) {
            LOG.info(() -> "Waited " + waited + " ms for the start-up work of node " + turn.getNode());
        }
        turn.take(cluster.node(), clock.instant());
    }
}
