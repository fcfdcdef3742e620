package org.shoumi.portal.employees.boundary;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.shoumi.portal.employees.entity.Employee;

/**
 * Which entries of a person's history hold a class they never took up: a raise in post into 核心 or 重要 (from a
 * class that needs no 上岗审查) with no passed 上岗审查 for it while they held it, and the entries that kept them in
 * it. Fired inside the caller's transaction by the personnel history (the 脱密期's look-back, a lowering on the change
 * form); the vetting feature observes it and names those entries by id (the roster knows nothing of vettings).
 * Without an observer none is named, and every class counts as held, as before.
 */
public final class RaisesNotTakenUp {

    private final Employee person;
    private final Set<Long> entries = new HashSet<>();

    public RaisesNotTakenUp(Employee person) {
        this.person = Objects.requireNonNull(person);
    }

    public Employee person() {
        return person;
    }

    /** The history entry with this id holds a class never taken up. */
    public void notTakenUp(long changeId) {
        entries.add(changeId);
    }

    /** The ids of the entries named. */
    public Set<Long> entries() {
        return Set.copyOf(entries);
    }
}
