package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Named;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.security.entity.Role;

/**
 * Pages that roles with different duties share (an auditor or a department head reads what another role records;
 * HR and the secrecy office each do their part of a departure) hide the other roles' forms, but a hidden form does
 * not stop a hand-made post. So every action such a page binds says who may run it ({@link Allowed}, which
 * {@link AllowedInterceptor} enforces) or that it changes nothing ({@link ChangesNothing}); and an {@code Allowed}
 * names only roles the page lets in. Found by an outside check: the auditor could approve travel abroad by posting
 * the secrecy office's form with their own view state.
 */
class PageActionsTest {

    private static final Pattern ACTION = Pattern.compile(
            "(?:action|actionListener|listener)=\"#\\{(\\w+)\\.(\\w+)");
    private static final Pattern INCLUDE = Pattern.compile("<ui:include\\s+src=\"(/[^\"#]+)\"");
    /** Beans of the layout and of EL itself, on every page, that change no record of the unit. */
    private static final Set<String> NOT_VIEWS = Set.of("request", "localeSelection", "logoutView");

    private static WebXmlRoles webXml;
    private static Map<String, Class<?>> views;

    @BeforeAll
    static void read() throws Exception {
        webXml = WebXmlRoles.read();
        views = new HashMap<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.shoumi.portal.web")) {
            if (c.isAnnotatedWith(Named.class)) {
                Class<?> type = c.reflect();
                String name = type.getAnnotation(Named.class).value();
                if (name.isEmpty()) {
                    name = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
                }
                views.put(name, type);
            }
        }
    }

    /**
     * A page roles with different duties share: behind a constraint that lets in some roles only, among them a
     * reading role or both HR and the secrecy office. Pages every role opens are a person's own (their reports,
     * requests, check-in), whose actions act on the caller's own record or check the actor in the feature (a
     * disclosure's decision).
     */
    private static boolean shared(String page) {
        String pattern = webXml.patternOf(page);
        if (pattern == null || webXml.grants.get(pattern).roles() == null) {
            return false;
        }
        Set<String> roles = webXml.rolesAllowed(page);
        if (roles.equals(webXml.declaredRoles)) {
            return false;
        }
        return roles.contains(Role.AUDITOR.name()) || roles.contains(Role.DEPT_HEAD.name())
                || roles.containsAll(Set.of(Role.HR.name(), Role.SECRECY_OFFICER.name()));
    }

    private static List<String> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WebXmlRoles.WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml") && !f.toString().contains("WEB-INF"))
                    .map(f -> "/" + WebXmlRoles.WEBAPP.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** The page's text with the text of what it includes (its own includes too). */
    private static String text(String page) throws IOException {
        String text = Files.readString(WebXmlRoles.WEBAPP.resolve(page.substring(1)), StandardCharsets.UTF_8);
        StringBuilder all = new StringBuilder(text);
        Matcher include = INCLUDE.matcher(text);
        while (include.find()) {
            all.append(text(include.group(1)));
        }
        return all.toString();
    }

    /** bean.method of every action, action listener and ajax listener the page binds. */
    private static Set<String> actions(String page) throws IOException {
        Set<String> found = new TreeSet<>();
        Matcher m = ACTION.matcher(text(page));
        while (m.find()) {
            if (!NOT_VIEWS.contains(m.group(1))) {
                found.add(m.group(1) + "." + m.group(2));
            }
        }
        return found;
    }

    private static List<Method> methods(String action) {
        String[] parts = action.split("\\.");
        Class<?> view = views.get(parts[0]);
        assertTrue(view != null, "no @Named bean " + parts[0]);
        List<Method> found = Arrays.stream(view.getMethods()).filter(m -> m.getName().equals(parts[1])).toList();
        assertTrue(!found.isEmpty(), "no method " + action);
        return found;
    }

    private static Allowed allowed(Method m) {
        return m.isAnnotationPresent(Allowed.class) ? m.getAnnotation(Allowed.class)
                : m.getDeclaringClass().getAnnotation(Allowed.class);
    }

    @Test
    void everyActionOfASharedPageSaysWhoMayRunIt() throws IOException {
        List<String> undeclared = new ArrayList<>();
        int checked = 0;
        for (String page : pages()) {
            if (!shared(page)) {
                continue;
            }
            for (String action : actions(page)) {
                checked++;
                for (Method m : methods(action)) {
                    if (allowed(m) == null && !m.isAnnotationPresent(ChangesNothing.class)) {
                        undeclared.add(page + " " + action);
                    }
                }
            }
        }
        assertTrue(checked > 30, "the pages' actions were found: " + checked);
        assertEquals(List.of(), undeclared, "actions of shared pages without @Allowed or @ChangesNothing");
    }

    @Test
    void anAllowedActionNamesOnlyRolesItsPageLetsIn() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String page : pages()) {
            Set<String> roles = webXml.rolesAllowed(page);
            for (String action : actions(page)) {
                for (Method m : methods(action)) {
                    Allowed allowed = allowed(m);
                    if (allowed == null) {
                        continue;
                    }
                    if (allowed.value().length == 0) {
                        wrong.add(page + " " + action + ": no role");
                    }
                    for (Role role : allowed.value()) {
                        if (!roles.contains(role.name())) {
                            wrong.add(page + " " + action + ": " + role + " may not open the page");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theReadingRolesAreAllowedNothingOnTheSecrecyOfficesTravelPage() throws IOException {
        assertTrue(shared("/travel/manage.xhtml"));
        for (String action : actions("/travel/manage.xhtml")) {
            for (Method m : methods(action)) {
                assertEquals(List.of(Role.SECRECY_OFFICER), List.of(allowed(m).value()), action);
            }
        }
    }
}
