package org.shoumi.portal.campaigns.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.cluster.boundary.Cluster;

/**
 * Sends the day's reminders once a day at the configured hour of the unit's time zone, on the node that holds the
 * cluster's scheduler lease, once per day across the cluster ({@link Cluster#daily}). With
 * {@code shoumi.portal.reminders.every-seconds} above 0 (a test of the cluster, a demonstration) it runs every that
 * many seconds instead, still only on the lease holder; a programme is reminded at most once a day whatever runs
 * (the {@code reminder_sent} row, unique per programme and day, is claimed before the mail goes out).
 */
@ApplicationScoped
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Reminders reminders;

    @Inject
    Cluster cluster;

    @Inject
    @ConfigProperty(name = "shoumi.portal.reminders.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "shoumi.portal.reminders.hour", defaultValue = "8")
    int hour;

    @Inject
    @ConfigProperty(name = "shoumi.portal.reminders.every-seconds", defaultValue = "0")
    long everySeconds;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    private ScheduledFuture<?> task;

    void start(@Observes Startup startup) {
        if (!enabled) {
            return;
        }
        if (everySeconds > 0) {
            LOG.info(() -> "Reminders run every " + everySeconds + " s on the lease holder (not daily)");
            task = scheduler.scheduleWithFixedDelay(this::runIfLeading, everySeconds, everySeconds, TimeUnit.SECONDS);
        } else {
            cluster.daily("reminders", hour, ZoneId.of(zone), reminders::sendDue);
        }
    }

    void runIfLeading() {
        if (!cluster.leads()) {
            return;
        }
        try {
            reminders.sendDue();
        } catch (RuntimeException e) {
            // the next run tries again
            LOG.log(Level.WARNING, "Sending reminders failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
