package org.shoumi.portal.setup.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.shoumi.portal.setup.control.SettingsCheck;

/**
 * Checks the operator's settings before anything else starts (before the schema migration): each wrong one is
 * logged naming its key, environment variable and value; a fatal one stops the application, so that it is the
 * first and plain reason in the log, and /health/ready stays down.
 */
@ApplicationScoped
public class SettingsAtStart {

    private static final Logger LOG = Logger.getLogger(SettingsAtStart.class.getName());

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 10) Startup startup) {
        Config config = ConfigProvider.getConfig();
        List<SettingsCheck.Problem> problems = SettingsCheck.problems(key -> config.getOptionalValue(key, String.class));
        problems.stream().filter(p -> !p.fatal()).forEach(p -> LOG.warning(p.text()));
        List<SettingsCheck.Problem> fatal = problems.stream().filter(SettingsCheck.Problem::fatal).toList();
        if (!fatal.isEmpty()) {
            String text = "The portal does not start: " + fatal.stream().map(SettingsCheck.Problem::text)
                    .collect(Collectors.joining("; ")) + " (docs/operations.md, Configuration)";
            LOG.severe(text);
            throw new IllegalStateException(text);
        }
    }
}
