package org.shoumi.portal.cluster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One day's run of a daily job: at most one per job and day (the database refuses a second), with the node that
 * ran it, its heartbeat while it runs, and how it ended. A run whose node stopped beating is taken over by the
 * next lease holder, which is recorded ({@code takenOverFrom}).
 */
@Entity
@Table(name = "cluster_job_run", uniqueConstraints = @UniqueConstraint(columnNames = {"job", "run_on"}))
public class JobRun {

    public enum Outcome { RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String job;

    @Column(name = "run_on", nullable = false)
    private LocalDate runOn;

    @Column(nullable = false, length = 200)
    private String node;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome;

    @Column(name = "taken_over_from", length = 200)
    private String takenOverFrom;

    protected JobRun() {
    }

    public JobRun(String job, LocalDate runOn, String node, Instant startedAt) {
        this.job = job;
        this.runOn = runOn;
        this.node = node;
        this.startedAt = startedAt;
        this.heartbeatAt = startedAt;
        this.outcome = Outcome.RUNNING;
    }

    public Long getId() {
        return id;
    }

    public String getJob() {
        return job;
    }

    public LocalDate getRunOn() {
        return runOn;
    }

    public String getNode() {
        return node;
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

    public Outcome getOutcome() {
        return outcome;
    }

    public String getTakenOverFrom() {
        return takenOverFrom;
    }
}
