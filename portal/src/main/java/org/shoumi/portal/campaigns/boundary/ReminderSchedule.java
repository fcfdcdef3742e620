package org.shoumi.portal.campaigns.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.shared.Daily;

/** Sends the day's reminders once a day at the configured hour of the unit's time zone. */
@ApplicationScoped
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Reminders reminders;

    @Inject
    @ConfigProperty(name = "shoumi.portal.reminders.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "shoumi.portal.reminders.hour", defaultValue = "8")
    int hour;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    private ScheduledFuture<?> task;

    void start(@Observes Startup startup) {
        if (!enabled) {
            return;
        }
        task = scheduler.schedule(this::run, Daily.at(hour, ZoneId.of(zone)));
    }

    void run() {
        try {
            reminders.sendDue();
        } catch (RuntimeException e) {
            // tomorrow's run tries again
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
