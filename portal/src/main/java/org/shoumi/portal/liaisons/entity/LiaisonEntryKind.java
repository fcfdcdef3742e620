package org.shoumi.portal.liaisons.entity;

/** An appointment as a department's part-time secrecy liaison, or the end of one. */
public enum LiaisonEntryKind {
    APPOINTED, ENDED
}
