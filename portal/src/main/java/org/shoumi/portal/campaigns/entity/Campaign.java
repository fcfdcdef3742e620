package org.shoumi.portal.campaigns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An in-post training campaign as launched: whom it targets, which quiz, the window and the due date. */
@Entity
@Table(name = "campaign")
@NamedQuery(name = Campaign.ALL, query = "select c from Campaign c order by c.opensOn desc, c.code")
@NamedQuery(name = Campaign.BY_CODE, query = "select c from Campaign c where c.code = :code")
public class Campaign {

    public static final String ALL = "Campaign.all";
    public static final String BY_CODE = "Campaign.byCode";

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
