package org.shoumi.portal.vetting.entity;

/** The outcome: a vetting is passed or not (通过 / 未通过); a review is satisfactory or not (合格 / 不合格). */
public enum VettingResult {
    PASSED(VettingKind.VETTING, true),
    NOT_PASSED(VettingKind.VETTING, false),
    SATISFACTORY(VettingKind.REVIEW, true),
    UNSATISFACTORY(VettingKind.REVIEW, false);

    private final VettingKind kind;
    private final boolean favourable;

    VettingResult(VettingKind kind, boolean favourable) {
        this.kind = kind;
        this.favourable = favourable;
    }

    public VettingKind kind() {
        return kind;
    }

    /** Whether the person may hold (or keep) the post on this result. */
    public boolean favourable() {
        return favourable;
    }
}
