package org.shoumi.portal.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that holds the end of the chain: the last sequence number and chain hash. Appending locks
 * it (pessimistic write), so two transactions never take the same number or the same previous hash. It also
 * remembers whether the one-time back-fill of records made before the log existed has run.
 */
@Entity
@Table(name = "evidence_head")
public class EvidenceHead {

    public static final long ID = 1L;

    @Id
    private long id;

    @Column(name = "last_seq", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    @Column(nullable = false)
    private boolean backfilled;

    protected EvidenceHead() {
    }

    public EvidenceHead(String genesis) {
        this.id = ID;
        this.lastHash = genesis;
    }

    /** Moves the head to the entry just appended, which must be the next one. */
    public void advance(long sequence, String chainHash) {
        if (sequence != lastSequence + 1) {
            throw new IllegalStateException("entry " + sequence + " does not follow " + lastSequence);
        }
        this.lastSequence = sequence;
        this.lastHash = chainHash;
    }

    public void markBackfilled() {
        this.backfilled = true;
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public String getLastHash() {
        return lastHash;
    }

    public boolean isBackfilled() {
        return backfilled;
    }
}
