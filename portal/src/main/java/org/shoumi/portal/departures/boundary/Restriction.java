package org.shoumi.portal.departures.boundary;

import java.time.LocalDate;
import org.shoumi.portal.departures.control.PostExitPeriodPolicy;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * Whether a person is under a 脱密期 today, and until which day (null when not restricted), with their
 * secrecy class: the answer other systems get.
 */
public record Restriction(String employeeNo, boolean restricted, LocalDate until, SecrecyClass secrecyClass) {

    /** Whole days from {@code today} to the last day: 0 on the last day, negative once it ended, 0 when none. */
    public long daysLeft(LocalDate today) {
        return until == null ? 0 : PostExitPeriodPolicy.daysLeft(until, today);
    }
}
