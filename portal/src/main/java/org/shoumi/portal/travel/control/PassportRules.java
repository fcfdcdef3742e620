package org.shoumi.portal.travel.control;

import java.time.LocalDate;
import java.util.Optional;
import org.shoumi.portal.travel.entity.PassportAction;
import org.shoumi.portal.travel.entity.TripStatus;

/**
 * The passport custody log (护照集中保管): an entry follows the current state (deposit only while the unit neither
 * holds the passport nor has handed it out, and only for a person a travel rule covers; hand out only what the unit
 * holds and only for an approved trip; take back only what was handed out; give back to the holder for good only what
 * the unit holds), its day is not in the future and not before the previous entry. A passport handed out is
 * overdue once its trip's return day (the actual one once reported back) plus the configured days has passed.
 */
public final class PassportRules {

    private PassportRules() {
    }

    /**
     * @param current       the action of the person's latest entry, or null for none
     * @param lastDay       the day of the latest entry, or null
     * @param tripCovers    whether an approved trip of the person covers the day (for a hand-out)
     * @param approvalRequired whether a travel rule covers the person now (a secret-related post or a running
     *                      脱密期): a deposit only then
     */
    public static Optional<Refusal> check(PassportAction action, LocalDate day, String note, PassportAction current,
                                          LocalDate lastDay, boolean tripCovers, boolean approvalRequired,
                                          LocalDate today) {
        if (action == null) {
            return Optional.of(Refusal.PASSPORT_ACTION_MISSING);
        }
        if (day == null) {
            return Optional.of(Refusal.PASSPORT_DAY_MISSING);
        }
        if (day.isAfter(today)) {
            return Optional.of(Refusal.PASSPORT_DAY_IN_FUTURE);
        }
        if (lastDay != null && day.isBefore(lastDay)) {
            return Optional.of(Refusal.PASSPORT_DAY_BEFORE_LAST);
        }
        if (TravelRules.tooLong(note, TravelRules.MAX_NOTE_LENGTH)) {
            return Optional.of(Refusal.PASSPORT_NOTE_TOO_LONG);
        }
        switch (action) {
            case DEPOSITED -> {
                if (current == PassportAction.HANDED_OUT) {
                    return Optional.of(Refusal.PASSPORT_OUT);
                }
                // found by an outside check: a passport held since 2026-09-07 was deposited again on 2026-12-06,
                // twice in the log, and its "since" day moved
                if (current != null && current.heldByUnit()) {
                    return Optional.of(Refusal.PASSPORT_HELD);
                }
                // found by an outside check: a deposit was taken for a 非涉密 person in post, whom no travel rule
                // covers; nothing could ever give it back
                if (!approvalRequired) {
                    return Optional.of(Refusal.NO_CUSTODY_NEEDED);
                }
            }
            case GIVEN_BACK -> {
                // given back to the holder for good: only what the unit holds; one handed out comes back first
                if (current == PassportAction.HANDED_OUT) {
                    return Optional.of(Refusal.PASSPORT_OUT_NOT_GIVEN_BACK);
                }
                if (current == null || !current.heldByUnit()) {
                    return Optional.of(Refusal.PASSPORT_NOT_HELD_TO_GIVE_BACK);
                }
            }
            case HANDED_OUT -> {
                if (current == null || !current.heldByUnit()) {
                    return Optional.of(Refusal.PASSPORT_NOT_HELD);
                }
                if (!tripCovers) {
                    return Optional.of(Refusal.NO_APPROVED_TRIP);
                }
            }
            case RETURNED -> {
                if (current != PassportAction.HANDED_OUT) {
                    return Optional.of(Refusal.PASSPORT_NOT_OUT);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a trip from {@code departure} to {@code returnDay} covers a hand-out on {@code day}: from
     * {@code daysBefore} days before the departure up to the return day.
     */
    public static boolean covers(LocalDate departure, LocalDate returnDay, LocalDate day, int daysBefore) {
        return !day.isBefore(departure.minusDays(Math.max(0, daysBefore))) && !day.isAfter(returnDay);
    }

    /**
     * Whether a hand-out on {@code day} lies before the day its trip was approved ({@code approvedOn}): the passport
     * is handed out for an approved trip, so not before the approval (outside check: a hand-out dated five days
     * before the trip was even requested was logged against it).
     */
    public static boolean beforeApproval(LocalDate day, LocalDate approvedOn) {
        return day != null && approvedOn != null && day.isBefore(approvedOn);
    }

    /**
     * The last day a passport handed out for a trip may stay out: the trip's end ({@link TravelRules#tripEnd}: the
     * actual return day once reported back, else the planned one) plus the configured days.
     *
     * A passport handed out for a trip withdrawn since is due at once: the day of the withdrawal.
     *
     * @param lastStepDay the day of the trip's latest step (for a debriefed trip, the actual return day; for a
     *                    withdrawn one, the day of the withdrawal)
     */
    public static LocalDate dueBack(TripStatus status, LocalDate plannedReturn, LocalDate lastStepDay, int returnDays) {
        if (status == TripStatus.WITHDRAWN && lastStepDay != null) {
            // the trip it was handed out for will not be taken: due back at once, the day of the withdrawal
            return lastStepDay;
        }
        return dueBack(TravelRules.tripEnd(status, plannedReturn, lastStepDay), returnDays);
    }

    /**
     * Whether a passport handed out for a trip of this status, due back on {@code due}, is overdue: once the due day
     * has passed, and at once when the trip was withdrawn (the person holds a passport for no approved trip).
     */
    public static boolean overdue(TripStatus status, LocalDate due, LocalDate today) {
        return status == TripStatus.WITHDRAWN || today.isAfter(due);
    }

    /** The last day a handed-out passport may stay out: the trip's return day plus the configured days. */
    public static LocalDate dueBack(LocalDate returnDay, int returnDays) {
        return returnDay.plusDays(Math.max(0, returnDays));
    }

    public static boolean overdue(LocalDate returnDay, int returnDays, LocalDate today) {
        return today.isAfter(dueBack(returnDay, returnDays));
    }
}
