package org.shoumi.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransientConflictsTest {

    /** What EclipseLink throws when Derby gives up waiting for a lock or for an identity range. */
    private static PersistenceException lockTimeout() {
        return new PersistenceException("Exception [EclipseLink-4002]",
                new RuntimeException("DatabaseException",
                        new SQLTransactionRollbackException("A lock could not be obtained within the time requested", "40XL1")));
    }

    @Test
    void aCallRefusedTwiceForALockIsMadeAgainAndItsResultReturned() {
        AtomicInteger calls = new AtomicInteger();
        String result = TransientConflicts.retry(() -> {
            if (calls.incrementAndGet() < 3) {
                throw lockTimeout();
            }
            return "started";
        });
        assertEquals("started", result);
        assertEquals(3, calls.get());
    }

    @Test
    void aCallThatKeepsBeingRefusedEndsAsBusyAfterThreeCalls() {
        AtomicInteger calls = new AtomicInteger();
        TransientConflicts.Busy busy = assertThrows(TransientConflicts.Busy.class, () -> TransientConflicts.retry(() -> {
            calls.incrementAndGet();
            throw lockTimeout();
        }));
        assertEquals(3, calls.get());
        assertTrue(TransientConflicts.isTransient(busy.getCause()));
    }

    @Test
    void otherFailuresArePassedOnAtOnceWithoutASecondCall() {
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException refused = new IllegalStateException("no more attempts");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> TransientConflicts.retry(() -> {
            calls.incrementAndGet();
            throw refused;
        }));
        assertSame(refused, thrown);
        assertEquals(1, calls.get());
    }

    @Test
    void rollbackStatesOfDerbyAndPostgresqlAreTransientConstraintViolationsAreNot() {
        assertTrue(TransientConflicts.isTransient(lockTimeout()));
        assertTrue(TransientConflicts.isTransient(new PersistenceException(new SQLException("deadlock", "40001"))));
        assertTrue(TransientConflicts.isTransient(new PersistenceException(new SQLException("deadlock detected", "40P01"))));
        // a failure at commit: the transactional interceptor wraps the transaction manager's RollbackException
        RollbackException atCommit = new RollbackException("rolled back");
        atCommit.initCause(new SQLException("could not serialize access", "40001"));
        assertTrue(TransientConflicts.isTransient(new TransactionalException("commit failed", atCommit)));
        // the SQLState can sit in a chained next exception, as in batch updates
        SQLException batch = new SQLException("batch failed", "XJ208");
        batch.setNextException(new SQLException("lock", "40XL1"));
        assertTrue(TransientConflicts.isTransient(new PersistenceException(batch)));

        assertFalse(TransientConflicts.isTransient(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(TransientConflicts.isTransient(new PersistenceException("no SQL state")));
        assertFalse(TransientConflicts.isTransient(new IllegalArgumentException()));
    }

    /**
     * A login the database could not answer in time says so instead of "wrong password" (ex-s37f 1): only a lock
     * waited for in vain, in Derby or PostgreSQL, anywhere in the chain; a deadlock is no such wait.
     */
    @Test
    void aLockWaitedForInVainIsALockTimeoutADeadlockIsNot() {
        assertTrue(TransientConflicts.isLockTimeout(new PersistenceException(
                new SQLTransactionRollbackException("A lock could not be obtained within the time requested", "40XL1"))));
        assertTrue(TransientConflicts.isLockTimeout(new PersistenceException(new SQLException("lock", "55P03"))));
        SQLException batch = new SQLException("batch failed", "XJ208");
        batch.setNextException(new SQLException("lock", "40XL1"));
        assertTrue(TransientConflicts.isLockTimeout(new PersistenceException(batch)));
        assertFalse(TransientConflicts.isLockTimeout(new PersistenceException(new SQLException("deadlock", "40001"))));
        assertFalse(TransientConflicts.isLockTimeout(new PersistenceException(new SQLException("deadlock", "40P01"))));
        assertFalse(TransientConflicts.isLockTimeout(new RuntimeException("no database")));
    }
}
