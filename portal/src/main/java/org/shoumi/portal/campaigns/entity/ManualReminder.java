package org.shoumi.portal.campaigns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A reminder a secrecy officer (or HR) sent by hand from the list of people: every attempt, whatever came of it (the
 * mail sent, no address, the mail server refusing), with who pressed 提醒, when, to which addresses, and whether the
 * person was told in the portal by it (a notice given a moment before is not repeated). Never changed. The schedule's
 * reminders are in {@link ReminderSent}; a manual one whose mail went out is recorded there too, so that the
 * schedule does not remind the person again that day.
 */
@Entity
@Table(name = "manual_reminder")
public class ManualReminder {

    /** What came of it: the mail sent, no e-mail address (told in the portal only), or the mail server refused. */
    public enum Outcome {
        SENT, NO_ADDRESS, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "reminded_at", nullable = false)
    private Instant remindedAt;

    @Column(name = "reminded_by", nullable = false, length = 64)
    private String remindedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome;

    /** The addresses the mail was for (empty without an address). */
    @Column(name = "sent_to", nullable = false, length = 500)
    private String sentTo;

    /** Whether this reminder told the person in the portal (the bell); false when told a moment before. */
    @Column(name = "in_portal", nullable = false)
    private boolean inPortal;

    protected ManualReminder() {
    }

    public ManualReminder(long assignmentId, Instant remindedAt, String remindedBy, Outcome outcome, String sentTo,
                          boolean inPortal) {
        this.assignmentId = assignmentId;
        this.remindedAt = Objects.requireNonNull(remindedAt);
        this.remindedBy = Objects.requireNonNull(remindedBy);
        this.outcome = Objects.requireNonNull(outcome);
        this.sentTo = sentTo == null ? "" : sentTo.length() > 500 ? sentTo.substring(0, 500) : sentTo;
        this.inPortal = inPortal;
    }

    public Long getId() {
        return id;
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public String getRemindedBy() {
        return remindedBy;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getSentTo() {
        return sentTo;
    }

    public boolean isInPortal() {
        return inPortal;
    }
}
