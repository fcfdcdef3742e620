package org.shoumi.portal.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.shoumi.portal.employees.entity.StaffNumber;

/** The limits the field tags give their inputs, from the constraints that check the values (one number each). */
@Named
@ApplicationScoped
public class FieldLimits {

    /** The longest staff number (工号) an input takes. */
    public int getStaffNumber() {
        return StaffNumber.MAX_LENGTH;
    }
}
