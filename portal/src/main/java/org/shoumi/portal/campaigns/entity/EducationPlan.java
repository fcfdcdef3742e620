package org.shoumi.portal.campaigns.entity;

import java.io.Serializable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A yearly education plan (年度保密教育计划): its items say who is trained on what, by when, to how many 学时. Drafted,
 * then started once: starting turns each item into a campaign and gives the programmes; a started plan is never
 * changed again (a correction is a further plan for the same year).
 */
@Entity
@Table(name = "education_plan")
@NamedQuery(name = EducationPlan.ALL, query = "select p from EducationPlan p order by p.planYear desc, p.id desc")
@NamedQuery(name = EducationPlan.STARTED_IN,
        query = "select p from EducationPlan p where p.planYear = :year and p.startedAt is not null order by p.id")
@NamedQuery(name = EducationPlan.OF_YEAR, query = "select p from EducationPlan p where p.planYear = :year order by p.id")
public class EducationPlan implements Serializable {

    public static final String ALL = "EducationPlan.all";
    public static final String STARTED_IN = "EducationPlan.startedIn";
    public static final String OF_YEAR = "EducationPlan.ofYear";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "plan_year", nullable = false)
    private int planYear;

    @Column(nullable = false, length = 200)
    private String title;

    /** The plan this one was copied from, if any. */
    @Column(name = "copied_from")
    private Long copiedFrom;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_by", length = 64)
    private String startedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanItem> items = new ArrayList<>();

    protected EducationPlan() {
    }

    public EducationPlan(int planYear, String title, Long copiedFrom, String createdBy, Instant createdAt) {
        this.planYear = planYear;
        this.title = Objects.requireNonNull(title);
        this.copiedFrom = copiedFrom;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Adds an item at the end; a started plan takes no more. */
    public PlanItem add(PlanItem item) {
        requireDraft();
        item.placeIn(this, items.size() + 1);
        items.add(item);
        return item;
    }

    /** Takes an item out of a draft. */
    public void remove(PlanItem item) {
        requireDraft();
        items.remove(item);
        for (int i = 0; i < items.size(); i++) {
            items.get(i).placeIn(this, i + 1);
        }
    }

    public void start(String by, Instant at) {
        requireDraft();
        startedBy = Objects.requireNonNull(by);
        startedAt = Objects.requireNonNull(at);
    }

    private void requireDraft() {
        if (isStarted()) {
            throw new IllegalStateException("plan " + id + " was started and cannot change");
        }
    }

    public boolean isStarted() {
        return startedAt != null;
    }

    public Long getId() {
        return id;
    }

    public int getPlanYear() {
        return planYear;
    }

    public String getTitle() {
        return title;
    }

    public Long getCopiedFrom() {
        return copiedFrom;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public List<PlanItem> getItems() {
        return List.copyOf(items);
    }
}
