package org.shoumi.portal.schema.control;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator;

/**
 * Flyway's log through {@code java.util.logging} (which Liberty writes to messages.log), as Flyway's own
 * {@link JavaUtilLogCreator} does, with one difference: a statement's "no data" answer (SQL state class 02, for
 * example Derby's "No row was found for FETCH, UPDATE or DELETE" for an update that found nothing to change) is
 * written as information, not as a warning. Derby answers so for a migration's update on a new, empty database,
 * which is what the update should find there, and an operator would otherwise read a warning on every first start.
 */
public final class MigrationLog implements LogCreator {

    private final LogCreator delegate = new JavaUtilLogCreator();

    @Override
    public Log createLogger(Class<?> clazz) {
        Log log = delegate.createLogger(clazz);
        return new Log() {
            @Override
            public boolean isDebugEnabled() {
                return log.isDebugEnabled();
            }

            @Override
            public void debug(String message) {
                log.debug(message);
            }

            @Override
            public void info(String message) {
                log.info(message);
            }

            @Override
            public void warn(String message) {
                if (isNoData(message)) {
                    log.info(message);
                } else {
                    log.warn(message);
                }
            }

            @Override
            public void error(String message) {
                log.error(message);
            }

            @Override
            public void error(String message, Exception e) {
                log.error(message, e);
            }

            @Override
            public void notice(String message) {
                log.notice(message);
            }
        };
    }

    /** Flyway's line for a database warning whose SQL state is of class 02 (no data). */
    static boolean isNoData(String message) {
        return message != null && message.startsWith("DB: ") && message.contains("(SQL State: 02");
    }
}
