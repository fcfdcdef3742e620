package org.shoumi.portal.employees.boundary;

import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;

/**
 * HR asks to change a person's department, post or secrecy class (the change form, the bulk change, a roster
 * import), before anything is changed. Fired inside the change's transaction; an observer that cannot allow the
 * change throws {@link ChangeRefusedException} and nothing is stored: the departures feature while the person's
 * 离岗 or 离职 is under way (its approval moves or releases them; a change in between would be undone by it or
 * contradict it). {@code lowering}: the change lowers the class, which opens a departure of its own, so any
 * departure under way stands in its way.
 */
public record PersonnelChangeAsked(Employee person, boolean lowering) {

    public PersonnelChangeAsked {
        Objects.requireNonNull(person);
    }

    /** A move to another department or post, or a class not lower: a 离岗 hand-over does not stand in its way. */
    public PersonnelChangeAsked(Employee person) {
        this(person, false);
    }
}
