package org.shoumi.portal.campaigns.boundary;

import org.shoumi.portal.shared.Refused;

/** A campaign that was not launched, and why; nothing was stored. */
public class CampaignRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    public enum Reason { CODE_TAKEN, CODE_INVALID, CODE_RESERVED, TITLE_MISSING, UNKNOWN_QUIZ, DATES, NOBODY_TARGETED }

    private final Reason reason;

    public CampaignRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    @Override
    public Reason reason() {
        return reason;
    }
}
