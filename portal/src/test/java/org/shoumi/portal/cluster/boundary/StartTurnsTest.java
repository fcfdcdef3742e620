package org.shoumi.portal.cluster.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoumi.portal.cluster.entity.StartTurn;
import org.shoumi.portal.schema.SchemaCheck;
import org.shoumi.portal.schema.TestDatabases;
import org.shoumi.portal.schema.control.Migrations;

/**
 * Two nodes starting at once on one migrated Derby or PostgreSQL database (two persistence units, as two servers
 * have): while the first holds the start turn in its open transaction, the second waits for it; once the first has
 * committed, the second gets the turn and sees what the first stored (here: the first node's name on the row).
 * A turn given back by a rollback lets the next one in as well. Migration V6 also made the evidence head and the
 * scheduler lease, so that nobody has to insert them at start.
 */
class StartTurnsTest {

    private static final Instant T0 = Instant.parse("2026-12-04T01:00:00Z");

    private static StartTurns turns(EntityManager em, String node, Instant at) {
        StartTurns turns = new StartTurns();
        turns.em = em;
        turns.cluster = new Cluster() {
            @Override
            public String node() {
                return node;
            }
        };
        turns.clock = Clock.fixed(at, ZoneOffset.UTC);
        return turns;
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void theSecondNodeWaitsForTheFirstAndSeesItsWork(TestDatabases kind) throws Exception {
        DataSource database = kind.fresh();
        Migrations.migrate(database);
        EntityManagerFactory a = SchemaCheck.nodeUnit(database, "start-turns-" + kind + "-a");
        EntityManagerFactory b = SchemaCheck.nodeUnit(database, "start-turns-" + kind + "-b");
        try {
            EntityManager onA = a.createEntityManager();
            onA.getTransaction().begin();
            turns(onA, "node-a", T0).take();

            CountDownLatch asking = new CountDownLatch(1);
            CompletableFuture<String> secondSaw = CompletableFuture.supplyAsync(() -> {
                EntityManager onB = b.createEntityManager();
                try {
                    onB.getTransaction().begin();
                    asking.countDown();
                    // what B finds before taking its own turn: the node that took the turn before it
                    StartTurn before = onB.find(StartTurn.class, StartTurn.START,
                            jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
                    String seen = before.getNode();
                    turns(onB, "node-b", T0.plusSeconds(5)).take();
                    onB.getTransaction().commit();
                    return seen;
                } finally {
                    if (onB.getTransaction().isActive()) {
                        onB.getTransaction().rollback();
                    }
                    onB.close();
                }
            });
            assertTrue(asking.await(30, TimeUnit.SECONDS));
            assertThrows(TimeoutException.class, () -> secondSaw.get(1500, TimeUnit.MILLISECONDS),
                    "B waits while A's start-up transaction holds the turn");
            assertFalse(secondSaw.isDone());
            onA.getTransaction().commit();
            onA.close();
            assertEquals("node-a", secondSaw.get(30, TimeUnit.SECONDS), "B gets the turn and sees A's work");
            assertEquals("node-b", row(database, "SELECT node FROM start_lock WHERE name = 'start'"));

            // a node whose start-up failed (rolled back) gives its turn back and leaves nothing of it
            EntityManager failing = a.createEntityManager();
            failing.getTransaction().begin();
            turns(failing, "node-c", T0.plusSeconds(10)).take();
            failing.getTransaction().rollback();
            failing.close();
            EntityManager next = b.createEntityManager();
            next.getTransaction().begin();
            turns(next, "node-d", T0.plusSeconds(20)).take();
            next.getTransaction().commit();
            next.close();
            assertEquals("node-d", row(database, "SELECT node FROM start_lock WHERE name = 'start'"));

            assertEquals("1", row(database, "SELECT COUNT(*) FROM evidence_head WHERE last_seq = 0"),
                    "the evidence head, made by the migration");
            assertEquals("-", row(database, "SELECT holder FROM cluster_lease WHERE name = 'scheduler'"),
                    "the scheduler lease, made by the migration, held by nobody");
        } finally {
            a.close();
            b.close();
        }
    }

    private static String row(DataSource database, String sql) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next(), sql);
            return r.getString(1);
        }
    }
}
