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
import java.time.Instant;
import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;

/**
 * A department's self-inspection form not yet submitted handed over from the person who held it to whoever answers
 * for the department now: who held it, who holds it now, why, who made the change that caused it and when. Never
 * changed. The form's respondent was overwritten with no record of the earlier holder (outside check).
 */
@Entity
@Table(name = "inspection_hand_over")
public class InspectionHandOver {

    /** Why the form changed hands: a change of the roster, of a head's role, or of the liaison register. */
    public enum Cause {
        /** the holder moved, left the post or the unit, or a head moved in */
        PERSONNEL,
        /** the department head's role granted or withdrawn */
        ROLE,
        /** a liaison appointed, or their appointment ended */
        LIAISON,
        /** the login of the person who answers (or would) opened, switched off, let in again or its roles changed */
        LOGIN,
        /** a secrecy officer's role granted or withdrawn: the office answers for departments with no head nor liaison */
        OFFICER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "inspection_id", nullable = false)
    private SelfInspection inspection;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "from_id", nullable = false)
    private Employee from;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "to_id", nullable = false)
    private Employee to;

    @Enumerated(EnumType.STRING)
    @Column(name = "hand_over_cause", nullable = false, length = 16)
    private Cause cause;

    @Column(name = "done_by", nullable = false, length = 64)
    private String doneBy;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    protected InspectionHandOver() {
    }

    public InspectionHandOver(SelfInspection inspection, Employee from, Employee to, Cause cause, String doneBy,
                              Instant doneAt) {
        this.inspection = Objects.requireNonNull(inspection);
        this.from = Objects.requireNonNull(from);
        this.to = Objects.requireNonNull(to);
        this.cause = Objects.requireNonNull(cause);
        this.doneBy = Objects.requireNonNull(doneBy);
        this.doneAt = Objects.requireNonNull(doneAt);
    }

    public Long getId() {
        return id;
    }

    public SelfInspection getInspection() {
        return inspection;
    }

    public Employee getFrom() {
        return from;
    }

    public Employee getTo() {
        return to;
    }

    public Cause getCause() {
        return cause;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
