package org.shoumi.portal.departures.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * How long the 脱密期 lasts: a number of years per secrecy class, which each unit sets for itself (commonly 核心
 * 3–5, 重要 2–3, 一般 1–2), counted from the day the unit approves the departure. The period runs from the day the
 * person leaves the secret-related post, and the approval says they have left: it is never dated before their last
 * working day ({@link #approvalBeforeLastDay}), and a departure names a last working day at most a short grace
 * before the day it is opened ({@link #earliestLastDay}). A person not in a
 * secret-related post (非涉密), or a class configured with 0 years, gets no period. Plain Java: the years come
 * in from configuration, the dates from the caller.
 */
public final class PostExitPeriodPolicy {

    /** The first and last day (both included) of a 脱密期. */
    public record Span(LocalDate start, LocalDate end) {
    }

    /**
     * The longest a 脱密期 may run, in years from its start: a class's configured length (checked at start), a
     * length set by a document, or an extension.
     */
    public static final int MAX_YEARS = 50;

    private final int coreYears;
    private final int importantYears;
    private final int generalYears;

    public PostExitPeriodPolicy(int coreYears, int importantYears, int generalYears) {
        if (coreYears < 0 || importantYears < 0 || generalYears < 0) {
            throw new IllegalArgumentException("restriction years cannot be negative: "
                    + coreYears + "/" + importantYears + "/" + generalYears);
        }
        if (coreYears > MAX_YEARS || importantYears > MAX_YEARS || generalYears > MAX_YEARS) {
            throw new IllegalArgumentException("restriction years cannot exceed " + MAX_YEARS + ": "
                    + coreYears + "/" + importantYears + "/" + generalYears);
        }
        this.coreYears = coreYears;
        this.importantYears = importantYears;
        this.generalYears = generalYears;
    }

    /** The defaults: 核心 3 years, 重要 2, 一般 1. */
    public static PostExitPeriodPolicy defaults() {
        return new PostExitPeriodPolicy(3, 2, 1);
    }

    /** Years of restriction for a class; 0 for 非涉密. */
    public int years(SecrecyClass secrecyClass) {
        return switch (Objects.requireNonNull(secrecyClass)) {
            case CORE -> coreYears;
            case IMPORTANT -> importantYears;
            case GENERAL -> generalYears;
            case NONE -> 0;
        };
    }

    /**
     * The 脱密期 of a departure approved on {@code approvedOn}: it starts that day and ends the same calendar day
     * {@code years} later (29 February + 1 year → 28 February). Empty when the class has no period.
     */
    public Optional<Span> periodFrom(LocalDate approvedOn, SecrecyClass secrecyClass) {
        Objects.requireNonNull(approvedOn);
        int years = years(secrecyClass);
        if (years == 0) {
            return Optional.empty();
        }
        return Optional.of(new Span(approvedOn, approvedOn.plusYears(years)));
    }

    /**
     * The earliest planned last working day a departure opened on {@code openedOn} may name: {@code graceDays}
     * before it. A departure is recorded while it is under way; a last day long past (2024-06-01 on a departure
     * opened in 2026) would print a last working day years before the person's status changed and the period began.
     */
    public static LocalDate earliestLastDay(LocalDate openedOn, int graceDays) {
        if (graceDays < 0) {
            throw new IllegalArgumentException("the grace cannot be negative: " + graceDays);
        }
        return openedOn.minusDays(graceDays);
    }

    /**
     * Whether an approval on {@code approvedOn} comes before the person's planned last working day: the approval
     * says they have left the post (their status changes that day and the 脱密期 starts), which they have not while
     * they still work there. The approval on the last day itself is allowed.
     */
    public static boolean approvalBeforeLastDay(LocalDate approvedOn, LocalDate plannedLastDay) {
        return approvedOn.isBefore(plannedLastDay);
    }

    /** Whole days from {@code today} to the last day of the period: 0 on the last day, negative once it ended. */
    public static long daysLeft(LocalDate end, LocalDate today) {
        return ChronoUnit.DAYS.between(today, end);
    }
}
