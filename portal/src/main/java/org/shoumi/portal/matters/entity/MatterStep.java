package org.shoumi.portal.matters.entity;

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
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of a report: reported, acknowledged by the secrecy office, or decided (with the decision and its text).
 * Written once, never changed; one row per report and step.
 */
@Entity
@Table(name = "matter_step", uniqueConstraints = @UniqueConstraint(columnNames = {"report_id", "step_kind"}))
@NamedQuery(name = MatterStep.OF_REPORT, query = "select s from MatterStep s where s.report.id = :report "
        + "order by s.id")
@NamedQuery(name = MatterStep.ALL, query = "select s from MatterStep s join fetch s.report r join fetch r.employee "
        + "order by r.id, s.id")
public class MatterStep {

    public static final String OF_REPORT = "MatterStep.ofReport";
    public static final String ALL = "MatterStep.all";
    public static final int TEXT_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id", nullable = false)
    private MatterReport report;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_kind", nullable = false, length = 16)
    private MatterStatus kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 32)
    private MatterDecision decision;

    @Column(name = "decision_text", length = TEXT_MAX)
    private String text;

    @Column(name = "done_by", nullable = false, length = 64)
    private String doneBy;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    protected MatterStep() {
    }

    public MatterStep(MatterReport report, MatterStatus kind, MatterDecision decision, String text, String doneBy,
                      Instant doneAt) {
        this.report = Objects.requireNonNull(report);
        this.kind = Objects.requireNonNull(kind);
        if ((kind == MatterStatus.DECIDED) != (decision != null)) {
            throw new IllegalArgumentException("a decision belongs to the DECIDED step only");
        }
        this.decision = decision;
        this.text = text;
        this.doneBy = Objects.requireNonNull(doneBy);
        this.doneAt = Objects.requireNonNull(doneAt);
    }

    public Long getId() {
        return id;
    }

    public MatterReport getReport() {
        return report;
    }

    public MatterStatus getKind() {
        return kind;
    }

    public MatterDecision getDecision() {
        return decision;
    }

    public String getText() {
        return text;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
