package org.shoumi.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DailyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aDailyJobRunsAtTheHourOfTheUnitsDay() {
        ZonedDateTime morning = ZonedDateTime.of(2026, 12, 3, 6, 30, 0, 0, SHANGHAI);
        assertEquals(morning.withHour(8).withMinute(0), Daily.at(8, SHANGHAI).getNextRunTime(null, morning));
        assertEquals(morning.plusDays(1).withHour(2).withMinute(0), Daily.at(2, SHANGHAI).getNextRunTime(null, morning),
                "02:00 has passed: tomorrow");
        assertEquals(morning.plusDays(1).withHour(8).withMinute(0),
                Daily.at(8, SHANGHAI).getNextRunTime(null, morning.withHour(8).withMinute(0)), "exactly at the hour: tomorrow");
        assertEquals(Daily.at(23, SHANGHAI).getNextRunTime(null, morning), Daily.at(99, SHANGHAI).getNextRunTime(null, morning), "hour clamped");
    }

    @Test
    void theHourIsTheUnitsWhereverTheServerIs() {
        ZonedDateTime utcEvening = ZonedDateTime.of(2026, 12, 3, 23, 30, 0, 0, ZoneId.of("UTC"));
        // 23:30 UTC is 07:30 the next morning in Shanghai: the 08:00 run is half an hour away
        assertEquals(utcEvening.plusMinutes(30).withZoneSameInstant(SHANGHAI),
                Daily.at(8, SHANGHAI).getNextRunTime(null, utcEvening.withZoneSameInstant(SHANGHAI)));
    }
}
