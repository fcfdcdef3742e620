package org.shoumi.portal.backups.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One backup of the database made, or deleted by the retention rule (数据库备份记录): which copy, how large, when and
 * by whom. A backup is a copy of every person's records, and the way to undo records, so each is kept as a dated,
 * attributed record in the evidence chain, never changed or deleted; it was known only from a file beside the copy
 * and the server log (outside check ex-s37c 2).
 */
@Entity
@Table(name = "backup_record", indexes = @Index(name = "backup_record_at", columnList = "done_at"))
@NamedQuery(name = BackupRecord.NEWEST, query = "select b from BackupRecord b order by b.doneAt desc, b.id desc")
public class BackupRecord {

    public static final String NEWEST = "BackupRecord.newest";

    /** What happened to the copy. */
    public enum Event {
        /** Made: by a login (the page), {@code api} (the operator's script) or {@code system} (the daily backup). */
        MADE,
        /** Deleted by the retention rule after a newer one was made: by whoever made that one. */
        DELETED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "backup_event", nullable = false, updatable = false, length = 16)
    private Event event;

    @Column(name = "backup_name", nullable = false, updatable = false, length = 64)
    private String name;

    /** The size of the copy on disk, in bytes (for a deletion, as it was before). */
    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long bytes;

    @Column(name = "done_at", nullable = false, updatable = false)
    private Instant doneAt;

    @Column(name = "done_by", nullable = false, updatable = false, length = 64)
    private String doneBy;

    protected BackupRecord() {
    }

    public BackupRecord(Event event, String name, long bytes, Instant doneAt, String doneBy) {
        this.event = Objects.requireNonNull(event);
        this.name = Objects.requireNonNull(name);
        if (bytes < 0) {
            throw new IllegalArgumentException("a copy has no negative size");
        }
        this.bytes = bytes;
        this.doneAt = Objects.requireNonNull(doneAt);
        this.doneBy = Objects.requireNonNull(doneBy);
    }

    public Long getId() {
        return id;
    }

    public Event getEvent() {
        return event;
    }

    public String getName() {
        return name;
    }

    public long getBytes() {
        return bytes;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }
}
