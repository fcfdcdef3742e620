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
public record PersonnelChangeAsked(Employee person, boolean lowering, boolean transfer) {

    public PersonnelChangeAsked {
        Objects.requireNonNull(person);
    }

    /** {@code transfer} false: the change opens no hand-over. */
    public PersonnelChangeAsked(Employee person, boolean lowering) {
        this(person, lowering, false);
    }

    /** A move to another department or post, or a class not lower: a 离岗 hand-over does not stand in its way. */
    public PersonnelChangeAsked(Employee person) {
        this(person, false);
    }

    /**
     * Whether changing this person to this post and class is a change of post (转岗) that opens a hand-over: a
     * secret-related person in post (在岗) staying secret-related on another post. While the hand-over of their last
     * change of post waits to be confirmed, another is refused (the open one would name a post they no longer go to,
     * and the save said a transfer programme was started when the open one was only kept; outside check).
     */
    public static boolean transfers(Employee person, String postCode, org.shoumi.portal.employees.entity.SecrecyClass to) {
        return person.getStatus() == org.shoumi.portal.employees.entity.EmployeeStatus.ACTIVE
                && person.getSecrecyClass().isSecretRelated() && to.isSecretRelated()
                && !person.getPost().getCode().equals(postCode);
    }
}
