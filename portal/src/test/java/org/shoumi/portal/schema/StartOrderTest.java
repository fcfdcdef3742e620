package org.shoumi.portal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.Startup;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContextListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.setup.boundary.SettingsAtStart;
import org.shoumi.portal.schema.boundary.SchemaMigration;

/**
 * The schema migration runs before anything else at start: of all observers of CDI's {@code Startup} event in the
 * portal, content and quizzes, {@code SchemaMigration} alone has the lowest priority (observers without
 * {@code @Priority} run at APPLICATION + 500) but the check of the settings ({@code SettingsAtStart}, which touches
 * no database), and nothing runs earlier: no {@code @Initialized} observer, servlet
 * listener or container initializer. A start-up observer added at PLATFORM_BEFORE, or an earlier hook, fails here.
 */
class StartOrderTest {

    private static final int DEFAULT = Interceptor.Priority.APPLICATION + 500;

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.shoumi");

    @Test
    void theMigrationIsTheFirstObserverOfTheStart() {
        Map<String, Integer> observers = new TreeMap<>();
        for (JavaClass type : CLASSES) {
            for (JavaMethod method : type.getMethods()) {
                for (JavaParameter parameter : method.getParameters()) {
                    if (parameter.isAnnotatedWith(Observes.class)
                            && parameter.getRawType().isEquivalentTo(Startup.class)) {
                        int priority = parameter.tryGetAnnotationOfType(Priority.class).map(Priority::value)
                                .orElse(DEFAULT);
                        observers.put(type.getSimpleName() + "." + method.getName(), priority);
                    }
                }
            }
        }
        int migration = observers.remove(SchemaMigration.class.getSimpleName() + ".migrate");
        assertEquals(Interceptor.Priority.PLATFORM_BEFORE, migration);
        assertTrue(observers.size() >= 5, "the schedulers, the first start and the evidence log observe the start: "
                + observers);
        observers.forEach((observer, priority) -> assertTrue(priority > migration,
                observer + " observes the start at " + priority + ", not after the schema migration"));
    }

    /**
     * The settings are checked before the start event, by the one portable extension of the application, which reads
     * the settings only (no database, no bean): so that a setting injected as a number or a switch is checked before
     * the container validates its injection points (a wrong one stopped the start with a CDI stack naming no
     * variable; outside check ex-s38d 4).
     */
    @Test
    void theSettingsAreCheckedFirstByTheOnlyExtension() throws java.io.IOException {
        List<String> extensions = new ArrayList<>();
        for (JavaClass type : CLASSES) {
            if (type.isAssignableTo(jakarta.enterprise.inject.spi.Extension.class)) {
                extensions.add(type.getName());
            }
        }
        assertEquals(List.of(SettingsAtStart.class.getName()), extensions);
        try (java.io.InputStream services = SettingsAtStart.class.getResourceAsStream(
                "/META-INF/services/jakarta.enterprise.inject.spi.Extension")) {
            assertEquals(SettingsAtStart.class.getName(),
                    new String(services.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip());
        }
        for (JavaClass dependency : CLASSES.get(SettingsAtStart.class).getDirectDependenciesFromSelf().stream()
                .map(d -> d.getTargetClass()).toList()) {
            assertFalse(dependency.getName().startsWith("jakarta.persistence")
                    || dependency.getName().startsWith("javax.sql"), dependency.getName());
        }
    }

    @Test
    void nothingRunsBeforeTheStartEvent() {
        List<String> earlier = new ArrayList<>();
        for (JavaClass type : CLASSES) {
            if (type.isAssignableTo(ServletContextListener.class)
                    || type.isAssignableTo(ServletContainerInitializer.class)) {
                earlier.add(type.getName());
            }
            for (JavaMethod method : type.getMethods()) {
                for (JavaParameter parameter : method.getParameters()) {
                    if ((parameter.isAnnotatedWith(Observes.class) || parameter.isAnnotatedWith(ObservesAsync.class))
                            && parameter.isAnnotatedWith(Initialized.class)) {
                        earlier.add(type.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), earlier, "runs before the schema migration at start");
    }
}
