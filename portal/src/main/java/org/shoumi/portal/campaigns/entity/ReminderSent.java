package org.shoumi.portal.campaigns.entity;

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
 * A reminder that went out: at most one per programme and day, so a second run on the same day sends nothing. A
 * scheduled reminder is claimed (this row written) before its mail goes out; {@code sentTo} is empty for someone
 * without an address, who was told in the portal only.
 */
@Entity
@Table(name = "reminder_sent", uniqueConstraints = @UniqueConstraint(columnNames = {"assignment_id", "sent_on"}))
public class ReminderSent {

    /** Why a reminder went out: before the due date, or because the programme is overdue. */
    public enum Kind {
        BEFORE_DUE, OVERDUE,
        /** sent by a secrecy officer from the list of people, outside the schedule */
        MANUAL
    }


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "sent_to", nullable = false, length = 500)
    private String sentTo;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ReminderSent() {
    }

    public ReminderSent(long assignmentId, LocalDate sentOn, Kind kind, String sentTo, Instant sentAt) {
        this.assignmentId = assignmentId;
        this.sentOn = sentOn;
        this.kind = kind;
        this.sentTo = sentTo.length() > 500 ? sentTo.substring(0, 500) : sentTo;
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSentTo() {
        return sentTo;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
