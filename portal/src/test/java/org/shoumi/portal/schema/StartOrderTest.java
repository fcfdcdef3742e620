package org.shoumi.portal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        // the one observer before it reads the settings only, and stops a start whose settings are wrong
        int settings = observers.remove(SettingsAtStart.class.getSimpleName() + ".check");
        assertTrue(settings < migration, "the settings are checked first");
        assertTrue(observers.size() >= 5, "the schedulers, the first start and the evidence log observe the start: "
                + observers);
        observers.forEach((observer, priority) -> assertTrue(priority > migration,
                observer + " observes the start at " + priority + ", not after the schema migration"));
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
