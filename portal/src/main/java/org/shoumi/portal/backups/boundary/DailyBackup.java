package org.shoumi.portal.backups.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.shared.Daily;

/** Backs the Derby database up once a day at the configured hour of the unit's time zone (if switched on). */
@ApplicationScoped
public class DailyBackup {

    private static final Logger LOG = Logger.getLogger(DailyBackup.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Backups backups;

    @Inject
    @ConfigProperty(name = "shoumi.portal.backups.daily.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "shoumi.portal.backups.daily.hour", defaultValue = "2")
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
            if (backups.derby()) {
                backups.backUpNow();
            }
        } catch (RuntimeException e) {
            // tomorrow's run tries again; one failure must not stop the schedule
            LOG.log(Level.WARNING, "The daily backup failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
