package org.shoumi.portal.shared;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calls a transactional boundary again when the database rolled its transaction back because of a passing
 * conflict with other transactions: SQLSTATE class 40 (Derby's lock timeout 40XL1 and "too much contention"
 * on an identity column, deadlock victims, PostgreSQL's serialization failures 40001 and deadlocks 40P01).
 * The boundary's transaction is over by then, so nothing of the failed call was kept and calling it again is
 * safe for calls that are themselves repeatable: starting or resuming an attempt, saving an answer, submitting.
 * Anything else is passed on unchanged.
 */
public final class TransientConflicts {

    private static final Logger LOG = Logger.getLogger(TransientConflicts.class.getName());

    /** How often a call is made at most. */
    static final int CALLS = 3;

    private TransientConflicts() {
    }

    /** The database kept refusing the call: the user should try again in a moment. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy(RuntimeException last) {
            super("the database refused the call " + CALLS + " times because of conflicting transactions", last);
        }
    }

    public static <T> T retry(Supplier<T> call) {
        for (int calls = 1; ; calls++) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                if (!isTransient(e)) {
                    throw e;
                }
                if (calls >= CALLS) {
                    LOG.log(Level.WARNING, "gave up after " + calls + " calls refused by conflicting transactions", e);
                    throw new Busy(e);
                }
                int made = calls;
                LOG.info(() -> "call " + made + " was rolled back by a conflicting transaction (" + sqlState(e)
                        + "); calling again");
                pause(calls);
            }
        }
    }

    /** Whether this failure, or one of its causes, is a database's "rolled back, try again". */
    public static boolean isTransient(Throwable failure) {
        return Causes.of(failure).filter(SQLException.class::isInstance).map(SQLException.class::cast)
                .anyMatch(TransientConflicts::rolledBack);
    }

    /**
     * Whether this failure, or one of its causes, is a lock the database waited for in vain: Derby's lock timeout
     * (SQLSTATE 40XL1) or PostgreSQL's lock_not_available (55P03). Not a deadlock (40001, 40P01): the database did not
     * answer in time because another transaction held the rows (a login during a long roster import; ex-s37f 1).
     */
    public static boolean isLockTimeout(Throwable failure) {
        return Causes.of(failure).filter(SQLException.class::isInstance).map(SQLException.class::cast)
                .anyMatch(sql -> {
                    for (SQLException s = sql; s != null; s = s.getNextException()) {
                        if ("40XL1".equals(s.getSQLState()) || "55P03".equals(s.getSQLState())) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    /**
     * Whether this failure, or one of its causes, is a unique key the database refused (SQLSTATE 23505 in Derby and
     * PostgreSQL): the same thing was stored meanwhile, typically by the same form sent twice at once.
     */
    public static boolean isDuplicateKey(Throwable failure) {
        return Causes.of(failure).filter(SQLException.class::isInstance).map(SQLException.class::cast)
                .anyMatch(sql -> {
                    for (SQLException s = sql; s != null; s = s.getNextException()) {
                        if ("23505".equals(s.getSQLState())) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    /** SQLSTATE class 40 here or in one of the exceptions chained to it. */
    private static boolean rolledBack(SQLException sql) {
        for (SQLException s = sql; s != null; s = s.getNextException()) {
            if (s.getSQLState() != null && s.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private static String sqlState(Throwable failure) {
        return Causes.of(failure).filter(SQLException.class::isInstance).map(t -> ((SQLException) t).getSQLState())
                .findFirst().orElse("?");
    }

    /** A short, growing, jittered pause, so that the conflicting transactions do not meet again at once. */
    private static void pause(int calls) {
        try {
            Thread.sleep(calls * 20L + ThreadLocalRandom.current().nextLong(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
