package org.shoumi.portal.cluster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A lease that one node of the cluster holds at a time until it expires: taken and renewed only by conditional
 * updates (see {@code cluster.boundary.LeaseStore}), never by reading and writing back.
 */
@Entity
@Table(name = "cluster_lease")
public class Lease {

    /** The lease the scheduled work of the portal runs under. */
    public static final String SCHEDULER = "scheduler";

    @Id
    @Column(length = 64)
    private String name;

    @Column(nullable = false, length = 200)
    private String holder;

    /** When the current holder took it (kept over renewals). */
    @Column(nullable = false)
    private Instant since;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected Lease() {
    }

    public Lease(String name, String holder, Instant since, Instant expiresAt) {
        this.name = name;
        this.holder = holder;
        this.since = since;
        this.expiresAt = expiresAt;
    }

    public String getName() {
        return name;
    }

    public String getHolder() {
        return holder;
    }

    public Instant getSince() {
        return since;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
