package org.shoumi.content.documents.entity;

/** The occasion of a pledge: before taking the post (上岗), yearly in post (在岗), on leaving (离岗离职), or the confidentiality agreement (保密协议). */
public enum PledgeKind {
    ONBOARDING, IN_POST, EXIT, AGREEMENT
}
