package org.shoumi.portal.employees.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * A change of post or class as recorded: before and after, and the programme it gave (null for none) with its
 * due date. {@code changed} is false when the form asked for what was already recorded. A move out of a
 * secret-related class (or down to a lower one) is not applied: {@code departureId} is the 离岗 departure opened
 * for it instead, which moves the person when it is approved, and {@code due} the day its exit training was made due
 * (the planned last day, or the day of the change when that day is past). {@code programmeKept}: the programme the change calls
 * for was open already (a transfer still under way), so it was kept, not started again. {@code correction}: the
 * change corrected a hire not yet in post (上岗前更正, no departure); {@code trainingClosed}: it closed the onboarding
 * still open (a hire corrected to 非涉密); {@code status} the person's status after the change (null where not told);
 * {@code raiseCorrected}: the correction set back a raise in post never taken up (no passed 上岗审查 since it);
 * {@code closedProgrammes}: the programmes the change closed, as they no longer concern the person (a campaign aimed
 * at the department they left); {@code openedProgrammes}: the plan items (campaign programmes) the change gave, as
 * they now concern the person (the items of the new class); the answer names both and claims none it did not do.
 */
public record ChangeOutcome(String employeeNo, String name, String oldPostCode, SecrecyClass oldClass,
                            String newPostCode, SecrecyClass newClass, boolean changed, String programme,
                            LocalDate due, Long departureId, boolean programmeKept, boolean correction,
                            boolean trainingClosed, EmployeeStatus status, boolean raiseCorrected,
                            java.util.List<OpenProgrammesAsked.Programme> closedProgrammes,
                            java.util.List<OpenProgrammesAsked.Programme> openedProgrammes)
        implements Serializable {

    public ChangeOutcome {
        closedProgrammes = closedProgrammes == null ? java.util.List.of() : java.util.List.copyOf(closedProgrammes);
        openedProgrammes = openedProgrammes == null ? java.util.List.of() : java.util.List.copyOf(openedProgrammes);
    }

    /** A change that gave no plan item. */
    public ChangeOutcome(String employeeNo, String name, String oldPostCode, SecrecyClass oldClass,
                         String newPostCode, SecrecyClass newClass, boolean changed, String programme,
                         LocalDate due, Long departureId, boolean programmeKept, boolean correction,
                         boolean trainingClosed, EmployeeStatus status, boolean raiseCorrected,
                         java.util.List<OpenProgrammesAsked.Programme> closedProgrammes) {
        this(employeeNo, name, oldPostCode, oldClass, newPostCode, newClass, changed, programme, due, departureId,
                programmeKept, correction, trainingClosed, status, raiseCorrected, closedProgrammes,
                java.util.List.of());
    }

    /** A change that closed no programme. */
    public ChangeOutcome(String employeeNo, String name, String oldPostCode, SecrecyClass oldClass,
                         String newPostCode, SecrecyClass newClass, boolean changed, String programme,
                         LocalDate due, Long departureId, boolean programmeKept, boolean correction,
                         boolean trainingClosed, EmployeeStatus status, boolean raiseCorrected) {
        this(employeeNo, name, oldPostCode, oldClass, newPostCode, newClass, changed, programme, due, departureId,
                programmeKept, correction, trainingClosed, status, raiseCorrected, java.util.List.of());
    }

    /** A change that set back no raise. */
    public ChangeOutcome(String employeeNo, String name, String oldPostCode, SecrecyClass oldClass,
                         String newPostCode, SecrecyClass newClass, boolean changed, String programme,
                         LocalDate due, Long departureId, boolean programmeKept, boolean correction,
                         boolean trainingClosed, EmployeeStatus status) {
        this(employeeNo, name, oldPostCode, oldClass, newPostCode, newClass, changed, programme, due, departureId,
                programmeKept, correction, trainingClosed, status, false);
    }

    /** A change that corrected no hire. */
    public ChangeOutcome(String employeeNo, String name, String oldPostCode, SecrecyClass oldClass,
                         String newPostCode, SecrecyClass newClass, boolean changed, String programme,
                         LocalDate due, Long departureId, boolean programmeKept) {
        this(employeeNo, name, oldPostCode, oldClass, newPostCode, newClass, changed, programme, due, departureId,
                programmeKept, false, false, null);
    }

    /** A change whose programme, if any, was started by it. */
    public ChangeOutcome(String employeeNo, String name, String oldPostCode, SecrecyClass oldClass,
                         String newPostCode, SecrecyClass newClass, boolean changed, String programme,
                         LocalDate due, Long departureId) {
        this(employeeNo, name, oldPostCode, oldClass, newPostCode, newClass, changed, programme, due, departureId,
                false);
    }

    /** Whether a departure was opened instead of applying the change. */
    public boolean departureOpened() {
        return departureId != null;
    }
}
