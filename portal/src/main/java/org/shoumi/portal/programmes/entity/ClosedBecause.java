package org.shoumi.portal.programmes.entity;

/** Why a programme was closed before it was done: it no longer applied, and the records say why. */
public enum ClosedBecause {
    /** The person left the post or the unit (离岗离职 approved). */
    LEFT,
    /** The departure that gave the exit programme was approved while the person stays in post (a lower class). */
    DEPARTURE_APPROVED,
    /** The departure that gave the exit programme was withdrawn by HR as opened by mistake (the person stays). */
    DEPARTURE_WITHDRAWN,
    /** The person is no longer among those it was given to: another department, post or class. */
    NO_LONGER_CONCERNED
}
