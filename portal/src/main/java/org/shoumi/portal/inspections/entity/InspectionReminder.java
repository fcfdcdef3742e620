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
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;

/**
 * That the respondent of a self-inspection not yet submitted was reminded on a reminder day: once per inspection,
 * respondent and day (the unique key keeps a run taken over from a node that stopped from reminding twice). It counts
 * for the person it reached ({@code respondent}, migration V36): a form handed over to someone else showed him the
 * earlier holder's reminder as his own, and he was never reminded (outside check). Never changed.
 */
@Entity
@Table(name = "inspection_reminder", uniqueConstraints = @UniqueConstraint(columnNames = {"inspection_id",
        "respondent_id", "reminder_day"}))
public class InspectionReminder {

    /**
     * Before the due date, or once overdue (then the department's head is told too), on the schedule; or asked for
     * on the follow-up page (by whom is kept).
     */
    public enum Kind {
        BEFORE_DUE, OVERDUE, MANUAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "inspection_id", nullable = false)
    private SelfInspection inspection;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "respondent_id", nullable = false)
    private Employee respondent;

    @Column(name = "reminder_day", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "reminder_kind", nullable = false, length = 16)
    private Kind kind;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    /** Who asked for a reminder on the follow-up page; null for the schedule's. */
    @Column(name = "sent_by", length = 64)
    private String sentBy;

    protected InspectionReminder() {
    }

    public InspectionReminder(SelfInspection inspection, LocalDate day, Kind kind, Instant sentAt, String sentBy) {
        this.inspection = Objects.requireNonNull(inspection);
        this.respondent = Objects.requireNonNull(inspection.getRespondent());
        this.day = Objects.requireNonNull(day);
        this.kind = Objects.requireNonNull(kind);
        this.sentAt = Objects.requireNonNull(sentAt);
        if ((kind == Kind.MANUAL) != (sentBy != null)) {
            throw new IllegalArgumentException("a reminder asked for on the page names who asked, the schedule's none");
        }
        this.sentBy = sentBy;
    }

    public Long getId() {
        return id;
    }

    public SelfInspection getInspection() {
        return inspection;
    }

    /** The person reminded: the form's respondent when it was sent. */
    public Employee getRespondent() {
        return respondent;
    }

    public LocalDate getDay() {
        return day;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }
}
