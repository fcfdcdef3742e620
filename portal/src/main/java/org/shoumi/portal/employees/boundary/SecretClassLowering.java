package org.shoumi.portal.employees.boundary;

import java.time.LocalDate;
import java.util.Objects;
import org.shoumi.portal.employees.entity.ChangeSource;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;

/**
 * HR asked to move a person in post out of a secret-related class or down to a lower one. This is not applied
 * at once: it is a departure (离岗) with the full exit checklist, and the move happens when that departure is
 * approved. Fired inside the change's transaction; the departures feature observes it, opens the departure
 * and reports its id through {@link #opened(long)}. If it cannot (the person has an open departure already),
 * it throws {@link ChangeRefusedException} and the whole change rolls back. The departure's planned last working day
 * is the one HR gave on the change form, or, where none was given (several people at once, the roster import), the
 * departures feature's default some weeks ahead: it was the day of the change, and the exit training given with it
 * was due that day and overdue the next (outside check).
 */
public final class SecretClassLowering {

    private final Employee person;
    private final Department department;
    private final Post post;
    private final SecrecyClass secrecyClass;
    private final String reason;
    private final String by;
    private final ChangeSource source;
    private final LocalDate plannedLastDay;
    private Long departureId;
    private LocalDate exitTrainingDue;

    public SecretClassLowering(Employee person, Department department, Post post, SecrecyClass secrecyClass,
                               String reason, String by, ChangeSource source) {
        this(person, department, post, secrecyClass, reason, by, source, null);
    }

    /** {@code plannedLastDay} the departure's planned last working day as HR gave it; null for the default. */
    public SecretClassLowering(Employee person, Department department, Post post, SecrecyClass secrecyClass,
                               String reason, String by, ChangeSource source, LocalDate plannedLastDay) {
        this.plannedLastDay = plannedLastDay;
        this.person = Objects.requireNonNull(person);
        this.department = Objects.requireNonNull(department);
        this.post = Objects.requireNonNull(post);
        this.secrecyClass = Objects.requireNonNull(secrecyClass);
        this.reason = reason;
        this.by = Objects.requireNonNull(by);
        this.source = Objects.requireNonNull(source);
    }

    public Employee person() {
        return person;
    }

    public Department department() {
        return department;
    }

    public Post post() {
        return post;
    }

    public SecrecyClass secrecyClass() {
        return secrecyClass;
    }

    public String reason() {
        return reason;
    }

    public String by() {
        return by;
    }

    public ChangeSource source() {
        return source;
    }

    /** The planned last working day HR gave for the departure; null when none was given (the default applies). */
    public LocalDate plannedLastDay() {
        return plannedLastDay;
    }

    /** The departure opened for this change, and the day its exit training was made due. */
    public void opened(long id, LocalDate exitTrainingDue) {
        this.departureId = id;
        this.exitTrainingDue = exitTrainingDue;
    }

    /**
     * The day the departure's exit training was made due (its planned last day, or today when that is past); null
     * when nobody opened one.
     */
    public LocalDate exitTrainingDue() {
        return exitTrainingDue;
    }

    /** The id of the departure opened, or null when nobody opened one. */
    public Long departureId() {
        return departureId;
    }
}
