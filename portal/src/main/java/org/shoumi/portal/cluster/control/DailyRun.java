package org.shoumi.portal.cluster.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.Instant;

/**
 * When a daily job is due: from its hour on, on each day of the unit's time zone. A day whose hour passed while no
 * node held the lease (a takeover across the hour) is made up as soon as a holder looks, on the same day.
 */
public final class DailyRun {

    private DailyRun() {
    }

    /** The day a daily job at {@code hour} is due for at {@code now}, or null before the hour. */
    public static LocalDate dueDay(Instant now, ZoneId zone, int hour) {
        return dueDay(now, zone, hour, false);
    }

    /**
     * The same; before the hour, when {@code makeUp}, the day before: a job whose run of that day was never made
     * (the first start, or the server was down at that hour) makes it up at once instead of waiting for today's
     * hour (a first start at 00:59 made no backup until 02:00 while the guide promised one at once; outside check).
     */
    public static LocalDate dueDay(Instant now, ZoneId zone, int hour, boolean makeUp) {
        ZonedDateTime local = now.atZone(zone);
        int h = Math.max(0, Math.min(23, hour));
        if (local.getHour() >= h) {
            return local.toLocalDate();
        }
        return makeUp ? local.toLocalDate().minusDays(1) : null;
    }
}
