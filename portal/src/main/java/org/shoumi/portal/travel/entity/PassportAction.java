package org.shoumi.portal.travel.entity;

/** An entry of the passport custody log (护照集中保管): deposited with the unit, handed out for a trip, returned. */
public enum PassportAction {
    DEPOSITED, HANDED_OUT, RETURNED;

    /** Whether the unit holds the passport after this entry. */
    public boolean heldByUnit() {
        return this != HANDED_OUT;
    }
}
