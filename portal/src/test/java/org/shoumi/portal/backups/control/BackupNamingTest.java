package org.shoumi.portal.backups.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupNamingTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aFolderIsNamedAfterTheUnitsLocalStartTimeAndNeverReusesAName() {
        Instant at = Instant.parse("2026-11-30T23:21:05Z");
        assertEquals("shoumi-20261201-072105", BackupNaming.folderFor(at, SHANGHAI, List.of()));
        assertEquals("shoumi-20261201-072105-2",
                BackupNaming.folderFor(at, SHANGHAI, List.of("shoumi-20261201-072105")));
        assertEquals("shoumi-20261201-072105-3", BackupNaming.folderFor(at, SHANGHAI,
                List.of("shoumi-20261201-072105", "shoumi-20261201-072105-2")));
        assertEquals(at, BackupNaming.startedAt("shoumi-20261201-072105-2", SHANGHAI).orElseThrow());
    }

    /**
     * Found by an outside check: a backup still being copied was listed as a finished one of 0.0 MB. It is written
     * under another name, which is no backup's: not listed, not kept or deleted by retention, and its final name is
     * taken while it is written.
     */
    @Test
    void aBackupBeingWrittenIsNoBackupUntilItTakesItsName() {
        Instant at = Instant.parse("2026-12-06T14:43:57Z");
        String name = BackupNaming.folderFor(at, SHANGHAI, List.of());
        String writing = BackupNaming.unfinished(name);
        assertEquals("shoumi-20261206-224357.unfinished", writing);
        assertTrue(BackupNaming.isUnfinished(writing));
        assertTrue(!BackupNaming.isUnfinished(name) && !BackupNaming.isUnfinished("notes.unfinished"));
        assertTrue(BackupNaming.startedAt(writing, SHANGHAI).isEmpty());
        assertEquals(List.of("shoumi-20261205-020000"),
                BackupNaming.newestFirst(List.of(writing, "shoumi-20261205-020000"), SHANGHAI));
        assertEquals(List.of(), BackupNaming.beyondRetention(List.of(writing, "shoumi-20261205-020000"), 1, SHANGHAI));
        assertEquals("shoumi-20261206-224357-2",
                BackupNaming.folderFor(at, SHANGHAI, BackupNaming.taken(List.of(writing, "notes"))));
    }

    @Test
    void foreignFoldersAreNotBackups() {
        assertTrue(BackupNaming.startedAt("shoumidb", SHANGHAI).isEmpty());
        assertTrue(BackupNaming.startedAt("shoumi-2026", SHANGHAI).isEmpty());
        assertTrue(BackupNaming.startedAt("shoumi-20261301-072105", SHANGHAI).isEmpty());
        assertTrue(BackupNaming.startedAt("shoumi-20261201-072105x", SHANGHAI).isEmpty());
        assertTrue(BackupNaming.startedAt(null, SHANGHAI).isEmpty());
    }

    @Test
    void retentionKeepsTheNewestAndNeverTouchesForeignFolders() {
        List<String> names = List.of("shoumi-20261129-020000", "notes", "shoumi-20261201-020000",
                "shoumi-20261130-020000", "shoumi-20261201-020000-2");
        assertEquals(List.of("shoumi-20261201-020000-2", "shoumi-20261201-020000", "shoumi-20261130-020000",
                "shoumi-20261129-020000"), BackupNaming.newestFirst(names, SHANGHAI));
        assertEquals(List.of("shoumi-20261130-020000", "shoumi-20261129-020000"),
                BackupNaming.beyondRetention(names, 2, SHANGHAI));
        assertEquals(List.of(), BackupNaming.beyondRetention(names, 0, SHANGHAI));
        assertEquals(List.of(), BackupNaming.beyondRetention(names, 9, SHANGHAI));
    }
}
