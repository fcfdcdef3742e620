package org.shoumi.quizzes.attempts.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.shoumi.quizzes.attempts.control.QuizPolicy.GradingMethod;
import org.shoumi.quizzes.attempts.control.QuizTitles;
import org.shoumi.quizzes.attempts.control.Scoring.MultiCredit;

/** A quiz definition by a secrecy officer: what to draw, and the rules of taking it. */
@Entity
@Table(name = "quiz")
@NamedQuery(name = Quiz.ALL, query = "select q from Quiz q order by q.mode, q.code")
@NamedQuery(name = Quiz.BY_CODE, query = "select q from Quiz q where q.code = :code")
public class Quiz implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "Quiz.all";
    public static final String BY_CODE = "Quiz.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    /**
     * The title as quizzes are told apart by it ({@link QuizTitles#sameTitle}), unique in the database, so that two
     * quizzes of one title saved at once are not both kept (migration V35); null for quizzes defined before it and
     * for the mistakes practice.
     */
    @Column(name = "title_key", length = 400)
    private String titleKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private QuizMode mode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quiz_draw_rule", joinColumns = @JoinColumn(name = "quiz_id"))
    @OrderColumn(name = "position")
    private List<DrawRuleSpec> drawRules = new ArrayList<>();

    @Column(name = "shuffle_questions", nullable = false)
    private boolean shuffleQuestions = true;

    @Column(name = "shuffle_options", nullable = false)
    private boolean shuffleOptions = true;

    /** 0 = no time limit. */
    @Column(name = "time_limit_minutes", nullable = false)
    private int timeLimitMinutes;

    @Column(name = "pass_percent", nullable = false)
    private int passPercent;

    /** 0 = unlimited. */
    @Column(name = "attempts_allowed", nullable = false)
    private int attemptsAllowed;

    @Enumerated(EnumType.STRING)
    @Column(name = "grading_method", nullable = false, length = 10)
    private GradingMethod gradingMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FeedbackPolicy feedback;

    @Enumerated(EnumType.STRING)
    @Column(name = "multi_credit", nullable = false, length = 16)
    private MultiCredit multiCredit;

    @Column(nullable = false)
    private boolean active = true;

    /** Who defined the quiz (a login; copied for a new plan year: who copied the plan); null before V28. */
    @Column(name = "created_by", length = 64)
    private String createdBy;

    /** When the quiz was defined; null for quizzes defined before V28 (shown as —). */
    @Column(name = "created_at")
    private java.time.Instant createdAt;

    protected Quiz() {
    }

    public Quiz(String code, String title, QuizMode mode, List<DrawRuleSpec> drawRules, int timeLimitMinutes,
                int passPercent, int attemptsAllowed, GradingMethod gradingMethod, FeedbackPolicy feedback,
                MultiCredit multiCredit) {
        if (drawRules.isEmpty()) {
            throw new IllegalArgumentException("a quiz draws at least one question");
        }
        if (passPercent < 0 || passPercent > 100 || timeLimitMinutes < 0 || attemptsAllowed < 0) {
            throw new IllegalArgumentException("pass mark 0–100, time limit and attempts not negative");
        }
        this.code = Objects.requireNonNull(code);
        this.title = Objects.requireNonNull(title);
        this.titleKey = QuizTitles.sameTitle(title);
        this.mode = Objects.requireNonNull(mode);
        this.drawRules = new ArrayList<>(drawRules);
        this.timeLimitMinutes = timeLimitMinutes;
        this.passPercent = passPercent;
        // practice is unlimited by nature
        this.attemptsAllowed = mode == QuizMode.PRACTICE ? 0 : attemptsAllowed;
        this.gradingMethod = mode == QuizMode.CONTEST ? GradingMethod.HIGHEST : Objects.requireNonNull(gradingMethod);
        this.feedback = Objects.requireNonNull(feedback);
        this.multiCredit = Objects.requireNonNull(multiCredit);
    }

    /**
     * Whether {@code other} defines the same quiz as this one, its code aside: the title as written, the type, the
     * draw, time limit, pass mark, attempts, grading, feedback and the credit of a multiple choice. Defining a quiz
     * again under a code taken a moment ago is the form sent twice only when the definition is this one; another
     * exam under the code was told it had been created (outside check ex-s37d 5).
     */
    public boolean sameDefinition(Quiz other) {
        return title.equals(other.title) && mode == other.mode && timeLimitMinutes == other.timeLimitMinutes
                && passPercent == other.passPercent && attemptsAllowed == other.attemptsAllowed
                && gradingMethod == other.gradingMethod && feedback == other.feedback
                && multiCredit == other.multiCredit
                && drawRules.stream().map(DrawRuleSpec::rule).toList()
                .equals(other.drawRules.stream().map(DrawRuleSpec::rule).toList());
    }

    /**
     * The same quiz under another code and title (next year's exam copied from this year's): the same draw rules,
     * time limit, pass mark, attempts, grading and feedback; no attempts of its own yet.
     */
    public Quiz copyAs(String newCode, String newTitle) {
        Quiz copy = new Quiz(newCode, newTitle, mode, drawRules.stream().map(DrawRuleSpec::copy).toList(),
                timeLimitMinutes, passPercent, attemptsAllowed, gradingMethod, feedback, multiCredit);
        copy.shuffleQuestions = shuffleQuestions;
        copy.shuffleOptions = shuffleOptions;
        copy.active = active;
        return copy;
    }

    /**
     * This quiz holding no title key: the mistakes practice, reserved by its code and made at its first use, must not
     * be kept from being made by a quiz an officer gave its title (错题练习) before.
     */
    public Quiz holdingNoTitle() {
        this.titleKey = null;
        return this;
    }

    /**
     * Records who defined the quiz and when, once: a quiz is not edited after it is defined (a change is a new quiz),
     * so this is also its last change.
     */
    public void created(String by, java.time.Instant at) {
        if (createdAt != null) {
            throw new IllegalStateException("quiz " + code + " was created already");
        }
        this.createdBy = by;
        this.createdAt = Objects.requireNonNull(at);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public java.time.Instant getCreatedAt() {
        return createdAt;
    }

    public int questionCount() {
        return drawRules.stream().mapToInt(DrawRuleSpec::getCount).sum();
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

    public QuizMode getMode() {
        return mode;
    }

    public List<DrawRuleSpec> getDrawRules() {
        return List.copyOf(drawRules);
    }

    public boolean isShuffleQuestions() {
        return shuffleQuestions;
    }

    public boolean isShuffleOptions() {
        return shuffleOptions;
    }

    public int getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public int getPassPercent() {
        return passPercent;
    }

    public int getAttemptsAllowed() {
        return attemptsAllowed;
    }

    public GradingMethod getGradingMethod() {
        return gradingMethod;
    }

    public FeedbackPolicy getFeedback() {
        return feedback;
    }

    public MultiCredit getMultiCredit() {
        return multiCredit;
    }

    public boolean isActive() {
        return active;
    }

    public int getQuestionCount() {
        return questionCount();
    }
}
