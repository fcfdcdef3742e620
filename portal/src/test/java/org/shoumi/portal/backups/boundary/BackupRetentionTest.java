package org.shoumi.portal.backups.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which backups go once a new one is made: the daily ones and those made on demand are kept apart. */
class BackupRetentionTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Found by an outside check: fourteen clicks on "back up now" deleted every daily backup from before. */
    @Test
    void backupsOnDemandNeverPushOutTheDailyOnes() {
        Map<String, String> madeBy = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int day = 1; day <= 14; day++) {
            String name = String.format("shoumi-202611%02d-020000", day);
            names.add(name);
            madeBy.put(name, "system");
        }
        for (int i = 0; i < 15; i++) {
            String name = String.format("shoumi-20261201-1000%02d", i);
            names.add(name);
            madeBy.put(name, "admin");
        }
        assertEquals(List.of("shoumi-20261201-100000"),
                Backups.beyondRetention(names, madeBy::get, "admin", 14, ZONE), "only the oldest on demand goes");
        names.add("shoumi-20261215-020000");
        madeBy.put("shoumi-20261215-020000", "system");
        assertEquals(List.of("shoumi-20261101-020000"),
                Backups.beyondRetention(names, madeBy::get, "system", 14, ZONE), "the oldest daily one goes");
        assertEquals(List.of(), Backups.beyondRetention(names, madeBy::get, "api", 0, ZONE), "0 keeps all");
    }

    /** Found by an outside check: two presses of 立即备份 made two full backups a second apart. */
    @Test
    void aPressWithinTheRepeatMinutesOfTheLastOneOnThePageIsARepeat() {
        java.time.Instant at = java.time.Instant.parse("2026-12-06T20:16:20Z");
        BackupInfo last = new BackupInfo("shoumi-20261207-041620", at, 5_500_000, "/b/shoumi-20261207-041620", "admin");
        assertEquals(false, Backups.isRepeat(null, at, 2), "none since the start");
        assertEquals(true, Backups.isRepeat(last, at.plusSeconds(1), 2), "the second press a second later");
        assertEquals(true, Backups.isRepeat(last, at.plusSeconds(119), 2));
        assertEquals(false, Backups.isRepeat(last, at.plusSeconds(120), 2), "two minutes on, a new backup");
        assertEquals(false, Backups.isRepeat(last, at.plusSeconds(1), 0), "0 minutes: never a repeat");
    }

    /**
     * Left item: a daily backup restored the same day held its day's run as unfinished, and the start made a second
     * daily backup of the day. One made by the system on the day (in the unit's zone) is the day's.
     */
    @Test
    void theDailyBackupOfADayIsMadeOnce() {
        java.time.Instant twoAm = java.time.Instant.parse("2026-12-06T18:00:00Z"); // 02:00 on 7 December in Shanghai
        List<BackupInfo> list = List.of(
                new BackupInfo("shoumi-20261207-020000", twoAm, 1, "/b/1", "system"),
                new BackupInfo("shoumi-20261207-090000", twoAm.plusSeconds(7 * 3600), 1, "/b/2", "admin"));
        assertEquals(true, Backups.dailyAmong(list, java.time.LocalDate.of(2026, 12, 7), ZONE));
        assertEquals(false, Backups.dailyAmong(list, java.time.LocalDate.of(2026, 12, 6), ZONE),
                "the UTC day of the backup is not the unit's");
        assertEquals(false, Backups.dailyAmong(list.subList(1, 2), java.time.LocalDate.of(2026, 12, 7), ZONE),
                "one made on demand is not the daily one");
    }
}
