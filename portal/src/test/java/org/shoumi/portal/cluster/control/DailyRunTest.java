package org.shoumi.portal.cluster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * When a daily job is due. Found by an outside check (ex-s38d 5): a first start at 00:59 unit time made no backup
 * until 02:00, although the guide promised one at once; a job that makes up a missed day is due for the day before
 * until its hour.
 */
class DailyRunTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void fromItsHourOnAJobIsDueForTheDay() {
        Instant at2 = Instant.parse("2026-12-07T18:00:00Z"); // 02:00 on 8 December in Shanghai
        assertEquals(LocalDate.of(2026, 12, 8), DailyRun.dueDay(at2, SHANGHAI, 2));
        assertEquals(LocalDate.of(2026, 12, 8), DailyRun.dueDay(at2, SHANGHAI, 2, true));
    }

    @Test
    void beforeItsHourOnlyAJobThatMakesUpIsDueForTheDayBefore() {
        Instant at0059 = Instant.parse("2026-12-07T16:59:00Z"); // 00:59 on 8 December in Shanghai
        assertNull(DailyRun.dueDay(at0059, SHANGHAI, 2), "notices wait for their hour");
        assertEquals(LocalDate.of(2026, 12, 7), DailyRun.dueDay(at0059, SHANGHAI, 2, true),
                "the backup of the day before, if it was never made, is made at once");
        assertEquals(LocalDate.of(2026, 12, 31), DailyRun.dueDay(Instant.parse("2026-12-31T16:30:00Z"), SHANGHAI, 2,
                true), "across the turn of the year");
    }
}
