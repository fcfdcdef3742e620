package org.shoumi.portal.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A periodic review (复审) of a person found them unsatisfactory (不合格): {@code recordId} is the review record,
 * {@code on} the day it was held, {@code by} the login who recorded it. The departures feature opens a 离岗 departure
 * for the person unless one is already open.
 */
public record ReviewUnsatisfactory(long recordId, String employeeNo, LocalDate on, String by) {

    public ReviewUnsatisfactory {
        Objects.requireNonNull(employeeNo);
        Objects.requireNonNull(on);
        Objects.requireNonNull(by);
    }
}
