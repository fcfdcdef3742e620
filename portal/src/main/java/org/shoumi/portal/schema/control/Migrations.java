package org.shoumi.portal.schema.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.internal.exception.FlywayMigrateException;

/**
 * Brings a database to the newest schema with Flyway. The scripts are {@code V<n>__<what>.sql} in
 * {@code db/migration/derby} and {@code db/migration/postgresql} (the folder is chosen from the connected
 * database's product name), each run in its own transaction (DDL is transactional on both databases, so a failed
 * script leaves nothing behind). A database made by the release before migrations (its tables, no history table)
 * is baselined at version 1, the schema that release made; an empty one is migrated from version 1.
 *
 * <p>Each script folder holds an empty {@code flyway.location} file: Liberty's class loader, like WebSphere's, does
 * not return a folder as a resource, so Flyway finds the folder through that file (without it Liberty logged
 * "Unable to resolve location classpath:db/migration/derby" and no migration ran).
 */
public final class Migrations {

    /** Where the scripts are, one folder per database. */
    public static final String LOCATION = "classpath:db/migration/";
    /** The version a database made by the release before migrations is taken to be at. */
    public static final String BASELINE = "1";

    private Migrations() {
    }

    /** The script folder for a database product name ("Apache Derby", "PostgreSQL"). */
    public static String folder(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("derby")) {
            return "derby";
        }
        if (name.contains("postgres")) {
            return "postgresql";
        }
        throw new IllegalStateException("no schema migrations for the database " + productName
                + " (only Apache Derby and PostgreSQL)");
    }

    /**
     * Flyway for this data source: the database's own script folder, plus {@code extraLocations} (tests add a
     * folder of scripts of their own).
     */
    public static Flyway flyway(DataSource dataSource, String... extraLocations) {
        List<String> locations = new ArrayList<>();
        locations.add(LOCATION + folder(productName(dataSource)));
        locations.addAll(List.of(extraLocations));
        return Flyway.configure(Migrations.class.getClassLoader()).dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                // no separate db/callback folder to scan (Liberty's class loader cannot list one that is absent)
                .callbackLocations(locations.toArray(String[]::new)).baselineOnMigrate(true).baselineVersion(BASELINE)
                .baselineDescription("schema of the release before migrations").validateMigrationNaming(true)
                .cleanDisabled(true)
                // through java.util.logging, which Liberty writes to messages.log (left to itself Flyway would pick
                // the log4j API that POI brings into the war, one bridge further); a "no data" answer of
                // the database is information there, not a warning (MigrationLog)
                .loggers(MigrationLog.class.getName()).load();
    }

    /**
     * Migrates to the newest version. On failure the failed script's changes are rolled back, the database stays
     * at the version before it, and the exception names the script, the error and that version.
     */
    public static Outcome migrate(DataSource dataSource, String... extraLocations) {
        Flyway flyway = flyway(dataSource, extraLocations);
        try {
            MigrateResult result = flyway.migrate();
            return new Outcome(result.initialSchemaVersion == null ? "none" : result.initialSchemaVersion, version(flyway), result.migrationsExecuted,
                    productName(dataSource));
        } catch (FlywayException e) {
            throw failure(flyway, e);
        }
    }

    private static MigrationFailed failure(Flyway flyway, FlywayException e) {
        String script = e instanceof FlywayMigrateException m && m.getMigration() != null
                ? m.getMigration().getScript() : null;
        String current;
        try {
            current = version(flyway);
        } catch (RuntimeException unreadable) {
            current = "unknown (" + unreadable.getMessage() + ")";
        }
        return new MigrationFailed(script, current, e);
    }

    private static String version(Flyway flyway) {
        MigrationInfo current = flyway.info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    private static String productName(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database to migrate its schema: " + e.getMessage(),
                    e);
        }
    }

    /** What a migration did: from which version to which, how many scripts ran, on which database. */
    public record Outcome(String from, String to, int scriptsRun, String database) {
    }

    /** A migration that failed: the script (null when no script was running), the version the database is at. */
    public static final class MigrationFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String script;
        private final String version;

        MigrationFailed(String script, String version, FlywayException cause) {
            super("Schema migration failed" + (script == null ? "" : " in " + script) + "; the database stays at "
                    + "version " + version + " (the failed script's changes were rolled back) and the portal does "
                    + "not start. Fix the cause and start again. Flyway said: " + cause.getMessage(), cause);
            this.script = script;
            this.version = version;
        }

        public String script() {
            return script;
        }

        public String version() {
            return version;
        }
    }
}
