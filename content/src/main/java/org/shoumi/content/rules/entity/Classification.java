package org.shoumi.content.rules.entity;

import java.time.LocalDate;

/**
 * The three classification levels of state secrets (密级) with their default protection periods:
 * 绝密 30 years, 机密 20 years, 秘密 10 years, which apply unless the classifying body sets another period.
 */
public enum Classification {
    TOP_SECRET(30), SECRET(20), CONFIDENTIAL(10);

    private final int defaultProtectionYears;

    Classification(int defaultProtectionYears) {
        this.defaultProtectionYears = defaultProtectionYears;
    }

    public int defaultProtectionYears() {
        return defaultProtectionYears;
    }

    /** The day protection ends when no other period was set, counted from the day the item was classified. */
    public LocalDate defaultProtectionEnd(LocalDate classifiedOn) {
        return classifiedOn.plusYears(defaultProtectionYears);
    }
}
