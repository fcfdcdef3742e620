package org.shoumi.portal.sessions.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * Whom a session is for: some departments and some secrecy classes; an empty choice means all of them, so an
 * audience with neither is all staff. Only people still in the unit belong to it (not those who left it, 离职);
 * people who left their secret-related post (离岗) but stay in the unit still do.
 */
public record Audience(Set<String> departments, Set<SecrecyClass> classes) {

    public static final Audience ALL_STAFF = new Audience(Set.of(), Set.of());

    public Audience {
        departments = departments == null ? Set.of() : Set.copyOf(departments);
        classes = classes == null || classes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(classes));
    }

    public boolean isAllStaff() {
        return departments.isEmpty() && classes.isEmpty();
    }

    /** Whether a person of this department, class and status is in the audience. */
    public boolean includes(String department, SecrecyClass secrecyClass, EmployeeStatus status) {
        return status != EmployeeStatus.LEFT_UNIT
                && (departments.isEmpty() || departments.contains(department))
                && (classes.isEmpty() || classes.contains(secrecyClass));
    }

    /**
     * Whether a person of this department, class and status, hired on {@code hireDate}, is in the audience of a
     * session held on {@code sessionDay}: as {@link #includes(String, SecrecyClass, EmployeeStatus)}, and hired on
     * or before that day (someone hired afterwards was not expected at it and is not missed).
     */
    public boolean includes(String department, SecrecyClass secrecyClass, EmployeeStatus status, LocalDate hireDate,
                            LocalDate sessionDay) {
        return includes(department, secrecyClass, status, hireDate, null, sessionDay);
    }

    /**
     * As {@link #includes(String, SecrecyClass, EmployeeStatus, LocalDate, LocalDate)}, but one who left the unit on
     * {@code leftOn} is in the audience of a session held on or before that day ({@link SessionDays#leftBefore}).
     */
    public boolean includes(String department, SecrecyClass secrecyClass, EmployeeStatus status, LocalDate hireDate,
                            LocalDate leftOn, LocalDate sessionDay) {
        return (departments.isEmpty() || departments.contains(department))
                && (classes.isEmpty() || classes.contains(secrecyClass))
                && !SessionDays.hiredAfter(hireDate, sessionDay)
                && !SessionDays.leftBefore(status, leftOn, sessionDay);
    }

    /** The departments as stored: codes joined by commas, sorted. */
    public String storedDepartments() {
        return join(departments);
    }

    /** The classes as stored: constant names joined by commas, sorted. */
    public String storedClasses() {
        return join(classes);
    }

    /** The audience as stored on a session. */
    public static Audience stored(String departments, String classes) {
        return new Audience(split(departments), split(classes).stream().map(SecrecyClass::valueOf)
                .collect(Collectors.toSet()));
    }

    private static String join(Collection<?> values) {
        return values.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
    }

    private static Set<String> split(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
