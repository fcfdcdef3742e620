package org.shoumi.portal.vetting.boundary;

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

/** Once a day at the configured hour of the unit's day: tells the secrecy officers of reviews that became overdue. */
@ApplicationScoped
public class ReviewNoticeSchedule {

    private static final Logger LOG = Logger.getLogger(ReviewNoticeSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Vettings vettings;

    @Inject
    @ConfigProperty(name = "shoumi.portal.vetting.notices.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "shoumi.portal.vetting.notices.hour", defaultValue = "8")
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
            int told = vettings.notifyOverdue(vettings.today());
            LOG.fine(() -> "Overdue reviews: told the secrecy officers of " + told + " people");
        } catch (RuntimeException e) {
            // tomorrow's run tries again
            LOG.log(Level.WARNING, "Telling the secrecy officers of overdue reviews failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
