package org.shoumi.portal.liaisons.boundary;

import org.shoumi.portal.shared.Refused;

/** An appointment or end that was not recorded, and why; nothing was stored. */
public class LiaisonRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    /** Each reason has the message liaisons.refused.&lt;REASON&gt; in both bundles, naming the field. */
    public enum Reason {
        DEPARTMENT_MISSING,
        UNKNOWN_DEPARTMENT,
        PERSON_MISSING,
        UNKNOWN_PERSON,
        NOT_IN_DEPARTMENT,
        PERSON_GONE,
        NOT_YET_IN_POST,
        ALREADY_SERVING,
        DAY_MISSING,
        DAY_IN_FUTURE,
        ENDS_BEFORE_START,
        /** an appointment dated before the person was hired */
        BEFORE_HIRE,
        REFERENCE_TOO_LONG,
        REASON_MISSING,
        REASON_TOO_LONG,
        /** no such current appointment (unknown, or ended already) */
        NOT_CURRENT
    }

    private final Reason reason;

    public LiaisonRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
