package org.shoumi.portal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoumi.portal.schema.control.Migrations;

/**
 * An upgrade from the release before migrations, on Derby and on PostgreSQL: a database as that release left it
 * (its schema, rows in every table, no Flyway history; test resource upgrade/release-4ce24fc-*.sql) is baselined at
 * version 1 and migrated to the newest version, and every row of every table is still there, unchanged.
 */
class UpgradeTest {

    /** The tables the release before migrations had (54 create statements in V1). */
    private static final int TABLES_OF_THE_RELEASE = 54;

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aDatabaseOfTheReleaseBeforeMigrationsKeepsEveryRow(TestDatabases kind) throws Exception {
        DataSource ds = kind.fresh();
        TestDatabases.run(ds, "/upgrade/release-4ce24fc-" + kind.folder() + ".sql");
        TreeMap<String, List<String>> before = TestDatabases.rows(ds);
        Map<String, Set<String>> oldColumns = TestDatabases.columns(ds);
        assertEquals(TABLES_OF_THE_RELEASE, before.size(), before.keySet().toString());
        before.forEach((table, rows) -> assertFalse(rows.isEmpty(), "the old database has rows in " + table));
        try (Connection c = ds.getConnection()) {
            assertFalse(Migrations.flyway(ds).info().current() != null, "no history before the upgrade");
        }

        Migrations.Outcome outcome = Migrations.migrate(ds);

        assertEquals("1", outcome.from(), "baselined at version 1, the schema of the release before migrations");
        assertEquals(Latest.version(ds), outcome.to(), "at the newest version");
        MigrationInfo baseline = Migrations.flyway(ds).info().applied()[0];
        assertTrue(baseline.getType().isBaseline(), "V1 was not run on the old database, it was baselined");
        // the old columns of every old row (later migrations may add columns, e.g. V3 ACCOUNT.DIRECTORY_DN)
        TreeMap<String, List<String>> after = TestDatabases.rows(ds, oldColumns);
        for (String table : before.keySet()) {
            assertEquals(before.get(table), after.get(table), "the rows of " + table);
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select kind from evidence_backfill order by kind")) {
            List<String> done = new ArrayList<>();
            while (rs.next()) {
                done.add(rs.getString(1));
            }
            // the old log was back-filled (head 1): every kind that release knew is marked done, so only kinds added
            // since (the submitted self-inspection) are back-filled on the next start
            assertEquals(18, done.size(), done.toString());
            assertFalse(done.contains("SELF_INSPECTION"), done.toString());
            assertTrue(done.contains("ACKNOWLEDGEMENT") && done.contains("FINDING_STEP"), done.toString());
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select t.organisation, t.doc_ref, t.recorded_by from period_entrustment t "
                     + "join post_exit_period p on p.id = t.period_id order by t.id")) {
            List<String> entrusted = new ArrayList<>();
            while (rs.next()) {
                entrusted.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
            }
            // V19: the one entrustment a period held (overwritten by the next before) is its first kept row
            assertEquals(List.of("entrusted-to-1 保密|entrusted-ref-1 保密|null", "entrusted-to-2|entrusted-ref-2|null"),
                    entrusted);
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select d.from_class, d.from_department_id, d.from_post_id, e.department_id "
                     + "from departure d join employee e on e.id = d.employee_id order by d.id")) {
            List<String> atOpening = new ArrayList<>();
            while (rs.next()) {
                atOpening.add(rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getLong(3) + "|" + rs.getLong(4));
            }
            // V21: the class from the history entry recorded when the departure was opened; the department and post
            // that entry names are unknown codes in this database, so the roster's are kept (never left empty)
            assertEquals(List.of("new-class-1 保密|1|1|1", "new-class-2|2|2|2"), atOpening);
        }
        EntityManagerFactory unit = SchemaCheck.unit(ds);
        try {
            assertEquals(List.of(), SchemaCheck.problems(unit, ds), "the upgraded schema fits the entities");
        } finally {
            unit.close();
        }
        assertEquals(0, Migrations.migrate(ds).scriptsRun(), "the next start has nothing to do");
    }
}
