package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Everything a session holds can be serialized: on a cluster (docs/operations.md, "Running a cluster") Liberty writes
 * each session into the distributed cache at the end of every request, and another node reads it back when the
 * first one is gone. A session holds the session-, view- and conversation-scoped beans of the web layer (view-scoped
 * ones inside the Faces view state) and everything they reference. One field of a type that is not serializable
 * (an {@link Optional}, a record without {@code Serializable}, an injected {@code @Dependent} helper) makes the
 * whole session fail to write on a cluster node, so the taker who moves to another node loses the page.
 *
 * <p>The check follows field types through the portal's and the quizzes' own classes and records and through the
 * type arguments of collections; an injected field is fine when its type is a normal-scoped bean (Weld injects a
 * serializable client proxy) or a Faces/Servlet object CDI provides as one.
 */
class SessionStateSerializableTest {

    /** Faces' own view scope is listed too, so that a bean that still used it would be checked as well. */
    private static final Set<Class<? extends Annotation>> SESSION_SCOPES = Set.of(SessionScoped.class,
            org.omnifaces.cdi.ViewScoped.class, jakarta.faces.view.ViewScoped.class, ConversationScoped.class);

    /** Request-scoped objects the Faces and Servlet specifications let CDI inject (as client proxies). */
    private static final Set<String> PROVIDED_PROXIES = Set.of(
            "jakarta.faces.context.FacesContext", "jakarta.faces.context.ExternalContext",
            "jakarta.faces.context.Flash", "jakarta.faces.application.ResourceHandler",
            "jakarta.servlet.http.HttpServletRequest", "jakarta.servlet.http.HttpSession",
            "jakarta.servlet.ServletContext", "jakarta.security.enterprise.SecurityContext",
            "jakarta.enterprise.event.Event", "jakarta.enterprise.inject.Instance", "jakarta.inject.Provider",
            "jakarta.enterprise.context.Conversation", "java.security.Principal");

    @Test
    void everythingASessionHoldsIsSerializable() {
        List<Class<?>> beans = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.shoumi.portal").stream()
                .filter(c -> SESSION_SCOPES.stream().anyMatch(c::isAnnotatedWith))
                .map(JavaClass::reflect).toList();
        assertFalse(beans.size() < 10, "the scan found the web beans: " + beans);
        assertFalse(beans.stream().filter(b -> b.isAnnotationPresent(org.omnifaces.cdi.ViewScoped.class)).count() < 40,
                "the scan found the view-scoped beans: " + beans);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFindsWhatWouldBreakASession() {
        List<String> problems = new ArrayList<>();
        checkFields(Broken.class, "Broken", problems, new HashSet<>());
        assertEquals(List.of("Broken.maybe: java.util.Optional is not Serializable",
                "Broken.rows: " + Plain.class.getName() + " is not Serializable",
                "Broken.helper: " + Plain.class.getName() + " is not Serializable"), problems);
    }

    /** The fields of the portal's own classes (a library's superclass, e.g. a PrimeFaces data model, is its own). */
    private static void checkFields(Class<?> type, String path, List<String> problems, Set<Type> seen) {
        for (Class<?> c = type; c != null && c.getName().startsWith("org.shoumi."); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                // an injected field marked transient is null once another node reads the session back: the hand-in
                // on node B after node A was killed answered 500 (QuizTakeView.paperOffers; ClusterFailoverIT)
                if (f.isAnnotationPresent(Inject.class) && Modifier.isTransient(f.getModifiers())) {
                    problems.add(path + "." + f.getName() + " is injected and transient: null on another node");
                }
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers()) || f.isSynthetic()) {
                    continue;
                }
                // a normal-scoped bean is only ever referenced through its (serializable) client proxy
                if (isProxy(f.getType()) && (f.isAnnotationPresent(Inject.class) || !PROVIDED_PROXIES.contains(f.getType().getName()))) {
                    continue;
                }
                check(f.getGenericType(), path + "." + f.getName(), problems, seen);
            }
        }
    }

    /** The portal's classes, to find the beans that implement an injected interface. */
    private static final com.tngtech.archunit.core.domain.JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.shoumi.portal");

    private static boolean isProxy(Class<?> type) {
        if (PROVIDED_PROXIES.contains(type.getName())) {
            return true;
        }
        if (type.isInterface() && type.getName().startsWith("org.shoumi.")) {
            // an interface one feature asks and another implements: injected as the implementing bean's proxy
            List<Class<?>> beans = PORTAL.stream().filter(c -> !c.isInterface() && c.isAssignableTo(type))
                    .map(JavaClass::reflect).collect(java.util.stream.Collectors.toList());
            return !beans.isEmpty() && beans.stream().allMatch(SessionStateSerializableTest::isProxy);
        }
        for (Annotation a : type.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(NormalScope.class) || a instanceof ApplicationScoped
                    || a instanceof RequestScoped || a instanceof SessionScoped) {
                return true;
            }
        }
        return false;
    }

    private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
        if (type instanceof ParameterizedType p) {
            check(p.getRawType(), path, problems, seen);
            for (Type arg : p.getActualTypeArguments()) {
                check(arg, path, problems, seen);
            }
        } else if (type instanceof GenericArrayType a) {
            check(a.getGenericComponentType(), path, problems, seen);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                check(bound, path, problems, seen);
            }
        } else if (type instanceof TypeVariable<?>) {
            return; // bound by the use site, checked there
        } else if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c == Object.class) {
                return;
            }
            if (c.isArray()) {
                check(c.getComponentType(), path, problems, seen);
                return;
            }
            // the collection interfaces: the JDK's implementations are serializable, their elements are checked
            if (c == List.class || c == Map.class || c == Set.class || c == Collection.class
                    || c == java.util.SortedMap.class || c == java.util.NavigableMap.class) {
                return;
            }
            if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " is not Serializable");
                return;
            }
            if (c.getName().startsWith("org.shoumi.") && !c.isEnum() && seen.add(c)) {
                checkFields(c, path, problems, seen);
            }
        }
    }

    /** What the check must refuse. */
    @SuppressWarnings("unused")
    static class Broken implements Serializable {
        private static final long serialVersionUID = 1L;
        Optional<String> maybe;
        List<Plain> rows;
        @Inject
        Plain helper; // @Dependent: not a proxy, serialized with the bean
        @Inject
        Fine service;
        transient Plain cache;
        Map<Integer, List<String>> answers;
    }

    static class Plain {
    }

    @ApplicationScoped
    static class Fine {
    }
}
