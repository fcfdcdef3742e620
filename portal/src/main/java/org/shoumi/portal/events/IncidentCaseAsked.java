package org.shoumi.portal.events;

/**
 * Whether an incident case (by id) is closed yet: the matters feature asks before it records a decision on a
 * reported carrier loss, whose case must be closed first. The incidents feature answers through {@link #found}.
 */
public final class IncidentCaseAsked {

    private final long incidentId;
    private boolean known;
    private boolean closed;

    public IncidentCaseAsked(long incidentId) {
        this.incidentId = incidentId;
    }

    public long incidentId() {
        return incidentId;
    }

    /** The case exists; {@code closed}: whether it is closed. */
    public void found(boolean isClosed) {
        this.known = true;
        this.closed = isClosed;
    }

    /** Whether an observer knew the case. */
    public boolean known() {
        return known;
    }

    public boolean closed() {
        return closed;
    }
}
