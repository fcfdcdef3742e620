package org.shoumi.portal.incidents.entity;

/** The steps of a case, each an immutable row. */
public enum StepKind {
    RECEIVED, REPORTED_UPWARD, NOTE, CLOSED
}
