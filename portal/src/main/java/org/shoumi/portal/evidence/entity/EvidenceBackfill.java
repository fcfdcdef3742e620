package org.shoumi.portal.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * That the records of one kind made before the log kept that kind were given their entries, and when. One row per
 * kind, written once: a kind added in a later release is back-filled on the first start of that release, and from
 * then on a record of it without an entry is reported by verification, never adopted.
 */
@Entity
@Table(name = "evidence_backfill")
public class EvidenceBackfill {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 24)
    private EvidenceKind kind;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    @Column(name = "record_count", nullable = false)
    private int records;

    protected EvidenceBackfill() {
    }

    public EvidenceBackfill(EvidenceKind kind, Instant doneAt, int records) {
        this.kind = Objects.requireNonNull(kind);
        this.doneAt = Objects.requireNonNull(doneAt);
        this.records = records;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public int getRecords() {
        return records;
    }
}
