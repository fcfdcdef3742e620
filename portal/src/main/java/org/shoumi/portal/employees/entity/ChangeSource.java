package org.shoumi.portal.employees.entity;

/** Where a change of a person's record came from. */
public enum ChangeSource {
    /** Hired by HR's form. */
    HIRE,
    /** HR's change form. */
    FORM,
    /** A roster file import. */
    ROSTER_IMPORT,
    /** An approved departure (离岗, 离职, or leaving a secret-related class). */
    DEPARTURE,
    /** Onboarding completed: the person took up the post. */
    ONBOARDING,
    /** Several people changed at once (批量调整: department, post or class). */
    BULK,
    /**
     * The class of a hire not started yet (hire day to come) lowered on the change form or in 批量调整: a correction
     * of the hire, not a departure (they were never exposed).
     */
    CORRECTION,
    /**
     * A person in post raised into 核心 or 重要 and set back to the class before, with no passed 上岗审查 since the
     * raise, on the change form or in 批量调整: the raise, never taken up, is corrected; not a departure, and the
     * class they never took up does not count for a 脱密期.
     */
    RAISE_CORRECTION
}
