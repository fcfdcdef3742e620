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
    NO_LONGER_CONCERNED,
    /**
     * The hire's secrecy class was corrected before they took up the post (上岗前更正): the onboarding was given
     * only because of a registration error, so, like a departure withdrawn, it was never owed.
     */
    HIRE_CORRECTED;

    /**
     * Whether a programme closed for this reason (null: not closed, or closed before reasons were kept) counts in the
     * completion figures: the dashboard, the year report in every format, the campaigns' counts and the drill-down. One
     * closed because its departure was withdrawn as opened by mistake, or because the hire's class was corrected
     * before they took up the post, was never owed and counts nowhere (each lowered the rate as closed unfinished:
     * outside checks); it stays in the person's own record and history. {@link
     * #counted(String)} is the same rule in JPQL.
     */
    public static boolean counted(ClosedBecause why) {
        return why != DEPARTURE_WITHDRAWN && why != HIRE_CORRECTED;
    }

    /** {@link #counted(ClosedBecause)} as a JPQL condition on the {@code Assignment} of this alias. */
    public static String counted(String alias) {
        return "(" + alias + ".closedBecause is null or " + alias + ".closedBecause not in ("
                + ClosedBecause.class.getName() + "." + DEPARTURE_WITHDRAWN.name() + ", "
                + ClosedBecause.class.getName() + "." + HIRE_CORRECTED.name() + "))";
    }
}
