package org.shoumi.portal.schema;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.tools.schemaframework.DefaultTableGenerator;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;
import org.eclipse.persistence.tools.schemaframework.TableCreator;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;

/**
 * The persistence unit against a database schema made by the migrations: what EclipseLink would create for the
 * mapped entities (every table, including element-collection and join tables, and every column, from its own
 * table generator) must exist in the database, and a column the mapping may leave empty must not be NOT NULL
 * there. An entity or field added without a migration is reported by table and column.
 */
public final class SchemaCheck {

    private SchemaCheck() {
    }

    /** The unit "shoumi" of META-INF/persistence.xml deployed on {@code dataSource}, with no DDL generation. */
    public static EntityManagerFactory unit(DataSource dataSource) {
        return unit(dataSource, Map.of());
    }

    /**
     * As {@link #unit(DataSource)}, with more properties: e.g. {@code eclipselink.session-name}, so that two
     * factories on one database are two independent units (two cluster nodes in one JVM).
     */
    public static EntityManagerFactory unit(DataSource dataSource, Map<String, Object> more) {
        Map<String, Object> outside = new HashMap<>();
        outside.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        outside.put("jakarta.persistence.jtaDataSource", "");
        outside.put("jakarta.persistence.nonJtaDataSource", dataSource);
        outside.put("jakarta.persistence.validation.mode", "NONE");
        outside.put("eclipselink.ddl-generation", "none");
        outside.put("eclipselink.target-server", "None");
        outside.put("eclipselink.weaving", "false");
        outside.put("eclipselink.logging.level", "SEVERE"); // not the lazy-without-weaving notes
        outside.putAll(more);
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("shoumi", outside);
        factory.createEntityManager().close(); // deploys: maps every entity and compiles every named query
        return factory;
    }

    /**
     * A cluster node's unit on {@code database} (a fresh Derby or PostgreSQL of {@link TestDatabases}): its own
     * EclipseLink session named {@code name} with EclipseLink's own connection pool (as a server has Liberty's), not
     * a new JDBC connection per transaction.
     */
    public static EntityManagerFactory nodeUnit(DataSource database, String name) {
        Map<String, Object> pooled = new HashMap<>(Map.of("eclipselink.session-name", name,
                "jakarta.persistence.nonJtaDataSource", "", "eclipselink.connection-pool.default.min", "4",
                "eclipselink.connection-pool.default.max", "8"));
        if (database instanceof EmbeddedDataSource derby) {
            pooled.put("jakarta.persistence.jdbc.url", "jdbc:derby:" + derby.getDatabaseName());
        } else {
            PGSimpleDataSource pg = (PGSimpleDataSource) database;
            pooled.put("jakarta.persistence.jdbc.url", pg.getURL());
            pooled.put("jakarta.persistence.jdbc.user", pg.getUser());
        }
        return unit(database, pooled);
    }

    /** "TABLE.COLUMN: problem" for everything the mapping needs that the database lacks; empty when it matches. */
    public static List<String> problems(EntityManagerFactory factory, DataSource dataSource) throws SQLException {
        Project project = ((JpaEntityManagerFactory) factory).getServerSession().getProject();
        TableCreator wanted = new DefaultTableGenerator(project).generateDefaultTableCreator();
        Map<String, Boolean> nullable = new HashMap<>(); // TABLE.COLUMN -> may be null
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(null, c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                    nullable.put(table + "." + rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT),
                            rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls);
                    if (!tables.contains(table)) {
                        tables.add(table);
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (TableDefinition table : wanted.getTableDefinitions()) {
            String name = plain(table.getName());
            if (!tables.contains(name)) {
                problems.add(name + ": table missing (no migration creates it)");
                continue;
            }
            for (FieldDefinition field : table.getFields()) {
                String column = name + "." + plain(field.getName());
                Boolean mayBeNull = nullable.get(column);
                if (mayBeNull == null) {
                    problems.add(column + ": column missing (no migration adds it)");
                } else if (!mayBeNull && field.shouldAllowNull() && !field.isPrimaryKey()) {
                    problems.add(column + ": NOT NULL in the database, but the mapping may leave it empty");
                }
            }
        }
        return problems;
    }

    private static String plain(String name) {
        return name.replace("\"", "").toUpperCase(Locale.ROOT);
    }
}
