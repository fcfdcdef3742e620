package org.shoumi.portal.shared;

import jakarta.enterprise.concurrent.LastExecution;
import jakarta.enterprise.concurrent.ZonedTrigger;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Once-a-day jobs (reminders, backups) at an hour of the unit's day, as a Jakarta Concurrency 3.0 zoned trigger:
 * the server's managed scheduler runs the job at that hour every day in the unit's time zone, daylight saving and a
 * server in another zone included. (Concurrency 3.0's own {@code CronTrigger} would do the same, but the 3.0.0 API
 * that Jakarta EE 10 ships fails with ArrayIndexOutOfBoundsException for a single hour, "0 0 8 * * *".)
 */
public final class Daily implements ZonedTrigger {

    private final int hour;
    private final ZoneId zone;

    private Daily(int hour, ZoneId zone) {
        this.hour = hour;
        this.zone = zone;
    }

    /**
     * Every day at {@code hour}:00:00 in {@code zone}; the hour is clamped to 0–23 (the configured hours are checked
     * at start, {@code setup.control.SettingsCheck}, which refuses one outside them).
     */
    public static Daily at(int hour, ZoneId zone) {
        return new Daily(Math.max(0, Math.min(23, hour)), zone);
    }

    @Override
    public ZoneId getZoneId() {
        return zone;
    }

    /** The first {@code hour}:00 strictly after the last run's scheduled start, or after the time it was scheduled. */
    @Override
    public ZonedDateTime getNextRunTime(LastExecution last, ZonedDateTime scheduledAt) {
        ZonedDateTime from = (last == null ? scheduledAt : last.getScheduledStart(zone)).withZoneSameInstant(zone);
        ZonedDateTime next = from.truncatedTo(ChronoUnit.DAYS).withHour(hour);
        return next.isAfter(from) ? next : next.plusDays(1);
    }
}
