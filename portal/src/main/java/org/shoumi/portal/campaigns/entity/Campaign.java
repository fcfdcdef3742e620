package org.shoumi.portal.campaigns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.shoumi.content.documents.entity.PledgeKind;

/** An in-post training campaign as launched: whom it targets, which quiz, the window and the due date. */
@Entity
@Table(name = "campaign")
@NamedQuery(name = Campaign.ALL, query = "select c from Campaign c order by c.opensOn desc, c.code")
@NamedQuery(name = Campaign.BY_CODE, query = "select c from Campaign c where c.code = :code")
@NamedQuery(name = Campaign.OF_PLAN_YEAR, query = "select c from Campaign c where c.planYear = :year order by c.code")
public class Campaign {

    public static final String ALL = "Campaign.all";
    public static final String BY_CODE = "Campaign.byCode";
    public static final String OF_PLAN_YEAR = "Campaign.ofPlanYear";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "quiz_code", nullable = false, length = 40)
    private String quizCode;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    /** department codes, comma separated; empty: all */
    @Column(nullable = false, length = 1000)
    private String departments;

    @Column(nullable = false, length = 1000)
    private String posts;

    @Column(nullable = false, length = 100)
    private String classes;

    @Column(name = "launched_by", nullable = false, length = 64)
    private String launchedBy;

    @Column(name = "launched_at", nullable = false)
    private Instant launchedAt;

    /**
     * The pledge the campaign asks for: {@code IN_POST} or {@code AGREEMENT}, {@code NONE} for none; null (campaigns
     * launched by hand) means the in-post pledge.
     */
    @Column(length = 16)
    private String pledge;

    /** The audience of the plan item the campaign came from; null for a campaign launched by hand. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Audience audience;

    /** The plan year of the item the campaign came from; null for a campaign launched by hand. */
    @Column(name = "plan_year")
    private Integer planYear;

    /** The 学时 the plan item asks its people to reach in the year. */
    @Column(name = "hours_target", precision = 6, scale = 1)
    private BigDecimal hoursTarget;

    protected Campaign() {
    }

    public Campaign(String code, String title, String quizCode, LocalDate opensOn, LocalDate dueOn,
                    String departments, String posts, String classes, String launchedBy, Instant launchedAt) {
        this.code = code;
        this.title = title;
        this.quizCode = quizCode;
        this.opensOn = opensOn;
        this.dueOn = dueOn;
        this.departments = departments;
        this.posts = posts;
        this.classes = classes;
        this.launchedBy = launchedBy;
        this.launchedAt = launchedAt;
    }

    /** A campaign for a started plan item: the item's audience, pledge (null: none), 学时 and year. */
    public static Campaign ofPlanItem(String code, PlanItem item, String by, Instant at) {
        Campaign c = new Campaign(code, item.getTitle(), item.getQuizCode() == null ? "" : item.getQuizCode(),
                item.getOpensOn(), item.getDueOn(), item.getDepartments(), "", "", by, at);
        c.pledge = item.getPledgeKind() == null ? NO_PLEDGE : item.getPledgeKind().name();
        c.audience = item.getAudience();
        c.planYear = item.getPlan().getPlanYear();
        c.hoursTarget = item.getHoursTarget();
        return c;
    }

    /** {@link #pledge} of a campaign that asks for no pledge. */
    public static final String NO_PLEDGE = "NONE";

    /** The pledge this campaign asks for; empty when none. */
    public Optional<PledgeKind> pledgeKind() {
        if (pledge == null) {
            return Optional.of(PledgeKind.IN_POST);
        }
        return NO_PLEDGE.equals(pledge) ? Optional.empty() : Optional.of(PledgeKind.valueOf(pledge));
    }

    /** The quiz, empty when the campaign asks for none. */
    public Optional<String> quiz() {
        return quizCode == null || quizCode.isEmpty() ? Optional.empty() : Optional.of(quizCode);
    }

    public Audience getAudience() {
        return audience;
    }

    public Integer getPlanYear() {
        return planYear;
    }

    public BigDecimal getHoursTarget() {
        return hoursTarget;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getQuizCode() {
        return quizCode;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getDepartments() {
        return departments;
    }

    public String getPosts() {
        return posts;
    }

    public String getClasses() {
        return classes;
    }

    public String getLaunchedBy() {
        return launchedBy;
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }
}
