package org.shoumi.portal.evidence.entity;

/**
 * The kinds of record the evidence log keeps; the order is the order of the one-time back-fill. A kind's reader never
 * changes what it covers (entries already appended would stop verifying): more is covered by a kind of its own, as
 * {@code DEPARTURE_CHECKLIST} covers the whole checklist of a departure beside its {@code DEPARTURE_APPROVAL}.
 */
public enum EvidenceKind {
    ACKNOWLEDGEMENT, QUIZ_ATTEMPT, SIGNED_PLEDGE, DEPARTURE_APPROVAL, PERSONNEL_CHANGE,
    PERIOD_ADJUSTMENT, QUIZ_ACCOMMODATION, SESSION_ATTENDANCE, VETTING, MATTER_STEP,
    TRAVEL_STEP, PASSPORT_CUSTODY, INCIDENT_STEP, CONDUCT_ENTRY, PLEDGE_ISSUE,
    DISCLOSURE_STEP, LIAISON_ENTRY, FINDING_STEP, SELF_INSPECTION, CERTIFICATE_REVOKED,
    DOCUMENT_VERSION, PERIOD_ENTRUSTMENT, DEPARTURE_WITHDRAWAL, EXIT_PLEDGE_PAPER, DEPARTURE_CHECKLIST,
    CONTACT_CHANGE,
    /** A change of what a login may do (table account_change): opened, a role granted or withdrawn, a reset …. */
    ACCOUNT_CHANGE,
    /** A download of people's records (table record_export, 导出记录). */
    RECORD_EXPORT,
    /** A topic pledge issue withdrawn by the secrecy office (table topic_issue_withdrawal). */
    TOPIC_ISSUE_WITHDRAWAL,
    /**
     * A department's self-inspection form handed over to whoever answers for the department now (table
     * inspection_hand_over): a deleted or altered row went unnoticed while the findings' hand-over steps were in the
     * chain (outside check ex-s36h 4).
     */
    INSPECTION_HAND_OVER,
    /**
     * One step of an open departure's checklist (table departure_step): the opening, a change of the planned last day,
     * a carrier line added, corrected or withdrawn, a return, the declaration of none, the briefing. The checklist
     * reached the chain only at approval, so a restore or a deleted row took it back unseen (outside check ex-s37c 1).
     */
    DEPARTURE_STEP,
    /**
     * A backup of the database made, or deleted by the retention rule (table backup_record): a copy of every record
     * was known only from a file beside it and the server log (outside check ex-s37c 2).
     */
    BACKUP,
    /**
     * A self-inspection round opened (table inspection_round): its name, scope, checklist and version, the day it
     * opened, its due day (which decides whether every form of it is overdue) and who opened it. A round's due day
     * could be moved in the database and verification still said complete (outside check ex-s38f 6).
     */
    INSPECTION_ROUND,
    /**
     * A finding raised by a submitted self-inspection (table inspection_finding): the form, the checklist item, its
     * question and remediation, the note with the "no", the owner it was raised for ({@code raised_owner_id}, which
     * a hand-over does not change) and its due day (outside check ex-s38f 6).
     */
    FINDING_RAISED
}
