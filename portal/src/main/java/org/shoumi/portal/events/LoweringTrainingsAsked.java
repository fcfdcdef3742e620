package org.shoumi.portal.events;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which of these exit programmes were given by a lowering that keeps the person in a secret-related post (重要 → 一般):
 * the training of a lowered class, not 离岗培训. The reminders ask before they name a programme (the reminder of such
 * a training said 离岗培训 to someone who stays in post while every page named it as a lowering's; outside check); the
 * departures feature answers through {@link #lowering(long)}.
 */
public final class LoweringTrainingsAsked {

    /** An exit programme as asked about: its assignment, its person, the day it began. */
    public record Exit(long assignmentId, String employeeNo, LocalDate startedOn) {
    }

    private final List<Exit> exits;
    private final Set<Long> lowerings = new HashSet<>();

    public LoweringTrainingsAsked(List<Exit> exits) {
        this.exits = List.copyOf(Objects.requireNonNull(exits));
    }

    /** The exit programmes asked about. */
    public List<Exit> exits() {
        return exits;
    }

    /** This programme (by assignment id) was given by a lowering in post. */
    public void lowering(long assignmentId) {
        lowerings.add(assignmentId);
    }

    /** Whether the programme was answered as given by a lowering in post. */
    public boolean isLowering(long assignmentId) {
        return lowerings.contains(assignmentId);
    }
}
