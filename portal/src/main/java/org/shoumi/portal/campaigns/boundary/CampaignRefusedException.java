package org.shoumi.portal.campaigns.boundary;

import java.util.List;
import org.shoumi.portal.shared.Refused;

/** A campaign that was not launched, and why; nothing was stored. */
public class CampaignRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    /** The reasons; the date ones are {@link org.shoumi.portal.campaigns.control.CampaignDates.Problem}'s. */
    public enum Reason {
        CODE_TAKEN, CODE_JUST_LAUNCHED, CODE_INVALID, CODE_RESERVED, TITLE_MISSING, UNKNOWN_QUIZ, DATES_MISSING,
        DUE_BEFORE_OPENING, DUE_IN_PAST, DUE_TOO_FAR, OPENS_TOO_FAR, OPENS_TOO_EARLY, WINDOW_TOO_LONG, NOBODY_TARGETED,
        /** the bank can no longer draw the exam; args: its code, the questions a rule needs, those the bank has */
        QUIZ_UNDRAWABLE,
        /** the launch's warnings ({@link #warnings}) were not confirmed */
        WARNINGS_UNCONFIRMED
    }

    private final Reason reason;

    private final transient List<Object> args;

    private final transient Campaigns.Warnings warnings;

    public CampaignRefusedException(Reason reason) {
        this(reason, List.of());
    }

    /** A refusal whose message names what was refused (the dates, and the limits they broke). */
    public CampaignRefusedException(Reason reason, List<Object> args) {
        this(reason, args, null);
    }

    /** A launch held back until the officer confirms these warnings. */
    public CampaignRefusedException(Reason reason, List<Object> args, Campaigns.Warnings warnings) {
        super(reason.name());
        this.reason = reason;
        this.args = List.copyOf(args);
        this.warnings = warnings;
    }

    /** The warnings to confirm; null for any other refusal. */
    public Campaigns.Warnings warnings() {
        return warnings;
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
