package org.shoumi.portal.cluster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one row that nodes starting at the same time lock in turn ({@code start_lock}, made by migration V6), so that
 * the start-up work that writes data (the first-start data, a release's content) is done by one node at a time: the
 * next one waits for the row and then finds the work done. It remembers which node took the last turn and when.
 */
@Entity
@Table(name = "start_lock")
public class StartTurn {

    /** The row's name. */
    public static final String START = "start";

    @Id
    @Column(length = 64)
    private String name;

    @Column(length = 200)
    private String node;

    @Column(name = "taken_at")
    private Instant takenAt;

    protected StartTurn() {
    }

    /** This node's turn, taken now. */
    public void take(String node, Instant at) {
        this.node = node;
        this.takenAt = at;
    }

    public String getName() {
        return name;
    }

    /** The node that took the last turn; empty before the first. */
    public String getNode() {
        return node;
    }

    public Instant getTakenAt() {
        return takenAt;
    }
}
