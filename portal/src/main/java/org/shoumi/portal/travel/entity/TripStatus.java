package org.shoumi.portal.travel.entity;

/**
 * Where a travel request stands, and the kind of each of its steps: requested (申请), pre-trip briefing given
 * (行前保密提醒教育), approved (批准), refused (不予批准), withdrawn by the person (撤回), debriefed after the
 * return (回国后报告). The status of a request is the kind of its latest step.
 */
public enum TripStatus {
    REQUESTED, BRIEFED, APPROVED, REFUSED, WITHDRAWN, DEBRIEFED;

    /** Still waiting for the officer (briefing or decision). */
    public boolean isPending() {
        return this == REQUESTED || this == BRIEFED;
    }

    /** Finished: nothing more can happen to the request. */
    public boolean isClosed() {
        return this == REFUSED || this == WITHDRAWN || this == DEBRIEFED;
    }
}
