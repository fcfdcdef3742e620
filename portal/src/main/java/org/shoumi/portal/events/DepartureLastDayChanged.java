package org.shoumi.portal.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * HR changed the planned last working day of an open departure (离岗 or 离职); fired inside the changing transaction.
 * The programmes feature moves the due day of the exit programme the departure gave (from {@code openedOn}, the day
 * it was opened in the unit's zone) to the new last day, as the opening made it due on the last day.
 */
public record DepartureLastDayChanged(long departureId, String employeeNo, LocalDate openedOn, LocalDate lastDay,
                                      String by) {

    public DepartureLastDayChanged {
        Objects.requireNonNull(employeeNo);
        Objects.requireNonNull(openedOn);
        Objects.requireNonNull(lastDay);
        Objects.requireNonNull(by);
    }
}
