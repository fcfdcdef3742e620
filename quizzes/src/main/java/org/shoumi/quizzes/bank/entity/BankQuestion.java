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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
public class BankQuestion implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ACTIVE = "BankQuestion.active";
    public static final String BY_KEY = "BankQuestion.byKey";
    public static final String COUNT = "BankQuestion.count";

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

    public AnswerKey answerKey() {
        return AnswerKey.parse(type, answer);
    }

    /** How many blanks a fill-in stem has (marked ____); at least one. */
    public int blankCount() {
        if (type != QuestionType.FILL) {
            return 0;
        }
        return Math.max(1, stem.split("_{3,}", -1).length - 1);
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
