package org.shoumi.portal.schema.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.interceptor.Interceptor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.shoumi.portal.schema.control.Migrations;

/**
 * Migrates the schema when the application starts, first of all (the settings were checked before, while the
 * container was discovering the beans: {@code setup.boundary.SettingsAtStart}, a portable extension). The order is certain: this is the
 * only observer of the start at priority {@code PLATFORM_BEFORE} (0); every other start-up observer of the portal (the evidence
 * log's back-fill, the first-start data, the schedulers) observes {@code Startup} at {@code APPLICATION} (2000) or
 * later, CDI notifies a synchronous event's observers in priority order, and the application has no servlet
 * listener, EJB or {@code @Initialized} observer that runs earlier. EclipseLink deploys the persistence unit
 * before that (deploy-on-startup) but, with no DDL generation, only connects and touches no table. A failed
 * migration throws: CDI stops notifying, the application does not start (so /health/ready stays down) and the
 * log names the script and the error.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/shoumi")
    DataSource dataSource;

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Startup startup) {
        try {
            Migrations.Outcome outcome = Migrations.migrate(dataSource);
            LOG.info(() -> "Schema of " + outcome.database() + " at version " + outcome.to() + " ("
                    + (outcome.scriptsRun() == 0 ? "up to date" : outcome.scriptsRun() + " migration(s) run from "
                            + "version " + outcome.from()) + ")");
        } catch (Migrations.MigrationFailed e) {
            LOG.log(Level.SEVERE, e.getMessage());
            throw e;
        }
    }
}
