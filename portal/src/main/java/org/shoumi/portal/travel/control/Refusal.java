package org.shoumi.portal.travel.control;

/**
 * Why a travel or passport step was not taken; each has the bundle key {@code travel.refused.<NAME>}, which names
 * the field at fault.
 */
public enum Refusal {
    UNKNOWN_EMPLOYEE, NO_APPROVAL_NEEDED, COUNTRY_MISSING, COUNTRY_UNKNOWN, DEPARTURE_MISSING, RETURN_MISSING,
    DEPARTURE_IN_PAST, RETURN_BEFORE_DEPARTURE, PURPOSE_MISSING, NOTE_TOO_LONG, OVERLAPS_APPROVED,
    UNKNOWN_REQUEST, NOT_PENDING, ALREADY_BRIEFED, BRIEFING_DAY_MISSING, BRIEFING_IN_FUTURE, GIVEN_BY_MISSING,
    GIVEN_BY_TOO_LONG, NO_BRIEFING, DEPARTURE_PASSED, OWN_REQUEST, OWN_PASSPORT, REASON_REQUIRED,
    /** a refusal whose reason only repeats it ("不予批准", "不同意出境"): no reason */
    REASON_RESTATES_DECISION, REASON_TOO_LONG,
    DEPARTURE_TOO_FAR_AHEAD, TRIP_TOO_LONG,
    CANNOT_WITHDRAW, ALREADY_DEPARTED, NOT_APPROVED, TRIP_NOT_STARTED, RETURNED_ON_MISSING,
    RETURNED_BEFORE_DEPARTURE, RETURNED_IN_FUTURE, DEBRIEF_NOTE_MISSING, DEBRIEF_NOTE_TOO_LONG,
    PASSPORT_ACTION_MISSING, PASSPORT_DAY_MISSING, PASSPORT_DAY_IN_FUTURE, PASSPORT_DAY_BEFORE_LAST,
    PASSPORT_NOT_HELD, PASSPORT_NOT_OUT, PASSPORT_OUT, NO_APPROVED_TRIP, PASSPORT_NOTE_TOO_LONG, BRIEFING_BEFORE_REQUEST,
    PASSPORT_DAY_BEFORE_HIRE, ALREADY_REQUESTED, PASSPORT_HELD,
    /** the days overlap another trip (another destination) waiting or approved: names that request and its days */
    OVERLAPS_REQUEST,
    OVERLAPS_COMPLETED, NO_CUSTODY_NEEDED, PASSPORT_OUT_NOT_GIVEN_BACK, PASSPORT_NOT_HELD_TO_GIVE_BACK,
    PAPER_NOT_A_LEAVER, PAPER_REFERENCE_MISSING, PAPER_REFERENCE_TOO_LONG,
    WITHDRAWAL_NOT_A_LEAVER, WITHDRAWAL_REFERENCE_MISSING, WITHDRAWAL_REFERENCE_TOO_LONG,
    DEBRIEF_NOT_A_LEAVER, DEBRIEF_REFERENCE_MISSING, DEBRIEF_REFERENCE_TOO_LONG,
    /** a hand-out dated before its trip's approval: names the request and the approval day */
    PASSPORT_BEFORE_APPROVAL,
    /** the trip departs after the 脱密期, the person's only reason to ask, has ended: names its last day */
    TRIP_AFTER_PERIOD,
    /** approving a trip that departs after the 脱密期 has ended: names its last day */
    APPROVAL_AFTER_PERIOD,
    /** approving a trip of a person who needs no approval any more (the 脱密期 ended, early or not) */
    APPROVAL_NOT_NEEDED
}
