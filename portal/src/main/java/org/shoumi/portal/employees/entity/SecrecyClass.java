package org.shoumi.portal.employees.entity;

/** Secrecy class of a person (涉密人员类别): 核心, 重要, 一般, or not in a secret-related post (非涉密). */
public enum SecrecyClass {
    CORE, IMPORTANT, GENERAL, NONE;

    /** Whether the person holds a secret-related post (涉密岗位) and so must be trained and sign pledges. */
    public boolean isSecretRelated() {
        return this != NONE;
    }

    /** How much the class carries: 核心 3, 重要 2, 一般 1, 非涉密 0. */
    public int rank() {
        return switch (this) {
            case CORE -> 3;
            case IMPORTANT -> 2;
            case GENERAL -> 1;
            case NONE -> 0;
        };
    }

    /** Whether moving from this class to {@code other} lowers it (核心 → 一般, 一般 → 非涉密, ...). */
    public boolean isLoweredTo(SecrecyClass other) {
        return other.rank() < rank();
    }

    /** The higher of two classes. */
    public static SecrecyClass higher(SecrecyClass a, SecrecyClass b) {
        return a.rank() >= b.rank() ? a : b;
    }
}
