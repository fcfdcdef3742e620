package org.shoumi.portal.employees.boundary;

import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;

/**
 * HR asks to change a person's department, post or secrecy class (the change form, the bulk change, a roster
 * import), before anything is changed. Fired inside the change's transaction; an observer that cannot allow the
 * change throws {@link ChangeRefusedException} and nothing is stored: the departures feature while the person's
 * 离岗 or 离职 is under way (its approval moves or releases them; a change in between would be undone by it or
 * contradict it).
 */
public record PersonnelChangeAsked(Employee person) {

    public PersonnelChangeAsked {
        Objects.requireNonNull(person);
    }
}
