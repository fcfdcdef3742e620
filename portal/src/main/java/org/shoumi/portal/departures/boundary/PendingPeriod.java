package org.shoumi.portal.departures.boundary;

import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * The 脱密期 an open departure's approval will start, as far as it is known before the approval: the class it follows
 * (the highest held in the look-back months) and its length in years. Its days are fixed only at the approval.
 */
public record PendingPeriod(SecrecyClass secrecyClass, int years) {
}
