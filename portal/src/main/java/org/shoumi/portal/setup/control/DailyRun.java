package org.shoumi.portal.setup.control;

import java.time.Duration;
import java.time.ZonedDateTime;

/** When a once-a-day job (reminders, backups) next runs: at the configured hour of the unit's day. */
public final class DailyRun {

    private DailyRun() {
    }

    /** Minutes from {@code now} until the next {@code hour}:00 (today if still ahead, else tomorrow); hour clamped to 0–23. */
    public static long minutesUntil(int hour, ZonedDateTime now) {
        ZonedDateTime next = now.withHour(Math.max(0, Math.min(23, hour))).withMinute(0).withSecond(0).withNano(0);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return Duration.between(now, next).toMinutes();
    }
}
