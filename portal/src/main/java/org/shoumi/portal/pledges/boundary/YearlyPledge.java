package org.shoumi.portal.pledges.boundary;

import java.time.LocalDate;

/**
 * A person's yearly commitment: the day of their newest in-post (or onboarding) pledge and the last day it holds
 * (both null when none was signed), whether one is owed now, and whether the person must make one at all.
 */
public record YearlyPledge(LocalDate lastSigned, LocalDate validUntil, boolean owed, boolean required) {

    public LocalDate getLastSigned() {
        return lastSigned;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public boolean isOwed() {
        return owed;
    }

    public boolean isRequired() {
        return required;
    }
}
