package org.shoumi.portal.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * That a node found, as it started, that the evidence chain no longer holds the entry it had last seen: the database
 * went back to an earlier state (an earlier backup restored, a copy put in place) or was replaced. Appended, never
 * changed; the auditor's evidence page lists them. What went back cannot be verified from the database itself,
 * which is why the node keeps the chain's last length and hash outside it ({@code ChainWatch}).
 */
@Entity
@Table(name = "evidence_rollback")
@NamedQuery(name = EvidenceRollback.ALL, query = "select r from EvidenceRollback r order by r.detectedAt desc")
public class EvidenceRollback {

    public static final String ALL = "EvidenceRollback.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    @Column(name = "node", nullable = false, length = 100)
    private String node;

    @Column(name = "known_length", nullable = false)
    private long knownLength;

    @Column(name = "known_hash", nullable = false, length = 64)
    private String knownHash;

    @Column(name = "found_length", nullable = false)
    private long foundLength;

    @Column(name = "found_hash", nullable = false, length = 64)
    private String foundHash;

    protected EvidenceRollback() {
    }

    public EvidenceRollback(Instant detectedAt, String node, long knownLength, String knownHash, long foundLength,
                            String foundHash) {
        this.detectedAt = Objects.requireNonNull(detectedAt);
        this.node = Objects.requireNonNull(node);
        this.knownLength = knownLength;
        this.knownHash = Objects.requireNonNull(knownHash);
        this.foundLength = foundLength;
        this.foundHash = Objects.requireNonNull(foundHash);
    }

    public Instant getDetectedAt() {
        return detectedAt;
    }

    public String getNode() {
        return node;
    }

    public long getKnownLength() {
        return knownLength;
    }

    public String getKnownHash() {
        return knownHash;
    }

    public long getFoundLength() {
        return foundLength;
    }

    public String getFoundHash() {
        return foundHash;
    }
}
