package org.shoumi.portal.campaigns.entity;

import java.io.Serializable;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.shoumi.content.documents.entity.PledgeKind;

/**
 * One line of a yearly plan: an audience (narrowed to some departments or not), the quiz they take, the pledge they
 * sign if one is due, the 学时 they must reach in the year, and the window. Started, it becomes the campaign
 * {@link #getCampaignCode()}.
 */
@Entity
@Table(name = "plan_item")
public class PlanItem implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id", nullable = false)
    private EducationPlan plan;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Audience audience;

    /** department codes, comma separated; empty: all */
    @Column(nullable = false, length = 1000)
    private String departments;

    @Column(nullable = false, length = 200)
    private String title;

    /** null: no quiz in this item */
    @Column(name = "quiz_code", length = 40)
    private String quizCode;

    /** null: no pledge due */
    @Enumerated(EnumType.STRING)
    @Column(name = "pledge_kind", length = 16)
    private PledgeKind pledgeKind;

    @Column(name = "hours_target", nullable = false, precision = 6, scale = 1)
    private BigDecimal hoursTarget;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "campaign_code", length = 40)
    private String campaignCode;

    protected PlanItem() {
    }

    public PlanItem(Audience audience, String departments, String title, String quizCode, PledgeKind pledgeKind,
                    BigDecimal hoursTarget, LocalDate opensOn, LocalDate dueOn) {
        this.audience = Objects.requireNonNull(audience);
        this.departments = departments == null ? "" : departments;
        this.title = Objects.requireNonNull(title);
        this.quizCode = quizCode;
        this.pledgeKind = pledgeKind;
        this.hoursTarget = Objects.requireNonNull(hoursTarget);
        this.opensOn = Objects.requireNonNull(opensOn);
        this.dueOn = Objects.requireNonNull(dueOn);
    }

    void placeIn(EducationPlan plan, int position) {
        this.plan = plan;
        this.position = position;
    }

    /** The plan was started: this item is now the campaign with this code. */
    public void launchedAs(String campaignCode) {
        if (this.campaignCode != null) {
            throw new IllegalStateException("item " + id + " was launched already");
        }
        this.campaignCode = Objects.requireNonNull(campaignCode);
    }

    public Long getId() {
        return id;
    }

    public EducationPlan getPlan() {
        return plan;
    }

    public int getPosition() {
        return position;
    }

    public Audience getAudience() {
        return audience;
    }

    public String getDepartments() {
        return departments;
    }

    public String getTitle() {
        return title;
    }

    public String getQuizCode() {
        return quizCode;
    }

    public PledgeKind getPledgeKind() {
        return pledgeKind;
    }

    public BigDecimal getHoursTarget() {
        return hoursTarget;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getCampaignCode() {
        return campaignCode;
    }
}
