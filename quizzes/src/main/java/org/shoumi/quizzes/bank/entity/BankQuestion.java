package org.shoumi.quizzes.bank.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.shoumi.quizzes.bank.control.AnswerKey;

/**
 * A question of the bank. Its options keep their letters (A–F) for good: shuffling only changes the order in
 * which an attempt shows them. The answer is stored as {@link AnswerKey} parses it.
 */
@Entity
@Table(name = "bank_question")
@NamedQuery(name = BankQuestion.ACTIVE, query = "select q from BankQuestion q where q.active = true order by q.questionKey")
@NamedQuery(name = BankQuestion.BY_KEY, query = "select q from BankQuestion q where q.questionKey = :key")
@NamedQuery(name = BankQuestion.COUNT, query = "select count(q) from BankQuestion q")
@NamedQuery(name = BankQuestion.VERSIONS, query = "select q from BankQuestion q where q.questionKey = :key "
        + "or q.lineage = :key order by q.id desc")
public class BankQuestion implements Serializable {

    /** How the reason of a version a revision replaced begins (stored; pages show the note after it). */
    static final String REVISED = "revised: ";

    private static final long serialVersionUID = 1L;
    /** A blank in a fill-in stem: three or more underscores (compiled once, not at every answer). */
    private static final Pattern BLANK = Pattern.compile("_{3,}");

    public static final String ACTIVE = "BankQuestion.active";
    public static final String BY_KEY = "BankQuestion.byKey";
    public static final String COUNT = "BankQuestion.count";
    public static final String VERSIONS = "BankQuestion.versions";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_key", nullable = false, unique = true, length = 100)
    private String questionKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private QuestionType type;

    @Lob
    @Column(nullable = false)
    private String stem;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bank_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", length = 1000)
    private List<String> options = new ArrayList<>();

    @Column(nullable = false, length = 500)
    private String answer;

    @Lob
    private String explanation;

    @Column(length = 100)
    private String category;

    @Embedded
    private RuleCode clause;

    @Column(nullable = false)
    private int difficulty;

    @Column(length = 300)
    private String basis;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false, length = 40)
    private String source;

    /** The key of the first version; null on a first version (whose lineage is its own key). */
    @Column(length = 100)
    private String lineage;

    /** 1 for a first version (null on rows from before versions existed), counting up with each revision. */
    @Column(name = "version")
    private Integer version;

    /** Questions of one exclusion group never appear together in one attempt (twins, giveaways). */
    @Column(name = "exclusion_group", length = 60)
    private String exclusionGroup;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by", length = 60)
    private String createdBy;

    /** Why this version replaced the previous one (null on a first version). */
    @Column(name = "revision_note", length = 500)
    private String revisionNote;

    /** When, by whom and why the question left the bank (retired, or replaced by a revision). */
    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "retired_by", length = 60)
    private String retiredBy;

    @Column(name = "retire_reason", length = 500)
    private String retireReason;

    protected BankQuestion() {
    }

    public BankQuestion(String questionKey, QuestionType type, String stem, List<String> options, String answer,
                        String explanation, String category, RuleCode clause, int difficulty, String basis,
                        String source) {
        AnswerKey.parse(type, answer); // refuses a malformed key before it is stored
        if (type.hasOptions() && (options.size() < 2 || options.size() > 6)) {
            throw new IllegalArgumentException("a choice question has 2 to 6 options");
        }
        this.questionKey = Objects.requireNonNull(questionKey);
        this.type = type;
        this.stem = Objects.requireNonNull(stem);
        this.options = new ArrayList<>(options);
        this.answer = answer;
        this.explanation = explanation;
        this.category = category;
        this.clause = clause;
        this.difficulty = Math.max(1, Math.min(5, difficulty));
        this.basis = basis;
        this.source = source;
    }

    /**
     * The next version of this question with new wording: same lineage, category, clause, basis and source, the
     * version counted up, its key {@code <lineage>~v<N>}. This question is retired in the same step; attempts
     * that asked it keep pointing at it.
     */
    public BankQuestion revise(String stem, List<String> options, String answer, String explanation, int difficulty,
                               RuleCode clause, String group, String note, String by, Instant at) {
        if (!active) {
            throw new IllegalStateException("question " + questionKey + " is retired: revise its latest version");
        }
        int next = getVersion() + 1;
        BankQuestion revised = new BankQuestion(getLineage() + "~v" + next, type, stem, options, answer, explanation,
                category, clause, difficulty, basis, source);
        // the clause the revision cites (it may differ from this version's: a rule's new version dropped it)
        revised.lineage = getLineage();
        revised.version = next;
        revised.exclusionGroup = group;
        revised.createdAt = at;
        revised.createdBy = by;
        revised.revisionNote = note;
        retire(REVISED + note, by, at);
        return revised;
    }

    /** Takes the question out of every future draw; refused when it is retired already (the first reason stays). */
    public void retire(String reason, String by, Instant at) {
        if (!active) {
            throw new IllegalStateException("question " + questionKey + " is retired already");
        }
        this.active = false;
        this.retiredAt = at;
        this.retiredBy = by;
        this.retireReason = reason;
    }

    /** Records who added the question and when (a first version). */
    public BankQuestion created(String by, Instant at, String group) {
        this.createdBy = by;
        this.createdAt = at;
        this.exclusionGroup = group;
        this.version = 1;
        return this;
    }

    /** The same wording, options, key, explanation and difficulty as given (the exclusion group aside). */
    public boolean sameContent(String stem, List<String> options, String answer, String explanation, int difficulty) {
        return this.stem.equals(stem) && this.options.equals(options) && this.answer.equals(answer)
                && Objects.equals(this.explanation, explanation) && this.difficulty == difficulty;
    }

    /** Sets the exclusion group, which is not part of the wording (a pack may group twins later). */
    public void group(String group) {
        this.exclusionGroup = group;
    }

    public String getLineage() {
        return lineage == null ? questionKey : lineage;
    }

    public int getVersion() {
        return version == null ? 1 : version;
    }

    public String getExclusionGroup() {
        return exclusionGroup;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getRevisionNote() {
        return revisionNote;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public String getRetiredBy() {
        return retiredBy;
    }

    public String getRetireReason() {
        return retireReason;
    }

    /** Whether the version was retired because a revision replaced it (its reason then is the revision's note). */
    public boolean isRetiredByRevision() {
        return retireReason != null && retireReason.startsWith(REVISED);
    }

    /** The reason as pages show it: the revision's note for a version a revision replaced. */
    public String getRetireNote() {
        return isRetiredByRevision() ? retireReason.substring(REVISED.length()) : retireReason;
    }

    public AnswerKey answerKey() {
        return AnswerKey.parse(type, answer);
    }

    /** How many blanks a fill-in stem has (marked ____); at least one. */
    public int blankCount() {
        if (type != QuestionType.FILL) {
            return 0;
        }
        return Math.max(1, BLANK.split(stem, -1).length - 1);
    }

    public Long getId() {
        return id;
    }

    public String getQuestionKey() {
        return questionKey;
    }

    public QuestionType getType() {
        return type;
    }

    public String getStem() {
        return stem;
    }

    public List<String> getOptions() {
        return List.copyOf(options);
    }

    /** The answer as stored (letters, TRUE/FALSE, or the accepted fill-in texts with | and ;). */
    public String getAnswer() {
        return answer;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getCategory() {
        return category;
    }

    public RuleCode getClause() {
        return clause;
    }

    public int getDifficulty() {
        return difficulty;
    }

    public String getBasis() {
        return basis;
    }

    public boolean isActive() {
        return active;
    }
}
