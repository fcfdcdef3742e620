package org.shoumi.portal.employees.boundary;

import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;

/**
 * A hire not started yet was corrected to 非涉密: the onboarding (or transfer) training the roster called for no longer
 * applies. Fired inside the roster's transaction; the programmes feature observes it and closes what is still open as
 * no longer concerning the person. The roster knows nothing of programmes.
 */
public record TrainingWithdrawn(Employee person) {

    public TrainingWithdrawn {
        Objects.requireNonNull(person);
    }
}
