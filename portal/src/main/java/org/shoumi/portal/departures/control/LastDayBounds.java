package org.shoumi.portal.departures.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a departure's planned last working day (计划最后工作日) may name, the same when it is opened and when HR
 * changes it while the departure is open: not before the person was hired (or took up the post, when that came
 * first: {@link #firstDay}), not before
 * {@link PostExitPeriodPolicy#earliestLastDay} of the day the departure was opened (a short grace), and not after a
 * year from today (a departure is recorded while it is under way). Plain Java: the days come in from the caller.
 *
 * @param hired    the person's first day ({@link #firstDay}: the hire day, or the day they took up the post before it)
 * @param earliest the earliest day the grace allows (counted from the day the departure was opened)
 * @param latest   the latest day allowed
 */
public record LastDayBounds(LocalDate hired, LocalDate earliest, LocalDate latest) {

    /** Why a day is outside the bounds; {@link #limit} gives the day the refusal names. */
    public enum Problem {
        BEFORE_HIRE, TOO_EARLY, TOO_FAR
    }

    public LastDayBounds {
        Objects.requireNonNull(hired);
        Objects.requireNonNull(earliest);
        Objects.requireNonNull(latest);
    }

    /** The bounds for a departure opened on {@code openedOn}, with the configured grace, seen on {@code today}. */
    public static LastDayBounds of(LocalDate hired, LocalDate openedOn, int graceDays, LocalDate today) {
        return new LastDayBounds(hired, PostExitPeriodPolicy.earliestLastDay(openedOn, graceDays), today.plusYears(1));
    }

    /** What is wrong with {@code day}, the first of hire, grace and latest; empty when it may be named. */
    public Optional<Problem> problem(LocalDate day) {
        Objects.requireNonNull(day);
        if (day.isBefore(hired)) {
            return Optional.of(Problem.BEFORE_HIRE);
        }
        if (day.isBefore(earliest)) {
            return Optional.of(Problem.TOO_EARLY);
        }
        if (day.isAfter(latest)) {
            return Optional.of(Problem.TOO_FAR);
        }
        return Optional.empty();
    }

    /**
     * The first day a departure of a person may name (its planned last day, a step of its checklist, its approval):
     * the hire day, or the day the person took up the post when that came before it ({@code inPostSince}, null when
     * they never did): a hire trained ahead of their first day is in post (在岗) and leaves the post by a departure,
     * which the hire day still to come refused, so that the lowering was saved as a correction of the hire with no
     * 脱密期 (outside check).
     */
    public static LocalDate firstDay(LocalDate hired, LocalDate inPostSince) {
        Objects.requireNonNull(hired);
        return inPostSince != null && inPostSince.isBefore(hired) ? inPostSince : hired;
    }

    /**
     * The day the exit training of a departure is due: its planned last working day, but not before {@code today}
     * (a last day in the past, within the grace, makes it due today). The answer to HR names this day, not the last
     * day (it said "离岗培训同日截止" naming a past day while the programme was due today; outside check).
     */
    public static LocalDate exitTrainingDue(LocalDate plannedLastDay, LocalDate today) {
        return plannedLastDay.isBefore(today) ? today : plannedLastDay;
    }

    /** The day a refusal for {@code problem} names: the hire day, the earliest or the latest day allowed. */
    public LocalDate limit(Problem problem) {
        return switch (problem) {
            case BEFORE_HIRE -> hired;
            case TOO_EARLY -> earliest;
            case TOO_FAR -> latest;
        };
    }
}
