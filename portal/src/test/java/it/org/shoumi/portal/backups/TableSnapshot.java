package it.org.shoumi.portal.backups;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every row of every user table of a Derby database, keyed by table ({@code SCHEMA.TABLE}, from
 * {@code SYS.SYSTABLES}, so new tables are covered without changing the test) and by primary key (all columns
 * for a table without one), with every column's value as text. {@link #compare} checks a backup against the
 * live database as it was just before and just after the backup.
 */
public final class TableSnapshot implements Serializable {

    private static final long serialVersionUID = 1L;

    /** table → key → column → value ({@code null} for SQL NULL) */
    final Map<String, Map<String, Map<String, String>>> tables;

    TableSnapshot(Map<String, Map<String, Map<String, String>>> tables) {
        this.tables = tables;
    }

    public Set<String> tableNames() {
        return tables.keySet();
    }

    public int rows(String table) {
        return tables.getOrDefault(table, Map.of()).size();
    }

    public Map<String, String> row(String table, String key) {
        return tables.getOrDefault(table, Map.of()).get(key);
    }

    /** Reads every user table through {@code c} (one read-only pass; Derby only, through SYS.SYSTABLES). */
    public static TableSnapshot read(Connection c) throws SQLException {
        List<String[]> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT s.SCHEMANAME, t.TABLENAME FROM SYS.SYSTABLES t "
                     + "JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID WHERE t.TABLETYPE = 'T'")) {
            while (rs.next()) {
                names.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        Map<String, Map<String, Map<String, String>>> tables = new TreeMap<>();
        for (String[] name : names) {
            List<String> key = new ArrayList<>();
            try (ResultSet pk = c.getMetaData().getPrimaryKeys(null, name[0], name[1])) {
                TreeMap<Short, String> ordered = new TreeMap<>();
                while (pk.next()) {
                    ordered.put(pk.getShort("KEY_SEQ"), pk.getString("COLUMN_NAME"));
                }
                key.addAll(ordered.values());
            }
            Map<String, Map<String, String>> rows = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM \"" + name[0] + "\".\"" + name[1] + "\"")) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, String> row = new TreeMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnName(i), text(rs.getObject(i)));
                    }
                    String k = key.isEmpty() ? row.toString() : key.stream().map(row::get).toList().toString();
                    String unique = k;
                    for (int n = 2; rows.containsKey(unique); n++) {
                        unique = k + "#" + n;   // identical rows of a table without a primary key
                    }
                    rows.put(unique, row);
                }
            }
            tables.put(name[0] + "." + name[1], rows);
        }
        return new TableSnapshot(tables);
    }

    private static String text(Object value) throws SQLException {
        try {
            if (value == null) {
                return null;
            } else if (value instanceof byte[] bytes) {
                return "0x" + Base64.getEncoder().encodeToString(bytes);
            } else if (value instanceof Blob blob) {
                try (InputStream in = blob.getBinaryStream()) {
                    return "0x" + Base64.getEncoder().encodeToString(in.readAllBytes());
                }
            } else if (value instanceof Clob clob) {
                StringBuilder text = new StringBuilder();
                try (Reader in = clob.getCharacterStream()) {
                    char[] buffer = new char[8192];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        text.append(buffer, 0, n);
                    }
                }
                return text.toString();
            }
            return value.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the comparison found: problems (empty = the backup holds the database as of the backup), and the
     * rows that changed while the backup ran (their changing columns may hold any state in between).
     */
    public record Comparison(List<String> problems, Set<String> changedDuringBackup, int rowsCompared) {
    }

    /**
     * Compares a backup with the live database read just before the backup started ({@code before}) and just
     * after it ended ({@code after}):
     * <ul>
     *   <li>every table and every row committed before the backup is in the backup (unless it was deleted
     *   while the backup ran);</li>
     *   <li>a row unchanged between before and after is equal, column by column, in the backup; a row that
     *   changed meanwhile is equal in every column that did not change, and listed as changed;</li>
     *   <li>a row in the backup that was not there before must have been written while the backup ran (it is
     *   in {@code after}); rows written after the backup started are never required.</li>
     * </ul>
     */
    public static Comparison compare(TableSnapshot before, TableSnapshot after, TableSnapshot backup) {
        List<String> problems = new ArrayList<>();
        Set<String> changed = new TreeSet<>();
        int compared = 0;
        for (var table : before.tables.entrySet()) {
            Map<String, Map<String, String>> restored = backup.tables.get(table.getKey());
            if (restored == null) {
                problems.add("table " + table.getKey() + " is missing from the backup");
                continue;
            }
            Map<String, Map<String, String>> later = after.tables.getOrDefault(table.getKey(), Map.of());
            for (var row : table.getValue().entrySet()) {
                String where = table.getKey() + " " + row.getKey();
                Map<String, String> inBackup = restored.get(row.getKey());
                Map<String, String> afterwards = later.get(row.getKey());
                if (inBackup == null) {
                    if (afterwards != null) {
                        problems.add("row " + where + " committed before the backup is missing from it");
                    }
                    continue;
                }
                compared++;
                boolean changedMeanwhile = afterwards == null || !afterwards.equals(row.getValue());
                if (changedMeanwhile) {
                    changed.add(where);
                }
                for (var column : row.getValue().entrySet()) {
                    String then = column.getValue();
                    boolean columnChanged = afterwards == null || !Objects.equals(then, afterwards.get(column.getKey()));
                    if (!columnChanged && !Objects.equals(then, inBackup.get(column.getKey()))) {
                        problems.add("row " + where + " column " + column.getKey() + ": live '" + then
                                + "', backup '" + inBackup.get(column.getKey()) + "'");
                    }
                }
                if (!inBackup.keySet().equals(row.getValue().keySet())) {
                    problems.add("row " + where + " has columns " + inBackup.keySet() + " in the backup, "
                            + row.getValue().keySet() + " live");
                }
            }
            for (String key : restored.keySet()) {
                if (!table.getValue().containsKey(key) && !later.containsKey(key)) {
                    problems.add("row " + table.getKey() + " " + key + " is in the backup but was never live");
                }
            }
        }
        return new Comparison(problems, changed, compared);
    }

    public void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(this);
        }
    }

    public static TableSnapshot readFrom(Path file) throws IOException, ClassNotFoundException {
        try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
            return (TableSnapshot) objects.readObject();
        }
    }
}
