package org.shoumi.portal.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A departure was approved. {@code leavesUnit} is true for a 离职 (the person leaves the unit and their login
 * ends after {@code lastDay}); false for a 离岗 (the person stays and keeps only the employee role).
 * {@code staysInPost}: a lowering to another secret-related class, after which the person is still in post (their
 * login keeps its roles).
 */
public record DepartureApproved(long departureId, String employeeNo, boolean leavesUnit, boolean staysInPost,
                                LocalDate lastDay, String approvedBy) {

    public DepartureApproved {
        Objects.requireNonNull(employeeNo);
        Objects.requireNonNull(lastDay);
    }
}
