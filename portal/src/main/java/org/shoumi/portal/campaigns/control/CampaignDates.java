package org.shoumi.portal.campaigns.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The window of a campaign launched by hand: due from today to a year ahead, opening at most a year before today
 * (exams passed from then on count) and not more than a year before its due date, never after it. A campaign due
 * 9999-12-31 was shown as a deadline, and one opening in 1900 counted years-old exams (outside checks). Plain Java.
 */
public final class CampaignDates {

    /** The first rule a window breaks, checked in this order. */
    public enum Problem {
        /** No opening or no due date. */
        DATES_MISSING,
        /** Due before it opens. */
        DUE_BEFORE_OPENING,
        /** Due before today. */
        DUE_IN_PAST,
        /** Due more than a year after today. */
        DUE_TOO_FAR,
        /** Opening more than a year after today. */
        OPENS_TOO_FAR,
        /** Opening more than a year before today. */
        OPENS_TOO_EARLY,
        /** Opening more than a year before its due date. */
        WINDOW_TOO_LONG
    }

    private CampaignDates() {
    }

    /** The first rule the window breaks, if any. */
    public static Optional<Problem> problem(LocalDate opensOn, LocalDate dueOn, LocalDate today) {
        if (opensOn == null || dueOn == null) {
            return Optional.of(Problem.DATES_MISSING);
        }
        if (dueOn.isBefore(opensOn)) {
            return Optional.of(Problem.DUE_BEFORE_OPENING);
        }
        if (dueOn.isBefore(today)) {
            return Optional.of(Problem.DUE_IN_PAST);
        }
        if (dueOn.isAfter(today.plusYears(1))) {
            return Optional.of(Problem.DUE_TOO_FAR);
        }
        if (opensOn.isAfter(today.plusYears(1))) {
            return Optional.of(Problem.OPENS_TOO_FAR);
        }
        if (opensOn.isBefore(today.minusYears(1))) {
            return Optional.of(Problem.OPENS_TOO_EARLY);
        }
        if (opensOn.isBefore(dueOn.minusYears(1))) {
            return Optional.of(Problem.WINDOW_TOO_LONG);
        }
        return Optional.empty();
    }

    /**
     * What the message of a problem names: {0} the opening, {1} the due date, {2} today, {3} the latest day (a year
     * from today), {4} the earliest opening (a year before today), {5} the earliest opening for this due date.
     */
    public static List<Object> args(LocalDate opensOn, LocalDate dueOn, LocalDate today) {
        return List.of(text(opensOn), text(dueOn), today.toString(), today.plusYears(1).toString(),
                today.minusYears(1).toString(), dueOn == null ? "" : dueOn.minusYears(1).toString());
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
