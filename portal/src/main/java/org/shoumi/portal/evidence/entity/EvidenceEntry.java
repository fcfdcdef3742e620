package org.shoumi.portal.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Objects;

/**
 * One entry of the evidence log: its sequence number (gapless from 1), which record it is about, the person,
 * the server time in epoch milliseconds (independent of any time zone), the canonical content of the record,
 * its SHA-256 and the chain hash that links it to the entry before. Written once, never changed or deleted:
 * the class has no setters and the portal no delete path.
 */
@Entity
@Table(name = "evidence_entry", uniqueConstraints = @UniqueConstraint(columnNames = {"kind", "record_id"}))
public class EvidenceEntry {

    @Id
    @Column(name = "seq")
    private long sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private EvidenceKind kind;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    /** null for a record tied to no person (a step of an anonymous incident report) */
    @Column(name = "employee_no", length = 20)
    private String employeeNo;

    @Column(name = "recorded_at_ms", nullable = false)
    private long recordedAtMillis;

    @Column(nullable = false, length = 4000)
    private String content;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "chain_hash", nullable = false, length = 64)
    private String chainHash;

    protected EvidenceEntry() {
    }

    public EvidenceEntry(long sequence, EvidenceKind kind, long recordId, String employeeNo, long recordedAtMillis,
                         String content, String contentHash, String previousHash, String chainHash) {
        this.sequence = sequence;
        this.kind = Objects.requireNonNull(kind);
        this.recordId = recordId;
        this.employeeNo = employeeNo;
        this.recordedAtMillis = recordedAtMillis;
        this.content = Objects.requireNonNull(content);
        this.contentHash = Objects.requireNonNull(contentHash);
        this.previousHash = Objects.requireNonNull(previousHash);
        this.chainHash = Objects.requireNonNull(chainHash);
    }

    public long getSequence() {
        return sequence;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public long getRecordId() {
        return recordId;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public long getRecordedAtMillis() {
        return recordedAtMillis;
    }

    public String getContent() {
        return content;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getChainHash() {
        return chainHash;
    }
}
