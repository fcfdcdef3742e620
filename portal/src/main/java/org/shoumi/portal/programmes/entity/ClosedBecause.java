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
     * outside checks); it stays in the person's own record and history. See also {@link #counted(ClosedBecause,
     * LocalDate, LocalDate)}, the whole rule, and {@link #counted(String)}, the same in JPQL.
     */
    public static boolean counted(ClosedBecause why) {
        return why != DEPARTURE_WITHDRAWN && why != HIRE_CORRECTED;
    }

    /**
     * Whether a programme counts in the completion figures: not for a reason that was never owed ({@link
     * #counted(ClosedBecause)}), and not closed before its first day, whatever the reason (a move, a departure or a
     * class change registered before its window opened: nothing of it could be done yet, and it was counted
     * 已关闭未完成, lowering next year's rates before the year began and a department's rate for people moved into
     * it in December: outside check). One closed on its first day or later counts. {@code closedOn} is the unit's
     * day it was closed (null: open, or closed before the day was kept, counted as before).
     */
    public static boolean counted(ClosedBecause why, java.time.LocalDate closedOn, java.time.LocalDate startedOn) {
        return counted(why) && (closedOn == null || startedOn == null || !closedOn.isBefore(startedOn));
    }

    /**
     * The whole rule with what came after: a campaign's programme closed unfinished that the same person was given
     * again later (moved back into the campaign's audience while it still ran, {@code givenAgain}) does not count: the
     * later one does, so the person is counted once and the department that gave it is not charged with a closed
     * programme it can neither chase nor complete (outside check ex-s38e 2: 借调 for a few minutes left 办公室 with
     * 已关闭未完成 and the campaign at 0/4 for good). It stays in the person's own record and history.
     */
    public static boolean counted(ClosedBecause why, java.time.LocalDate closedOn, java.time.LocalDate startedOn,
                                  boolean givenAgain) {
        return !givenAgain && counted(why, closedOn, startedOn);
    }

    /**
     * Whether a programme was given again (see {@link #counted(ClosedBecause, java.time.LocalDate,
     * java.time.LocalDate, boolean)}): closed unfinished, of a campaign, and the same person has a programme of that
     * campaign given after it ({@code laterOfSameCampaign}).
     */
    public static boolean givenAgain(boolean closedUnfinished, String campaignCode, boolean laterOfSameCampaign) {
        return closedUnfinished && campaignCode != null && laterOfSameCampaign;
    }

    /**
     * {@link #counted(ClosedBecause, java.time.LocalDate, java.time.LocalDate, boolean)} as a JPQL condition on the
     * {@code Assignment} of this alias: a programme given again later is left out, the later one counts.
     */
    public static String counted(String alias) {
        String later = alias + "Later";
        return "((" + alias + ".closedBecause is null or " + alias + ".closedBecause not in ("
                + ClosedBecause.class.getName() + "." + DEPARTURE_WITHDRAWN.name() + ", "
                + ClosedBecause.class.getName() + "." + HIRE_CORRECTED.name() + ")) and ("
                + alias + ".closedOn is null or " + alias + ".closedOn >= " + alias + ".startedOn) and ("
                + alias + ".closedAt is null or " + alias + ".completedAt is not null or " + alias
                + ".campaignCode is null or not exists (select " + later + ".id from Assignment " + later + " where "
                + later + ".employee = " + alias + ".employee and " + later + ".campaignCode = " + alias
                + ".campaignCode and " + later + ".id > " + alias + ".id)))";
    }

    /**
     * The department a programme counts in, in every department figure (the dashboard, its drill-down and CSV, the
     * year report): one closed by a move or a departure ({@link #keepsDepartment}) in the department the person was in
     * when it was closed ({@code closedIn}, the one that gave it); any other in the person's department ({@code
     * personsDepartment}: where the year's people are counted). A move out of a one-department campaign charged its
     * closed programme to the department moved to, which never gave it, and dropped it from the one that did, whose
     * figure then contradicted the campaign's (outside check). {@link #countedIn(String, String, String)} is the same in
     * JPQL.
     */
    public static String countedIn(ClosedBecause why, String closedIn, String personsDepartment) {
        return keepsDepartment(why) && closedIn != null ? closedIn : personsDepartment;
    }

    /**
     * Whether a programme closed for this reason keeps the department the person was in when it was closed, and
     * counts there ({@link #countedIn(ClosedBecause, String, String)}): a move ({@link #NO_LONGER_CONCERNED}), and a
     * departure ({@link #LEFT}; {@link #DEPARTURE_APPROVED}, the exit programme of a lowering): a 离岗 that also moved
     * the person charged the given department's programmes to the department moved to (outside check). The others
     * count nowhere ({@link #counted(ClosedBecause)}).
     */
    public static boolean keepsDepartment(ClosedBecause why) {
        return why == NO_LONGER_CONCERNED || why == LEFT || why == DEPARTURE_APPROVED;
    }

    /**
     * {@link #countedIn(ClosedBecause, String, String)} as a JPQL condition: the {@code Assignment} of this alias
     * counts in the department given by the parameter {@code department} (e.g. {@code :department}), the person's
     * department being {@code personIn} (a JPQL condition on the person, e.g. {@code d.code = :department}). The
     * department is kept for a programme closed by a move or a departure only ({@link #keepsDepartment}).
     */
    public static String countedIn(String alias, String department, String personIn) {
        return "(" + alias + ".closedIn = " + department + " or (" + alias + ".closedIn is null and " + personIn
                + "))";
    }
}
