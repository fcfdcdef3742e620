package org.shoumi.portal.cluster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A long task that a page started and polls (a roster import, a plan start): who started it, on which node it
 * runs, how far it got, its heartbeat, and how it ended. Kept as a record; the detailed result (first passwords,
 * the problems found) stays in the memory of the node that ran it and is never stored here.
 */
@Entity
@Table(name = "cluster_task", indexes = @Index(name = "cluster_task_node", columnList = "node, state"))
public class TrackedTask {

    public enum State { RUNNING, DONE, REFUSED, FAILED,
        /** the node running it stopped beating: its transaction never committed, so nothing was stored */
        LOST }

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 32)
    private String kind;

    /** What the task is about, for finding one already running (a plan's id); null when nothing. */
    @Column(length = 100)
    private String subject;

    @Column(nullable = false, length = 100)
    private String owner;

    @Column(nullable = false, length = 200)
    private String node;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "done_count", nullable = false)
    private long doneCount;

    @Column(name = "total_count", nullable = false)
    private long totalCount;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected TrackedTask() {
    }

    public TrackedTask(String id, String kind, String subject, String owner, String node, Instant startedAt) {
        this.id = id;
        this.kind = kind;
        this.subject = subject;
        this.owner = owner;
        this.node = node;
        this.state = State.RUNNING;
        this.startedAt = startedAt;
        this.heartbeatAt = startedAt;
    }

    public String getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getOwner() {
        return owner;
    }

    public String getNode() {
        return node;
    }

    public State getState() {
        return state;
    }

    public long getDoneCount() {
        return doneCount;
    }

    public long getTotalCount() {
        return totalCount;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
