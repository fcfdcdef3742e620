package it.org.shoumi.portal.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The comparison rules of a backup against the live database before and after it. */
class TableSnapshotTest {

    /** rows given as "key:col=value,col=value" */
    private static TableSnapshot snapshot(String table, String... rows) {
        Map<String, Map<String, String>> byKey = new HashMap<>();
        for (String row : rows) {
            String[] keyAndColumns = row.split(":");
            Map<String, String> columns = new TreeMap<>();
            for (String column : keyAndColumns[1].split(",")) {
                String[] nv = column.split("=");
                columns.put(nv[0], nv[1].equals("NULL") ? null : nv[1]);
            }
            byKey.put(keyAndColumns[0], columns);
        }
        Map<String, Map<String, Map<String, String>>> tables = new TreeMap<>();
        tables.put(table, byKey);
        return new TableSnapshot(tables);
    }

    @Test
    void anIdenticalBackupHasNoProblems() {
        TableSnapshot live = snapshot("APP.ATTEMPT", "1:ID=1,STATUS=DONE", "2:ID=2,STATUS=OPEN");
        TableSnapshot.Comparison c = TableSnapshot.compare(live, live, live);
        assertEquals(List.of(), c.problems());
        assertEquals(2, c.rowsCompared());
        assertTrue(c.changedDuringBackup().isEmpty());
    }

    @Test
    void aMissingRowOrTableOrADifferentValueIsAProblem() {
        TableSnapshot live = snapshot("APP.ATTEMPT", "1:ID=1,STATUS=DONE", "2:ID=2,STATUS=OPEN");
        assertEquals(1, TableSnapshot.compare(live, live, snapshot("APP.ATTEMPT", "1:ID=1,STATUS=DONE")).problems().size());
        assertEquals(1, TableSnapshot.compare(live, live,
                snapshot("APP.ATTEMPT", "1:ID=1,STATUS=DONE", "2:ID=2,STATUS=DONE")).problems().size());
        assertEquals(1, TableSnapshot.compare(live, live,
                snapshot("APP.ATTEMPT", "1:ID=1,STATUS=DONE", "2:ID=2,STATUS=NULL")).problems().size());
        assertEquals(1, TableSnapshot.compare(live, live, snapshot("APP.OTHER", "1:ID=1")).problems().size());
    }

    @Test
    void rowsWrittenWhileTheBackupRanAreNotRequiredButColumnsThatDidNotChangeMustMatch() {
        TableSnapshot before = snapshot("APP.ITEM", "1:ID=1,RESPONSE=A,POS=1");
        TableSnapshot after = snapshot("APP.ITEM", "1:ID=1,RESPONSE=C,POS=1", "2:ID=2,RESPONSE=B,POS=2");
        // the backup caught an intermediate answer and not the later row: fine
        TableSnapshot.Comparison ok = TableSnapshot.compare(before, after, snapshot("APP.ITEM", "1:ID=1,RESPONSE=B,POS=1"));
        assertEquals(List.of(), ok.problems());
        assertEquals(1, ok.changedDuringBackup().size());
        // ...but a column that did not change must not differ
        assertEquals(1, TableSnapshot.compare(before, after,
                snapshot("APP.ITEM", "1:ID=1,RESPONSE=B,POS=7")).problems().size());
        // the later row may be there too
        assertEquals(List.of(), TableSnapshot.compare(before, after, after).problems());
    }

    @Test
    void aRowTheLiveDatabaseNeverHadIsAProblem() {
        TableSnapshot live = snapshot("APP.ITEM", "1:ID=1,RESPONSE=A");
        assertEquals(1, TableSnapshot.compare(live, live,
                snapshot("APP.ITEM", "1:ID=1,RESPONSE=A", "9:ID=9,RESPONSE=X")).problems().size());
    }

    @Test
    void aRowDeletedWhileTheBackupRanNeedNotBeThere() {
        TableSnapshot before = snapshot("APP.ITEM", "1:ID=1,RESPONSE=A", "2:ID=2,RESPONSE=B");
        TableSnapshot after = snapshot("APP.ITEM", "1:ID=1,RESPONSE=A");
        assertEquals(List.of(), TableSnapshot.compare(before, after, after).problems());
    }
}
