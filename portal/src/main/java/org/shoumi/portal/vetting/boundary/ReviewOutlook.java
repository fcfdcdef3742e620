package org.shoumi.portal.vetting.boundary;

import java.time.LocalDate;

/**
 * Where a person stands for their next review (the history page's line under the heading): due on a day, no longer
 * scheduled because the newest record is a review found 不合格 or a vetting not passed (with that record's day),
 * not yet in post (待上岗, with or without the vetting their class needs), not due at all (not in post in a secret-related class), or no such staff number.
 */
public record ReviewOutlook(State state, LocalDate day) implements java.io.Serializable {

    /** Each state has the message vetting.history.outlook.&lt;STATE&gt; in both bundles. */
    public enum State {
        /** a review is due on {@code day} */
        DUE,
        /** the newest record, held on {@code day}, is a review found unsatisfactory */
        REVIEW_FAILED,
        /** the newest record, held on {@code day}, is a vetting not passed */
        VETTING_NOT_PASSED,
        /** not yet in post (待上岗) in a secret-related class: no review before the post is taken up */
        ONBOARDING,
        /** as {@link #ONBOARDING}, and the passed vetting (上岗审查) their class needs first is not on record */
        ONBOARDING_VETTING_MISSING,
        /**
         * in post (在岗) in 核心 or 重要 since {@code day} (raised into the class, or back in post) with no passed
         * 上岗审查 for it on record
         */
        IN_POST_VETTING_MISSING,
        /** not in post in a secret-related class */
        NOT_DUE,
        /** no person with this staff number */
        UNKNOWN
    }
}
