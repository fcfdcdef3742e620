package org.shoumi.portal.disclosures.boundary;

import java.util.List;
import org.shoumi.portal.shared.Refused;

/** A request or step that was not recorded, and why; nothing was stored. */
public class DisclosureRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    /** Each reason has the message disclosures.refused.&lt;REASON&gt; in both bundles, naming the field. */
    public enum Reason {
        /** the login belongs to no person on the roster */
        NO_PERSON,
        TITLE_MISSING,
        TITLE_TOO_LONG,
        KIND_MISSING,
        CHANNEL_MISSING,
        CHANNEL_TOO_LONG,
        SUMMARY_MISSING,
        SUMMARY_TOO_LONG,
        REFERENCE_TOO_LONG,
        /** the planned day is before today */
        PLANNED_IN_PAST,
        /** the planned day lies too far ahead ({@link #args()}: the days allowed, the latest day) */
        PLANNED_TOO_FAR_AHEAD,
        /** the requester did not confirm having checked it themselves */
        SELF_CHECK_MISSING,
        /** the same request (every field alike) is being reviewed or was sent moments ago: a form sent twice */
        ALREADY_REQUESTED,
        /** no such request (or not one this login may read) */
        UNKNOWN_REQUEST,
        CLOSED,
        /** a withdrawal after the secrecy office's decision */
        ALREADY_DECIDED,
        /** withdrawn by the requester */
        WITHDRAWN,
        ALREADY_CHECKED,
        NOT_CHECKED,
        NOT_APPROVED,
        ALREADY_PUBLISHED,
        OWN_REQUEST,
        NOT_DEPARTMENT_REVIEWER,
        NOT_OFFICER,
        NOT_REQUESTER,
        /** no decision chosen */
        DECISION_MISSING,
        /** a refusal or an approval with changes without its reason */
        NOTE_MISSING,
        /** the department's refusal without its reason (the department has no "approve with changes") */
        CHECK_NOTE_MISSING,
        /** a refusal or an approval with changes whose text only repeats the decision ("不予公开", "删改后同意") */
        NOTE_RESTATES_DECISION,
        /** the department's refusal whose reason only repeats it ("不同意公开", the option's own label) */
        CHECK_NOTE_RESTATES_DECISION,
        NOTE_TOO_LONG,
        PUBLISHED_DAY_MISSING,
        PUBLISHED_DAY_IN_FUTURE,
        PUBLISHED_BEFORE_APPROVAL,
        /** where it was published is not given */
        PLACE_MISSING,
        PLACE_TOO_LONG
    }

    private final Reason reason;
    private final List<Object> args;

    public DisclosureRefusedException(Reason reason) {
        this(reason, List.of());
    }

    /** A refusal whose message names a time or a name ({@code args}, in the message's order). */
    public DisclosureRefusedException(Reason reason, List<Object> args) {
        super(reason.name() + (args.isEmpty() ? "" : " " + args));
        this.reason = reason;
        this.args = List.copyOf(args);
    }

    @Override
    public Reason reason() {
        return reason;
    }

    @Override
    public List<Object> args() {
        return args;
    }
}
