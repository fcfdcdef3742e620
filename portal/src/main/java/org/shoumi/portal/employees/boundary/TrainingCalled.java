package org.shoumi.portal.employees.boundary;

import java.time.LocalDate;
import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.TrainingCall;

/**
 * A hire or a change of the roster calls for training. Fired inside the roster's transaction; the programmes
 * feature observes it, gives the programme and reports what it gave through {@link #given}. The roster knows
 * nothing of programmes.
 */
public final class TrainingCalled {

    private final Employee person;
    private final TrainingCall call;
    private final String by;
    private String programme;
    private LocalDate due;
    private boolean kept;

    public TrainingCalled(Employee person, TrainingCall call, String by) {
        this.person = Objects.requireNonNull(person);
        this.call = Objects.requireNonNull(call);
        this.by = Objects.requireNonNull(by);
    }

    public Employee person() {
        return person;
    }

    public TrainingCall call() {
        return call;
    }

    public String by() {
        return by;
    }

    /** The programme given (its kind's name, e.g. ONBOARDING) and its due date. */
    public void given(String programme, LocalDate due) {
        given(programme, due, false);
    }

    /** As {@link #given(String, LocalDate)}; {@code kept}: the person had it open already, none was started. */
    public void given(String programme, LocalDate due, boolean kept) {
        this.programme = programme;
        this.due = due;
        this.kept = kept;
    }

    /** Whether the programme was open already and kept rather than started. */
    public boolean kept() {
        return kept;
    }

    /** The kind of programme given, or null when nobody gave one. */
    public String programme() {
        return programme;
    }

    public LocalDate due() {
        return due;
    }
}
