package org.shoumi.portal.campaigns.boundary;

import java.util.List;
import org.shoumi.portal.shared.Refused;

/** A plan change that was refused, and why; nothing was stored. {@code details} name the items concerned. */
public class PlanRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** the year is not a plausible plan year */
        YEAR,
        TITLE_MISSING,
        NO_SUCH_PLAN,
        /** the plan was started and can no longer change */
        STARTED,
        /** the plan is being started right now */
        STARTING,
        /** a plan without items cannot be started */
        EMPTY,
        /** no plan of the previous year to copy */
        NOTHING_TO_COPY,
        /** item title missing or too long */
        ITEM_TITLE,
        /** the window is missing or ends before it opens */
        WINDOW,
        /** the window leaves the plan year */
        OUTSIDE_YEAR,
        /** 学时 below zero, too many, or finer than a tenth */
        HOURS,
        /** another item for the same people overlaps in time */
        OVERLAP,
        UNKNOWN_QUIZ,
        UNKNOWN_DEPARTMENT,
        /** neither a quiz nor a pledge: the item would ask for nothing but reading */
        NOTHING_ASKED,
        /** an item's exam is named by another year than the plan's: the officer picks the year's exam */
        EXAM_OF_ANOTHER_YEAR,
        /** the plan year has ended: its programmes would start and be due after it */
        YEAR_ENDED,
        /** an item's window ended before today: its programmes would be due after it (item, opens, due) */
        ITEM_ENDED,
        /** last year's plan was copied into this year already: the earlier copy is named */
        ALREADY_COPIED,
        /** an item overlaps an item of a plan of the year started already: its campaign and plan are named */
        OVERLAP_STARTED,
        /** the bank can no longer draw an item's exam: the item, the exam, the questions needed and available */
        QUIZ_UNDRAWABLE,
        /**
         * an item's exam and window overlap an open campaign launched by hand for some of its people, and the
         * officer has not confirmed it: the item, the campaign's code, title, opening and due dates, the people in both
         */
        OVERLAPS_CAMPAIGN
    }

    private final Reason reason;
    private final List<String> details;
    private String overlapKey;

    public PlanRefusedException(Reason reason, String... details) {
        super(reason.name() + (details.length == 0 ? "" : " " + String.join(", ", details)));
        this.reason = reason;
        this.details = List.of(details);
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /** This refusal for the overlap named, known to the start by {@code key} ({@link #overlapKey}). */
    PlanRefusedException overlap(String key) {
        this.overlapKey = key;
        return this;
    }

    /**
     * For {@link Reason#OVERLAPS_CAMPAIGN}: the overlap named, which the page gives back to the start once the
     * officer confirmed it ({@link Plans#start(long, String, java.util.Set, Plans.Progress)}); null otherwise.
     */
    public String overlapKey() {
        return overlapKey;
    }

    /** What the message names: the item (and the item it overlaps), the unknown code. */
    public List<String> details() {
        return details;
    }
}
