package org.shoumi.portal.programmes.entity;

/**
 * The training programmes of a secret-related person's life: before taking the post (上岗前), yearly in post
 * (在岗, by campaign), on moving to another post (转岗: the new post's duties), and on leaving (离岗/离职).
 */
public enum ProgrammeKind {
    ONBOARDING, IN_POST, TRANSFER, EXIT
}
