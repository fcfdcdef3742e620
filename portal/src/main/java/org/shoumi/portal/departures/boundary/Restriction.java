package org.shoumi.portal.departures.boundary;

import java.time.LocalDate;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * Whether a person is under a 脱密期 today, and until which day (null when not restricted), with their
 * secrecy class: the answer other systems get.
 */
public record Restriction(String employeeNo, boolean restricted, LocalDate until, SecrecyClass secrecyClass) {
}
