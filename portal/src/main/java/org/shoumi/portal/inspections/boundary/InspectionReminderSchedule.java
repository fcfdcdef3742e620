package org.shoumi.portal.inspections.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.cluster.boundary.Cluster;

/**
 * Once a day at the reminders' hour of the unit's day ({@code shoumi.portal.reminders.hour}, 8): reminds the
 * respondents of self-inspections not submitted ({@link InspectionFollowUp#remindDue}). Runs on the node that holds
 * the cluster's scheduler lease, once per day ({@link Cluster#daily}); switched off with
 * {@code shoumi.portal.inspections.reminders.enabled=false}.
 */
@ApplicationScoped
public class InspectionReminderSchedule {

    private static final Logger LOG = Logger.getLogger(InspectionReminderSchedule.class.getName());

    @Inject
    InspectionFollowUp followUp;

    @Inject
    Cluster cluster;

    @Inject
    @ConfigProperty(name = "shoumi.portal.inspections.reminders.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "shoumi.portal.reminders.hour", defaultValue = "8")
    int hour;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    void start(@Observes Startup startup) {
        if (enabled) {
            cluster.daily("inspection-reminders", hour, ZoneId.of(zone), this::run);
        }
    }

    /** Reminds; a failure is logged and recorded with the day's run, and tomorrow's run makes the day up. */
    void run() {
        int reminded = followUp.remindDue();
        LOG.fine(() -> "Self-inspection reminders: " + reminded + " self-inspections");
    }
}
