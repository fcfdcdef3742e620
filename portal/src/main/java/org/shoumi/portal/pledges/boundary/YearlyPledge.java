package org.shoumi.portal.pledges.boundary;

import java.time.LocalDate;

/**
 * A person's yearly commitment: the day of their newest in-post (or onboarding) pledge and the last day it holds
 * (both null when none was signed), whether one is owed now, whether the person must make one at all, and whether
 * it is owed again because a material change of the template re-opened this year's one.
 */
public record YearlyPledge(LocalDate lastSigned, LocalDate validUntil, boolean owed, boolean required,
                           boolean reopened) {

    public YearlyPledge(LocalDate lastSigned, LocalDate validUntil, boolean owed, boolean required) {
        this(lastSigned, validUntil, owed, required, false);
    }

    public boolean isReopened() {
        return reopened;
    }

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
