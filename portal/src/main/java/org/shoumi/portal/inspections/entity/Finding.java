package org.shoumi.portal.inspections.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.shoumi.content.text.Texts;
import org.shoumi.portal.employees.entity.Employee;

/**
 * A "no" in a submitted self-inspection (自查发现的问题): the item, the checklist's remediation (整改措施), who
 * owns it and by when. The owner marks it remediated with a note; the secrecy office closes it, or reopens it
 * when the remediation does not convince.
 */
@Entity
@Table(name = "inspection_finding")
@NamedQuery(name = Finding.OF_OWNER,
        query = "select f from Finding f join fetch f.inspection s join fetch s.round join fetch s.department "
                + "where f.owner = :owner order by f.due, f.id")
@NamedQuery(name = Finding.NOT_CLOSED,
        query = "select f from Finding f join fetch f.owner join fetch f.inspection s join fetch s.round "
                + "join fetch s.department where f.status <> :closed order by f.due, f.id")
@NamedQuery(name = Finding.OF_INSPECTION,
        query = "select f from Finding f where f.inspection = :inspection order by f.id")
public class Finding {

    public static final String OF_OWNER = "Finding.ofOwner";
    public static final String NOT_CLOSED = "Finding.notClosed";
    public static final String OF_INSPECTION = "Finding.ofInspection";
    public static final int MAX_NOTE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "inspection_id", nullable = false)
    private SelfInspection inspection;

    @Column(name = "item_id", nullable = false, length = 120)
    private String itemId;

    @Column(nullable = false, length = 1000)
    private String question;

    @Column(nullable = false, length = 1000)
    private String remediation;

    /** What the respondent wrote with their "no". */
    @Column(name = "answer_note", length = MAX_NOTE_LENGTH)
    private String answerNote;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", nullable = false)
    private Employee owner;

    /**
     * The owner it was raised for, never changed: {@link #owner} changes when the finding is handed over, and the
     * evidence chain's entry of the finding as raised reads this one (migration V44).
     */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "raised_owner_id", nullable = false, updatable = false)
    private Employee raisedOwner;

    @Column(nullable = false)
    private LocalDate due;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FindingStatus status = FindingStatus.OPEN;

    @Column(name = "remediation_note", length = MAX_NOTE_LENGTH)
    private String remediationNote;

    @Column(name = "remediated_at")
    private Instant remediatedAt;

    @Column(name = "remediated_by", length = 64)
    private String remediatedBy;

    /** The secrecy office's word on closing or reopening. */
    @Column(name = "review_note", length = MAX_NOTE_LENGTH)
    private String reviewNote;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "reopened_count", nullable = false)
    private int reopenedCount;

    protected Finding() {
    }

    public Finding(SelfInspection inspection, String itemId, String question, String remediation, String answerNote,
                   Employee owner, LocalDate due) {
        this.inspection = Objects.requireNonNull(inspection);
        this.itemId = Objects.requireNonNull(itemId);
        this.question = Objects.requireNonNull(question);
        this.remediation = Objects.requireNonNull(remediation);
        this.answerNote = answerNote;
        this.owner = Objects.requireNonNull(owner);
        this.raisedOwner = owner;
        this.due = Objects.requireNonNull(due);
    }

    /**
     * The owner says it is remediated, and how. Only an open finding, and only with a note that says something
     * ({@link Texts#saysSomething}: "-" was taken and the history read "报告已整改：-"; outside check).
     */
    public void remediate(String note, Instant at, String by) {
        if (status != FindingStatus.OPEN) {
            throw new IllegalStateException("finding " + id + " is " + status + ", not open");
        }
        if (!Texts.saysSomething(note)) {
            throw new IllegalArgumentException("a remediation needs a note saying what was done");
        }
        remediationNote = note.strip();
        remediatedAt = Objects.requireNonNull(at);
        remediatedBy = Objects.requireNonNull(by);
        status = FindingStatus.REMEDIATED;
    }

    /**
     * The secrecy office confirms the remediation, saying what it checked: the history is the record of the finding,
     * and "确认关闭：—" after an officer's own report of remediation recorded no check at all (outside check).
     */
    public void close(String note, Instant at, String by) {
        if (status != FindingStatus.REMEDIATED) {
            throw new IllegalStateException("finding " + id + " is " + status + ", not remediated");
        }
        if (!Texts.saysSomething(note)) {
            throw new IllegalArgumentException("closing a finding needs a note of what was checked");
        }
        review(note, at, by);
        status = FindingStatus.CLOSED;
    }

    /**
     * Whoever answers for the department now owns a finding of its own or of the office's inspection not closed yet:
     * its owner no longer does (a head moved to another department; tester zg). The hand-over is a step of the
     * finding's history ({@link FindingStep.Kind#HANDED_OVER}); the earlier steps keep the owner of their day.
     */
    public void handOverTo(Employee now) {
        if (status == FindingStatus.CLOSED) {
            throw new IllegalStateException("finding " + id + " is closed");
        }
        owner = Objects.requireNonNull(now);
    }

    /** The secrecy office is not convinced: the finding is open again for its owner, with the same due date. */
    public void reopen(String note, Instant at, String by) {
        if (status == FindingStatus.OPEN) {
            throw new IllegalStateException("finding " + id + " is already open");
        }
        if (!Texts.saysSomething(note)) {
            throw new IllegalArgumentException("sending a finding back needs the reason, which its owner is shown");
        }
        review(note, at, by);
        reopenedCount++;
        status = FindingStatus.OPEN;
    }

    private void review(String note, Instant at, String by) {
        reviewNote = note == null || note.isBlank() ? null : note.strip();
        reviewedAt = Objects.requireNonNull(at);
        reviewedBy = Objects.requireNonNull(by);
    }

    public Long getId() {
        return id;
    }

    public SelfInspection getInspection() {
        return inspection;
    }

    public String getItemId() {
        return itemId;
    }

    public String getQuestion() {
        return question;
    }

    public String getRemediation() {
        return remediation;
    }

    public String getAnswerNote() {
        return answerNote;
    }

    public Employee getOwner() {
        return owner;
    }

    /** The owner it was raised for, whoever owns it now. */
    public Employee getRaisedOwner() {
        return raisedOwner;
    }

    public LocalDate getDue() {
        return due;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public String getRemediationNote() {
        return remediationNote;
    }

    public Instant getRemediatedAt() {
        return remediatedAt;
    }

    public String getRemediatedBy() {
        return remediatedBy;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public int getReopenedCount() {
        return reopenedCount;
    }
}
