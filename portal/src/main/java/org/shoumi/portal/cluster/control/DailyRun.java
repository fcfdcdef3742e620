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
        ZonedDateTime local = now.atZone(zone);
        int h = Math.max(0, Math.min(23, hour));
        return local.getHour() >= h ? local.toLocalDate() : null;
    }
}
