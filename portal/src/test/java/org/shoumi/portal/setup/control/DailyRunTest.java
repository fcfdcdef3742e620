package org.shoumi.portal.setup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DailyRunTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theNextRunIsTodayWhenTheHourIsAheadElseTomorrow() {
        ZonedDateTime morning = ZonedDateTime.of(2026, 12, 1, 6, 30, 0, 0, SHANGHAI);
        assertEquals(90, DailyRun.minutesUntil(8, morning));
        assertEquals(24 * 60 - 270, DailyRun.minutesUntil(2, morning), "02:00 has passed: tomorrow");
        assertEquals(24 * 60, DailyRun.minutesUntil(6, morning.withMinute(0)), "exactly at the hour: tomorrow");
        assertEquals(DailyRun.minutesUntil(23, morning), DailyRun.minutesUntil(99, morning), "hour clamped");
    }
}
