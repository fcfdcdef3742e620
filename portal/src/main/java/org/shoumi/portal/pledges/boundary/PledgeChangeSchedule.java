package org.shoumi.portal.pledges.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.cluster.boundary.Cluster;

/**
 * Once a day at the configured hour of the unit's day: announces the material changes of pledge templates that come
 * into force that day ({@link SpecialPledges#announceComingIntoForce}). Runs on the node that holds the cluster's
 * scheduler lease, once per day ({@link Cluster#daily}).
 */
@ApplicationScoped
public class PledgeChangeSchedule {

    private static final Logger LOG = Logger.getLogger(PledgeChangeSchedule.class.getName());

    @Inject
    SpecialPledges pledges;

    @Inject
    Cluster cluster;

    @Inject
    @ConfigProperty(name = "shoumi.portal.pledges.change-notices.hour", defaultValue = "7")
    int hour;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    void start(@Observes Startup startup) {
        cluster.daily("pledge-change-notices", hour, ZoneId.of(zone), this::run);
    }

    void run() {
        int announced = pledges.announceComingIntoForce(LocalDate.now(ZoneId.of(zone)));
        LOG.fine(() -> "Pledge templates coming into force today: " + announced);
    }
}
