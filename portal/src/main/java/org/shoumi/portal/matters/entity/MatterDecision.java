package org.shoumi.portal.matters.entity;

/** What the secrecy office decided on a reported matter. */
public enum MatterDecision {
    NO_ACTION, KEEP_IN_POST_WITH_MEASURES, TRANSFER_OUT_OF_SECRET_POST, OTHER
}
