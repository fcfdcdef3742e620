package org.shoumi.portal.vetting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.cluster.boundary.Cluster;

/**
 * Once a day at the configured hour of the unit's day: tells the secrecy officers of reviews that became overdue.
 * Runs on the node that holds the cluster's scheduler lease, once per day ({@link Cluster#daily}); a notice is
 * recorded per person and due date, so a run taken over from a node that stopped tells nobody twice.
 */
@ApplicationScoped
public class ReviewNoticeSchedule {

    private static final Logger LOG = Logger.getLogger(ReviewNoticeSchedule.class.getName());

    @Inject
    Vettings vettings;

    @Inject
    Cluster cluster;

    @Inject
    @ConfigProperty(name = "shoumi.portal.vetting.notices.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "shoumi.portal.vetting.notices.hour", defaultValue = "8")
    int hour;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    void start(@Observes Startup startup) {
        if (enabled) {
            cluster.daily("review-notices", hour, ZoneId.of(zone), this::run);
        }
    }

    /** Tells the officers; a failure is logged and recorded with the day's run, and tomorrow's run tries again. */
    void run() {
        int told = vettings.notifyOverdue(vettings.today());
        LOG.fine(() -> "Overdue reviews: told the secrecy officers of " + told + " people");
    }
}
