package org.shoumi.portal.travel.entity;

/**
 * An entry of the passport custody log (护照集中保管): deposited with the unit, handed out for a trip, returned, or
 * given back to its holder for good (发还本人: custody ends, e.g. once the 脱密期 is over or the person is no longer
 * secret-related; a later deposit starts it again). Stored by name in a column of 16 characters.
 */
public enum PassportAction {
    DEPOSITED, HANDED_OUT, RETURNED, GIVEN_BACK;

    /** Whether the unit holds the passport after this entry. */
    public boolean heldByUnit() {
        return this == DEPOSITED || this == RETURNED;
    }
}
