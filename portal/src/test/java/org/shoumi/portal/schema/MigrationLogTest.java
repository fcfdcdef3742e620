package org.shoumi.portal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoumi.portal.schema.control.Migrations;

/**
 * A first start writes no warning of the migrations into the server's log but Flyway's note on the Derby version:
 * Derby's "no row was found" for an update
 * of a new, empty database is information (it was a warning on every first start); what Flyway says is still written.
 */
class MigrationLogTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void migratingANewDatabaseWarnsOfNothing(TestDatabases kind) {
        Logger flyway = Logger.getLogger("org.flywaydb");
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        flyway.addHandler(handler);
        try {
            Migrations.migrate(kind.fresh());
        } finally {
            flyway.removeHandler(handler);
        }
        assertFalse(records.isEmpty(), "Flyway's log goes through java.util.logging");
        assertTrue(records.stream().anyMatch(r -> r.getMessage().contains("Successfully applied")),
                "what Flyway did is still written");
        // Flyway's note that it was verified with an older Derby stays a warning: it is Flyway's to say (this test,
        // SchemaTest and UpgradeTest run the migrations on the Derby the portal ships)
        List<String> warnings = records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogRecord::getMessage).filter(m -> !m.contains("newer than the version Flyway has been verified"))
                .toList();
        assertEquals(List.of(), warnings);
        if (kind == TestDatabases.DERBY) {
            assertTrue(records.stream().anyMatch(r -> r.getLevel() == Level.INFO
                    && r.getMessage().startsWith("DB: No row was found")), "Derby's answer kept, as information");
        }
    }
}
