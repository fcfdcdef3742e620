package org.shoumi.portal.travel.entity;

/**
 * Why a person must ask before travelling abroad: they hold a secret-related post (在岗涉密人员), or their 脱密期
 * runs; or they need not ask.
 */
public enum TravelRule {
    IN_POST, POST_EXIT_PERIOD, NONE;

    public boolean approvalRequired() {
        return this != NONE;
    }
}
