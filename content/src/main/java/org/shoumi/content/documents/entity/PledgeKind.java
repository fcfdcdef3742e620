package org.shoumi.content.documents.entity;

/**
 * The occasion of a pledge: before taking the post (上岗), yearly in post (在岗), on leaving (离岗离职), the
 * confidentiality agreement (保密协议), a topic pledge an officer issues for an occasion such as receiving a storage
 * medium or attending a classified meeting (专项保密承诺), a department head's yearly responsibility letter
 * (保密工作责任书), and the yearly responsibility letter of a department's part-time secrecy liaison (兼职保密员保密工作
 * 责任书).
 */
public enum PledgeKind {
    ONBOARDING, IN_POST, EXIT, AGREEMENT, TOPIC, RESPONSIBILITY, LIAISON
}
