package org.shoumi.portal.employees.entity;

/** Secrecy class of a person (涉密人员类别): 核心, 重要, 一般, or not in a secret-related post (非涉密). */
public enum SecrecyClass {
    CORE, IMPORTANT, GENERAL, NONE;

    /** Whether the person holds a secret-related post (涉密岗位) and so must be trained and sign pledges. */
    public boolean isSecretRelated() {
        return this != NONE;
    }
}
