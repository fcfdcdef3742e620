package org.shoumi.portal.vetting.boundary;

import org.shoumi.portal.shared.Refused;

/** A vetting or review that was not recorded, and why; nothing was stored. */
public class VettingRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    /** Each reason has the message vetting.refused.&lt;REASON&gt; in both bundles, naming the field. */
    public enum Reason {
        /** no staff number, or no person with it */
        UNKNOWN_PERSON,
        /** the person has left the unit */
        PERSON_LEFT_UNIT,
        /** a review is for a person in post in a secret-related class */
        NOT_IN_SECRET_POST,
        /** a review of a person not yet in post (待上岗): their vetting is what counts before the post */
        NOT_YET_IN_POST,
        /** the login recording is the person's own: another secrecy officer or HR records it */
        OWN_RECORD,
        /** no kind */
        KIND_MISSING,
        /** no result, or a result of the other kind (a review cannot be 通过) */
        RESULT_INVALID,
        /** no day */
        DAY_MISSING,
        /** the day is after today */
        DAY_IN_FUTURE,
        /** a vetting's day is more than the allowed days before the hire date */
        DAY_BEFORE_HIRE,
        /** a review's day is before the hire date */
        REVIEW_BEFORE_HIRE,
        /** no approver */
        APPROVER_MISSING,
        /** approver longer than 50 */
        APPROVER_TOO_LONG,
        /** no file reference */
        FILE_REF_MISSING,
        /** file reference longer than 100 */
        FILE_REF_TOO_LONG,
        /** note longer than 200 */
        NOTE_TOO_LONG,
        /** the same vetting (person, kind, day, result) is on record already: a form sent twice */
        ALREADY_RECORDED
    }

    private final Reason reason;

    public VettingRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
