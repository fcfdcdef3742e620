package org.shoumi.portal.backups.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.cluster.boundary.Cluster;

/**
 * Backs the Derby database up once a day at the configured hour of the unit's time zone (if switched on), on the
 * node that holds the cluster's scheduler lease, once per day ({@link Cluster#daily}). Embedded Derby is one node's
 * database, so this is the single-node case; on PostgreSQL the backup is the database operator's job
 * ({@code pg_dump}) and the daily run does nothing.
 */
@ApplicationScoped
public class DailyBackup {

    private static final Logger LOG = Logger.getLogger(DailyBackup.class.getName());

    @Inject
    Backups backups;

    @Inject
    Cluster cluster;

    @Inject
    @ConfigProperty(name = "shoumi.portal.backups.daily.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "shoumi.portal.backups.daily.hour", defaultValue = "2")
    int hour;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    void start(@Observes Startup startup) {
        if (!enabled) {
            return;
        }
        cluster.dailyMadeUp("daily-backup", hour, ZoneId.of(zone), this::backUp);
    }

    /**
     * The day's backup; a failure is logged and recorded with the day's run by the cluster schedule, and tomorrow's
     * run tries again.
     */
    void backUp() {
        if (backups.derby()) {
            java.time.LocalDate today = java.time.LocalDate.now(ZoneId.of(zone));
            if (backups.dailyMadeOn(today)) {
                // made already today: the day before's run made up at a start before the hour, or the day's run
                // found unfinished is the one copied into a backup restored today
                LOG.info(() -> "The daily backup of " + today + " was made already (made up at a start before the "
                        + "hour, or a backup of today was restored); not made again");
                return;
            }
            backups.backUpNow(org.shoumi.portal.shared.Usernames.SYSTEM);
            LOG.info("The daily backup is done");
        }
    }
}
