package org.shoumi.portal.campaigns.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.shoumi.portal.campaigns.entity.ReminderSent.Kind;
import org.shoumi.portal.shared.ReminderDays;

/**
 * When someone with an open programme is reminded: on each configured day before the due date (e.g. 7 and 1
 * days before), and once it is overdue, on the day after the due date and then every N days. A reminder day
 * missed (the server was down, the mail server refused) is made up on the next run: the person gets the
 * reminder of the latest reminder day that has passed, once, unless one went out since. Reminder days before
 * the programme began do not count.
 */
public final class ReminderRule {

    private ReminderRule() {
    }

    /**
     * The reminder owed today, if any.
     *
     * @param startedOn the day the programme began
     * @param lastSent  the day the last reminder for this programme went out, null when none did
     */
    public static Optional<Kind> owed(LocalDate due, LocalDate today, boolean complete, List<Integer> daysBefore,
                                      int overdueEveryDays, LocalDate startedOn, LocalDate lastSent) {
        if (complete) {
            return Optional.empty();
        }
        return ReminderDays.owed(due, today, daysBefore, overdueEveryDays, startedOn, lastSent)
                .map(day -> day.isAfter(due) ? Kind.OVERDUE : Kind.BEFORE_DUE);
    }

    /** Why an open programme owed no reminder on a run. */
    public enum Skipped {
        /** No reminder day has come since the last reminder (or since it began): the next one is still ahead. */
        NOT_YET,
        /** Reminded today already (by an earlier run, or by another node of the cluster this run). */
        REMINDED_TODAY,
        /** Complete (every step done) or closed. */
        FINISHED
    }

    /**
     * Why a programme for which {@link #owed} found nothing owed no reminder today.
     *
     * @param lastSent the day the last reminder for this programme went out, null when none did
     */
    public static Skipped skipped(boolean complete, LocalDate today, LocalDate lastSent) {
        if (complete) {
            return Skipped.FINISHED;
        }
        return today.equals(lastSent) ? Skipped.REMINDED_TODAY : Skipped.NOT_YET;
    }

    /** Who else is told of an overdue programme: nobody, the department head, or the head and the secrecy office. */
    public enum Escalation { NONE, HEAD, OFFICER }

    /**
     * The escalation of a programme overdue since {@code due}: from {@code headDays} overdue to the department
     * head, from {@code officerDays} also to the secrecy office (a programme is one day overdue the day after its
     * due date).
     */
    public static Escalation escalation(LocalDate due, LocalDate today, int headDays, int officerDays) {
        long late = ChronoUnit.DAYS.between(due, today);
        if (late >= officerDays) {
            return Escalation.OFFICER;
        }
        return late >= headDays ? Escalation.HEAD : Escalation.NONE;
    }

    /**
     * Whether a reminder sent by hand tells the person in the portal again: not when they were told of the same
     * programme less than {@code quietMinutes} ago (three presses of 提醒 in a minute, the mail failing each time, put
     * three identical notices on the bell; outside check). The mail is still tried: the press asks for it.
     *
     * @param lastToldAt when the person was last told of this programme in the portal; null when never
     */
    public static boolean tellsInPortalAgain(java.time.Instant lastToldAt, java.time.Instant now, int quietMinutes) {
        return lastToldAt == null || !now.isBefore(lastToldAt.plus(java.time.Duration.ofMinutes(Math.max(0,
                quietMinutes))));
    }

    /** "7,1" → [7, 1]; blanks and non-numbers are ignored, negative days too ({@link ReminderDays#parse}). */
    public static List<Integer> days(String configured) {
        return ReminderDays.parse(configured);
    }
}
