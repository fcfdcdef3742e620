package org.shoumi.portal.employees.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Before a hire (the hire form, a new row of a roster import): the departures feature names, for each name typed,
 * the leavers of the same name (read with full-width forms and spaces evened out) who left the unit (离职) and whose
 * 脱密期 still runs; a colleague still in the unit (in post after a lowering, or 离岗) is no leaver. A leaver
 * under a 脱密期 hired again under a new staff number dropped the restriction with no warning: the API and the travel
 * rules said the new number was free (outside check). Fired inside the hire's transaction; the observer fills it in.
 */
public final class SameNameLeaversAsked {

    /** A leaver under a running 脱密期: staff number, name as on the roster, and the last day of the period. */
    public record Leaver(String employeeNo, String name, LocalDate periodEnd) implements java.io.Serializable {
    }

    private final List<String> names;
    private final Map<String, List<Leaver>> found = new LinkedHashMap<>();

    public SameNameLeaversAsked(List<String> names) {
        this.names = List.copyOf(Objects.requireNonNull(names));
    }

    /** The names typed, as asked. */
    public List<String> names() {
        return names;
    }

    /** The observer's answer: a leaver of the same name as {@code name} (one of {@link #names()}). */
    public void found(String name, Leaver leaver) {
        found.computeIfAbsent(name, k -> new ArrayList<>()).add(Objects.requireNonNull(leaver));
    }

    /** The leavers found for {@code name}, by staff number; none when nobody of that name is under a 脱密期. */
    public List<Leaver> of(String name) {
        return found.getOrDefault(name, List.of()).stream()
                .sorted(java.util.Comparator.comparing(Leaver::employeeNo)).toList();
    }
}
