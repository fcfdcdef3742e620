package org.shoumi.portal.vetting.entity;

/** 上岗审查 (before a secret-related post) or 复审 (the periodic review of a person in post). */
public enum VettingKind {
    VETTING, REVIEW;

    /** The results a record of this kind may have. */
    public boolean allows(VettingResult result) {
        return result != null && result.kind() == this;
    }
}
