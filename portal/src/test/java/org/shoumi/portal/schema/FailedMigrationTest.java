package org.shoumi.portal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoumi.portal.schema.control.Migrations;

/**
 * A migration that fails half-way (test resource db/failing/*&#47;V1000__creates_a_table_then_fails.sql: a new table,
 * a row, a new column, then a statement on a table that does not exist), on Derby and on PostgreSQL: it is rolled
 * back as a whole, the database stays at the version before it, and the error names the script and the cause.
 */
class FailedMigrationTest {

    private static final String SCRIPT = "V1000__creates_a_table_then_fails.sql";

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aFailedMigrationLeavesThePreviousVersionAndNamesTheScript(TestDatabases kind) throws Exception {
        DataSource ds = kind.fresh();
        String previous = Migrations.migrate(ds).to();

        Migrations.MigrationFailed failed = assertThrows(Migrations.MigrationFailed.class,
                () -> Migrations.migrate(ds, "classpath:db/failing/" + kind.folder()));

        assertEquals(SCRIPT, failed.script());
        assertEquals(previous, failed.version());
        String message = failed.getMessage();
        assertTrue(message.contains(SCRIPT), message);
        assertTrue(message.toLowerCase(Locale.ROOT).contains("no_such_table"), "names the cause: " + message);
        assertTrue(message.contains("stays at version " + previous), message);
        assertEquals(previous, Migrations.flyway(ds).info().current().getVersion().getVersion());
        try (Connection c = ds.getConnection()) {
            assertTrue(TestDatabases.tables(c).contains("NOTIFICATION"));
            assertFalse(TestDatabases.tables(c).contains("FAILED_PROBE"), "the new table was rolled back");
            try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    assertFalse(rs.getString("COLUMN_NAME").equalsIgnoreCase("priority"), "the new column too");
                }
            }
        }
        assertEquals(0, Migrations.migrate(ds).scriptsRun(), "without the bad script the database starts as before");
    }
}
