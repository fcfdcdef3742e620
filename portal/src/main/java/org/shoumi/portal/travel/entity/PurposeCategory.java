package org.shoumi.portal.travel.entity;

/** Why a person travels abroad, as one of a fixed list (no free-text reason is needed beyond the note). */
public enum PurposeCategory {
    TOURISM, VISITING_RELATIVES, STUDY_OR_EXCHANGE, MEDICAL, TRANSIT, OTHER
}
