package org.shoumi.portal.setup.boundary;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.setup.control.SettingsCheck;

/**
 * Checks the operator's settings before anything else starts, before CDI even validates its injection points: each
 * wrong one is logged naming its key, environment variable and value; a fatal one stops the application, so that it
 * is the first and plain reason in the log, and /health/ready stays down. A portable extension (registered in
 * {@code META-INF/services}), so that a setting injected as a number or a switch is checked by the kind its injection
 * points take, every one of them: a {@code SHOUMI_PORTAL_BACKUPS_KEEP=abc} stopped the start with a CDI stack that named
 * no variable, and a {@code SHOUMI_PORTAL_BACKUPS_DAILY_ENABLED=ture} switched the daily backup off without a word
 * (outside check ex-s38d 3, 4). It reads the settings only, and touches no database.
 */
public class SettingsAtStart implements Extension {

    private static final Logger LOG = Logger.getLogger(SettingsAtStart.class.getName());

    private final Map<String, SettingsCheck.Kind> typed = new ConcurrentHashMap<>();

    /** Notes the kind of every {@code @ConfigProperty} injected as a whole number or a switch. */
    void injected(@Observes ProcessInjectionPoint<?, ?> event) {
        InjectionPoint point = event.getInjectionPoint();
        ConfigProperty property = point.getAnnotated() == null ? null
                : point.getAnnotated().getAnnotation(ConfigProperty.class);
        if (property == null || property.name().isEmpty()) {
            return;
        }
        kind(point.getType()).ifPresent(kind -> typed.put(property.name(), kind));
    }

    /** The settings checked once every bean is known, before the container validates the injection points. */
    void check(@Observes AfterBeanDiscovery discovered) {
        Config config = ConfigProvider.getConfig(Thread.currentThread().getContextClassLoader());
        List<SettingsCheck.Problem> problems = SettingsCheck.problems(
                key -> config.getOptionalValue(key, String.class), Map.copyOf(typed));
        problems.stream().filter(p -> !p.fatal()).forEach(p -> LOG.warning(p.text()));
        List<SettingsCheck.Problem> fatal = problems.stream().filter(SettingsCheck.Problem::fatal).toList();
        if (!fatal.isEmpty()) {
            String text = "The portal does not start: " + fatal.stream().map(SettingsCheck.Problem::text)
                    .collect(Collectors.joining("; ")) + " (docs/operations.md, Configuration)";
            LOG.severe(text);
            discovered.addDefinitionError(new IllegalStateException(text));
        }
    }

    /** The kind of a setting injected as {@code type}: int, long, boolean, their boxes, or an Optional of one. */
    static Optional<SettingsCheck.Kind> kind(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == Optional.class) {
            return kind(parameterized.getActualTypeArguments()[0]);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Optional.of(SettingsCheck.Kind.WHOLE_NUMBER);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Optional.of(SettingsCheck.Kind.SWITCH);
        }
        return Optional.empty();
    }
}
