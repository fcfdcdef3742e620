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
}
