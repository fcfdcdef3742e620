package org.shoumi.content.documents.entity;

/**
 * What a content document is: a secrecy rule (保密制度), the duties of a post (岗位保密职责), a pledge template
 * (保密承诺书), a self-inspection checklist (保密自查表), or a file of quiz questions.
 */
public enum DocumentKind {
    RULE, DUTY, PLEDGE, CHECKLIST, QUESTIONS;

    /** Whether people must read and acknowledge it (rules for everyone, duties for the post's holders). */
    public boolean isAcknowledged() {
        return this == RULE || this == DUTY;
    }
}
