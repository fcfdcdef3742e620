package org.shoumi.portal.employees.boundary;

import java.time.Instant;
import org.shoumi.content.persistence.Refusal;

/**
 * An import asked for while another roster import is still running (on any node, by anyone, from any page): the
 * roster is imported one file at a time, so nothing was started. Says who started the running one and when.
 */
public class RosterImportBusyException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    private final String owner;
    private final Instant startedAt;

    public RosterImportBusyException(String owner, Instant startedAt) {
        super("a roster import by " + owner + " is running since " + startedAt);
        this.owner = owner;
        this.startedAt = startedAt;
    }

    /** The login that started the running import. */
    public String owner() {
        return owner;
    }

    public Instant startedAt() {
        return startedAt;
    }
}
