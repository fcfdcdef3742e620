package org.shoumi.portal.employees.boundary;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.shoumi.portal.employees.entity.Employee;

/**
 * Which entries of a person's history hold a class they never took up: a raise in post, or a re-post from 离岗, into
 * 核心 or 重要 (from a lower class) with no passed 上岗审查 for it while they held it, and the entries that kept them
 * in it. Fired inside the caller's transaction by the personnel history (the 脱密期's look-back, a lowering on the change
 * form); the vetting feature observes it and names those entries by id (the roster knows nothing of vettings).
 * Without an observer none is named, and every class counts as held, as before.
 */
public final class RaisesNotTakenUp {

    private final Employee person;
    private final Set<Long> entries = new HashSet<>();
    private final Set<Long> inPostEntries = new HashSet<>();

    public RaisesNotTakenUp(Employee person) {
        this.person = Objects.requireNonNull(person);
    }

    public Employee person() {
        return person;
    }

    /**
     * The history entry with this id holds a class never taken up; {@code inPost}: raised into it in post (else
     * re-posted into it from 离岗, 按新上岗), so that setting the person back corrects the raise.
     */
    public void notTakenUp(long changeId, boolean inPost) {
        entries.add(changeId);
        if (inPost) {
            inPostEntries.add(changeId);
        }
    }

    /** The ids of the entries named (for the 脱密期's look-back). */
    public Set<Long> entries() {
        return Set.copyOf(entries);
    }

    /** The ids of the entries named that a raise in post started (for a correction of the raise). */
    public Set<Long> inPostEntries() {
        return Set.copyOf(inPostEntries);
    }
}
