package org.shoumi.portal.evidence.entity;

/** The kinds of record the evidence log keeps; the order is the order of the one-time back-fill. */
public enum EvidenceKind {
    ACKNOWLEDGEMENT, QUIZ_ATTEMPT, SIGNED_PLEDGE, DEPARTURE_APPROVAL, PERSONNEL_CHANGE,
    PERIOD_ADJUSTMENT, QUIZ_ACCOMMODATION, SESSION_ATTENDANCE, VETTING, MATTER_STEP,
    TRAVEL_STEP, PASSPORT_CUSTODY, INCIDENT_STEP, CONDUCT_ENTRY, PLEDGE_ISSUE,
    DISCLOSURE_STEP, LIAISON_ENTRY, FINDING_STEP
}
