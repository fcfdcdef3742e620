package org.shoumi.portal.departures.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.shoumi.portal.departures.entity.PeriodAdjustment;

/**
 * What is wrong with a change of a 脱密期 (另定年限, 延长, 提前结束) as submitted, every problem of one submission at once,
 * each with the day its refusal names: an early end without its approval document's reference was refused for the
 * missing reference alone, and the date's own problems (in the past, after the current end) came one try after
 * another (outside check). The leaver cannot approve a change of their own period, whatever its kind, as they
 * cannot receive their own carriers (outside check: 批准人 朱文博 on 朱文博's own early end). Plain Java: the days come
 * in from the caller.
 *
 * @param start      the period's first day
 * @param currentEnd the period's last day as it stands
 * @param today      the unit's today
 * @param maxYears   the longest length a period may be given, from its start
 */
public record PeriodAdjustmentCheck(LocalDate start, LocalDate currentEnd, LocalDate today, int maxYears) {

    /** Why a change is refused. */
    public enum Problem {
        /** The new end, or for a length set anew the years, is missing. */
        END_MISSING,
        /** The approver named is the person whose period it is. */
        APPROVER_IS_LEAVER,
        /** A length set anew or an early end without the approval document's reference. */
        DOCUMENT_REQUIRED,
        /** A length of fewer than 1 or more than {@code maxYears} years. */
        YEARS_OUT_OF_RANGE,
        /** An extension not after the current end (names the current end). */
        NOT_LONGER,
        /** An extension past {@code maxYears} from the start (names the latest end). */
        EXTENDED_TOO_FAR,
        /** An early end not before the current end (names the current end). */
        NOT_SHORTER,
        /** An early end on or before the first day, which would leave no period (names the earliest end). */
        EARLY_END_ON_START,
        /** A shorter period ending before today (names today, the earliest end). */
        END_IN_PAST,
        /** The end the period has already (names it). */
        UNCHANGED
    }

    /** One problem and the day its refusal names (the limit), or null when it names none. */
    public record Refusal(Problem problem, LocalDate day) {
    }

    public PeriodAdjustmentCheck {
        Objects.requireNonNull(start);
        Objects.requireNonNull(currentEnd);
        Objects.requireNonNull(today);
    }

    /**
     * The earliest day an early end may name: the day after the period's first day (ending on it leaves no period),
     * and not before today (the days gone by the person was bound).
     */
    public LocalDate earliestEarlyEnd() {
        LocalDate afterStart = start.plusDays(1);
        return afterStart.isAfter(today) ? afterStart : today;
    }

    /** The end a change gives: the start plus the years for a length set anew, else the day named; null if missing. */
    public LocalDate end(PeriodAdjustment.Kind kind, Integer years, LocalDate newEnd) {
        if (kind == PeriodAdjustment.Kind.SET_LENGTH) {
            return years == null || years < 1 || years > maxYears ? null : start.plusYears(years);
        }
        return newEnd;
    }

    /**
     * Every problem of the change, in the order of the form (approver, document, date); empty when it may be saved.
     *
     * @param approvedBy       the approver as typed
     * @param leaverName       the name of the person whose period it is
     * @param documentGiven    whether the approval document's reference was given
     */
    public List<Refusal> refusals(PeriodAdjustment.Kind kind, Integer years, LocalDate newEnd, String approvedBy,
                                  String leaverName, boolean documentGiven) {
        Objects.requireNonNull(kind);
        List<Refusal> found = new ArrayList<>();
        if (OtherPerson.isLeaver(approvedBy, leaverName)) {
            found.add(new Refusal(Problem.APPROVER_IS_LEAVER, null));
        }
        if (kind.needsDocument() && !documentGiven) {
            found.add(new Refusal(Problem.DOCUMENT_REQUIRED, null));
        }
        if (kind == PeriodAdjustment.Kind.SET_LENGTH && years != null && (years < 1 || years > maxYears)) {
            // no period at all is an early end (提前结束), with its own day and reason
            found.add(new Refusal(Problem.YEARS_OUT_OF_RANGE, null));
            return found;
        }
        LocalDate end = end(kind, years, newEnd);
        if (end == null) {
            found.add(new Refusal(Problem.END_MISSING, null));
            return found;
        }
        switch (kind) {
            case EXTEND -> {
                LocalDate latest = start.plusYears(maxYears);
                if (!end.isAfter(currentEnd)) {
                    found.add(new Refusal(Problem.NOT_LONGER, currentEnd));
                } else if (end.isAfter(latest)) {
                    // as a length set by a document: an extension to 2999 is a slip of the keyboard
                    found.add(new Refusal(Problem.EXTENDED_TOO_FAR, latest));
                }
            }
            case END_EARLY -> {
                if (!end.isBefore(currentEnd)) {
                    found.add(new Refusal(Problem.NOT_SHORTER, currentEnd));
                }
                LocalDate earliest = earliestEarlyEnd();
                if (end.isBefore(earliest)) {
                    // one refusal naming the real limit, whether the day is before the start or in the past
                    found.add(earliest.equals(today) && !today.equals(start.plusDays(1))
                            ? new Refusal(Problem.END_IN_PAST, today)
                            : new Refusal(Problem.EARLY_END_ON_START, earliest));
                }
            }
            case SET_LENGTH -> {
                if (end.equals(currentEnd)) {
                    // a length that gives the end the period has already: an adjustment that adjusts nothing
                    found.add(new Refusal(Problem.UNCHANGED, end));
                } else if (end.isBefore(currentEnd) && end.isBefore(today)) {
                    // a shorter length takes effect from now on: dated back, it would say the person was free on
                    // days they were still bound (outside check: 提前结束 accepted months in the past)
                    found.add(new Refusal(Problem.END_IN_PAST, today));
                }
            }
        }
        return found;
    }
}
