package org.shoumi.portal.schema;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh, empty databases for the schema tests, without Liberty: in-memory Derby, and PostgreSQL from the embedded
 * server of io.zonky.test (its binaries come as a Maven artifact; one server per test JVM, a new database per call,
 * stopped when the JVM ends).
 */
public enum TestDatabases {
    DERBY, POSTGRESQL;

    private static final AtomicInteger NUMBER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    /** A new empty database of this kind. */
    public DataSource fresh() {
        String name = "schema" + NUMBER.incrementAndGet();
        if (this == DERBY) {
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName("memory:" + name);
            derby.setCreateDatabase("create");
            return derby;
        }
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(server().getJdbcUrl("postgres", name));
        return pg;
    }

    /** The name of this database's migration folder. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM ends anyway
                }
            }));
        }
        return postgres;
    }

    /** Runs a script of statements ended by ';' at the end of a line ('--' lines are comments). */
    public static void run(DataSource ds, String resource) throws SQLException {
        String script;
        try (var in = TestDatabases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            StringBuilder statement = new StringBuilder();
            for (String line : script.split("\n")) {
                if (line.startsWith("--") || line.isBlank()) {
                    continue;
                }
                statement.append(line).append('\n');
                if (line.endsWith(";")) {
                    String sql = statement.toString().trim();
                    s.execute(sql.substring(0, sql.length() - 1));
                    statement.setLength(0);
                }
            }
        }
    }

    /** The tables of the connection's schema (upper case), without Flyway's history table. */
    public static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if (!table.equals("FLYWAY_SCHEMA_HISTORY")) {
                    tables.add(table);
                }
            }
        }
        tables.sort(null);
        return tables;
    }

    /**
     * Every row of every table, as text, per table (rows sorted), so that two readings can be compared: the rows
     * before and after a migration.
     */
    public static TreeMap<String, List<String>> rows(DataSource ds) throws SQLException {
        return rows(ds, null);
    }

    /** The columns of every table (upper case), to read the same columns again after a migration. */
    public static Map<String, Set<String>> columns(DataSource ds) throws SQLException {
        Map<String, Set<String>> columns = new TreeMap<>();
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (String table : tables(c)) {
                Set<String> names = new HashSet<>();
                try (ResultSet rs = meta.getColumns(null, c.getSchema(), table, "%")) {
                    while (rs.next()) {
                        names.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
                if (names.isEmpty()) { // PostgreSQL keeps unquoted names in lower case
                    try (ResultSet rs = meta.getColumns(null, c.getSchema(), table.toLowerCase(Locale.ROOT), "%")) {
                        while (rs.next()) {
                            names.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                        }
                    }
                }
                if (names.isEmpty()) {
                    throw new IllegalStateException("no columns read for " + table);
                }
                columns.put(table, names);
            }
        }
        return columns;
    }

    /**
     * As {@link #rows(DataSource)}, but only the tables and columns of {@code earlier} (read before a migration):
     * a later migration may add columns, and the rows are kept when the old columns are.
     */
    public static TreeMap<String, List<String>> rows(DataSource ds, Map<String, Set<String>> earlier)
            throws SQLException {
        TreeMap<String, List<String>> rows = new TreeMap<>();
        try (Connection c = ds.getConnection()) {
            for (String table : tables(c)) {
                if (earlier != null && !earlier.containsKey(table)) {
                    continue;
                }
                List<String> lines = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            String column = rs.getMetaData().getColumnName(i).toUpperCase(Locale.ROOT);
                            if (earlier != null && !earlier.get(table).contains(column)) {
                                continue;
                            }
                            Object value = rs.getObject(i);
                            if (value instanceof java.sql.Blob blob) {
                                value = java.util.HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
                            } else if (value instanceof java.sql.Clob clob) {
                                value = clob.getSubString(1, (int) clob.length());
                            } else if (value instanceof byte[] bytes) {
                                value = java.util.HexFormat.of().formatHex(bytes);
                            }
                            line.append(line.isEmpty() ? "" : ", ").append(column).append('=').append(value);
                        }
                        lines.add(line.toString());
                    }
                }
                lines.sort(null);
                rows.put(table, lines);
            }
        }
        return rows;
    }
}
