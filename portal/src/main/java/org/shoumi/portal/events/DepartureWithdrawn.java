package org.shoumi.portal.events;

import java.util.Objects;

/**
 * HR withdrew an open departure (离岗 or 离职) as opened by mistake; fired inside the withdrawing transaction. The
 * programmes feature closes the exit programme it gave (from {@code openedOn}, the day it was opened in the unit's
 * zone), even one whose steps were all done; nothing of the person changes.
 */
public record DepartureWithdrawn(long departureId, String employeeNo, String withdrawnBy,
                                 java.time.LocalDate openedOn) {

    public DepartureWithdrawn {
        Objects.requireNonNull(employeeNo);
        Objects.requireNonNull(withdrawnBy);
        Objects.requireNonNull(openedOn);
    }
}
