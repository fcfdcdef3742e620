package org.shoumi.portal.departures.boundary;

import java.time.LocalDate;
import java.util.List;
import org.shoumi.portal.departures.control.ExitChecklist;
import org.shoumi.portal.shared.Refused;

/** A departure step that was not taken, and why; nothing was changed. */
public class DepartureRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        UNKNOWN_EMPLOYEE, NOT_IN_POST, ALREADY_OPEN, UNKNOWN_DEPARTURE, NOT_OPEN, UNKNOWN_CARRIER,
        ALREADY_RETURNED, DATE_IN_FUTURE, CHECKLIST_INCOMPLETE, APPROVAL_BEFORE_CHECKLIST,
        DUPLICATE_CARRIER, CARRIERS_LISTED, CARRIER_WITHDRAWN, PLEDGE_BEFORE_CHECKLIST, PLEDGE_BEFORE_STEPS_DONE,
        REASON_REQUIRED, TEXT_TOO_LONG, NO_PERIOD, NOT_LONGER, NOT_SHORTER, DATE_BEFORE_HIRE, DATE_BEFORE_POST,
        DATE_BEFORE_PERIOD, ALREADY_BRIEFED, PLEDGE_ALREADY_RECORDED, YEARS_OUT_OF_RANGE, UNCHANGED,
        LAST_DAY_TOO_FAR, DATE_BEFORE_OPENED, HANDOVER_OPEN, ENTRUSTMENT_UNCHANGED, ENTRUSTMENT_REASON_REQUIRED,
        EXTENDED_TOO_FAR, BRIEFING_BEFORE_CARRIERS, BRIEFING_BEFORE_RETURN,
        NOT_YET_HIRED, CONTACT_MISSING, CARRIER_AFTER_BRIEFING, WITHDRAWN, HANDOVER_NOT_WITHDRAWN,
        DOCUMENT_REQUIRED, EARLY_END_ON_START, LAST_DAY_TOO_EARLY, APPROVAL_BEFORE_LAST_DAY,
        LAST_DAY_UNCHANGED, LAST_DAY_REASON_REQUIRED, LAST_DAY_HANDOVER, RECEIVER_IS_LEAVER, BRIEFER_IS_LEAVER,
        SUCCESSOR_IS_PERSON, END_IN_PAST, ALREADY_LEFT_POST, LAST_DAY_BEFORE_LEFT_POST, NOT_ASKED_AFTER_POST,
        APPROVER_IS_LEAVER, PLEDGE_PERIOD_CHANGED, OWN_DEPARTURE, REVIEW_STANDS, VETTING_STANDS,
        /** a reason kept for good that says nothing: "-", "无" or "同意" alone ({@code Texts.saysSomething}) */
        REASON_SAYS_NOTHING,
        /**
         * a name or a reference kept as evidence that names nothing ({@code Texts.namesSomething}: "-", "/" or "无"
         * alone), one per field: a carrier's name or number, its receiver, a hand-over's successor, the briefer, where
         * the paper exit pledge is kept, who approved a 脱密期 change and its document, the entrusted body and its
         * document, a reported contact and employer
         */
        CARRIER_NAMES_NOTHING, RECEIVER_NAMES_NOTHING, SUCCESSOR_NAMES_NOTHING, BRIEFER_NAMES_NOTHING,
        PAPER_REF_NAMES_NOTHING, APPROVER_NAMES_NOTHING, DOCUMENT_NAMES_NOTHING, ORGANISATION_NAMES_NOTHING,
        ENTRUSTMENT_REF_NAMES_NOTHING, CONTACT_NAMES_NOTHING, EMPLOYER_NAMES_NOTHING
    }

    private final Reason reason;
    private final List<ExitChecklist.Item> missing;
    private final List<String> carriersOut;
    private final LocalDate day;
    private final Integer days;
    private final Integer statedYears;
    private final Integer years;
    private Long record;
    private final List<DepartureRefusedException> alsoRefused = new java.util.ArrayList<>();

    public DepartureRefusedException(Reason reason) {
        this(reason, List.of(), List.of());
    }

    /** A refusal about a date: the earliest day allowed (checklist completed, hire date, start of the period). */
    public DepartureRefusedException(Reason reason, LocalDate day) {
        this(reason, day, null);
    }

    /** A refusal about a date that follows from a configured number of days (the grace for a last day). */
    public DepartureRefusedException(Reason reason, LocalDate day, Integer days) {
        super(reason + " " + day + (days == null ? "" : " (" + days + " days)"));
        this.reason = reason;
        this.missing = List.of();
        this.carriersOut = List.of();
        this.day = day;
        this.days = days;
        this.statedYears = null;
        this.years = null;
    }

    /**
     * An approval refused because the exit pledge signed (or recorded on paper) on {@code day} states
     * {@code statedYears} of 脱密期 and the approval would start {@code years}.
     */
    public DepartureRefusedException(Reason reason, LocalDate day, int statedYears, int years) {
        super(reason + " " + day + " (" + statedYears + " years stated, " + years + " now)");
        this.reason = reason;
        this.missing = List.of();
        this.carriersOut = List.of();
        this.day = day;
        this.days = null;
        this.statedYears = statedYears;
        this.years = years;
    }

    public DepartureRefusedException(Reason reason, List<ExitChecklist.Item> missing, List<String> carriersOut) {
        super(reason + (missing.isEmpty() ? "" : " " + missing + " " + carriersOut));
        this.reason = reason;
        this.missing = List.copyOf(missing);
        this.carriersOut = List.copyOf(carriersOut);
        this.day = null;
        this.days = null;
        this.statedYears = null;
        this.years = null;
    }

    /**
     * Several refusals of one submission, given at once: the first, carrying the others ({@link #alsoRefused}); the
     * same reason for the same day is given once.
     */
    public static DepartureRefusedException all(List<DepartureRefusedException> refusals) {
        DepartureRefusedException first = refusals.get(0);
        for (DepartureRefusedException other : refusals.subList(1, refusals.size())) {
            boolean repeated = other.reason == first.reason && java.util.Objects.equals(other.day, first.day)
                    || first.alsoRefused.stream().anyMatch(r -> r.reason == other.reason
                    && java.util.Objects.equals(r.day, other.day));
            if (!repeated) {
                first.alsoRefused.add(other);
                first.addSuppressed(other);
            }
        }
        return first;
    }

    /**
     * A withdrawal refused because the departure was opened by a vetting record that still stands: the record's held
     * day and number ({@link Reason#REVIEW_STANDS}, {@link Reason#VETTING_STANDS}).
     */
    public static DepartureRefusedException ofRecord(Reason reason, LocalDate heldOn, long recordId) {
        DepartureRefusedException refused = new DepartureRefusedException(reason, heldOn, null);
        refused.record = recordId;
        return refused;
    }

    /** For {@link Reason#REVIEW_STANDS} and {@link Reason#VETTING_STANDS}: the vetting record's number, else null. */
    public Long record() {
        return record;
    }

    /** The other refusals of the same submission, given with this one ({@link #all}); empty for one alone. */
    public List<DepartureRefusedException> alsoRefused() {
        return List.copyOf(alsoRefused);
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /**
     * For {@link Reason#CHECKLIST_INCOMPLETE}, {@link Reason#PLEDGE_BEFORE_CHECKLIST} and
     * {@link Reason#BRIEFING_BEFORE_CARRIERS}: what is missing, in order.
     */
    public List<ExitChecklist.Item> missing() {
        return missing;
    }

    /** The day a date refusal refers to, or null. */
    public LocalDate day() {
        return day;
    }

    /** The number of days a date refusal follows from (the configured grace), or null. */
    public Integer days() {
        return days;
    }

    /** For {@link Reason#PLEDGE_PERIOD_CHANGED}: the years of 脱密期 the exit pledge states, else null. */
    public Integer statedYears() {
        return statedYears;
    }

    /** For {@link Reason#PLEDGE_PERIOD_CHANGED}: the years the approval would start, else null. */
    public Integer years() {
        return years;
    }

    /** For {@link Reason#CHECKLIST_INCOMPLETE}: the descriptions of the carriers not yet returned. */
    public List<String> carriersOut() {
        return carriersOut;
    }
}
