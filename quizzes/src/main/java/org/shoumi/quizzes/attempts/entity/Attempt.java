package org.shoumi.quizzes.attempts.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.shoumi.quizzes.bank.entity.BankQuestion;

/**
 * One person's attempt at a quiz. Guards its own life: answers only while in progress, finishing once,
 * scores only when finished. The person is known by their staff number; the department is a snapshot for
 * contest rankings. A person's attempts at a quiz are numbered 1, 2, … and each number is taken once (a unique
 * constraint): that is what makes simultaneous starts open one attempt, not several.
 */
@Entity
@Table(name = "attempt", uniqueConstraints = @UniqueConstraint(name = "attempt_number_once",
        columnNames = {"quiz_id", "person_key", "number"}))
@NamedQuery(name = Attempt.OF_PERSON_AND_QUIZ,
        query = "select a from Attempt a where a.personKey = :person and a.quiz = :quiz order by a.number")
@NamedQuery(name = Attempt.OVERDUE,
        query = "select a.id from Attempt a where a.status = :open and a.deadline < :now")
public class Attempt {

    public static final String OF_PERSON_AND_QUIZ = "Attempt.ofPersonAndQuiz";
    public static final String OVERDUE = "Attempt.overdue";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "quiz_id", nullable = false)
    private Quiz quiz;

    @Column(name = "person_key", nullable = false, length = 20)
    private String personKey;

    @Column(name = "department_code", length = 32)
    private String departmentCode;

    @Column(nullable = false)
    private int number;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    private Instant deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AttemptStatus status = AttemptStatus.IN_PROGRESS;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(precision = 5, scale = 1)
    private BigDecimal percent;

    private Boolean passed;

    @Column(name = "repeated_questions", nullable = false)
    private int repeatedQuestions;

    /**
     * Minutes added to the deadline after the start, by accommodations granted while the attempt was open (each
     * names this attempt in its {@code extended_attempt_id}): the deadline set at the start is the deadline less
     * these minutes.
     */
    @Column(name = "extended_minutes", nullable = false)
    private int extendedMinutes;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AttemptItem> items = new ArrayList<>();

    protected Attempt() {
    }

    public Attempt(Quiz quiz, String personKey, String departmentCode, int number, Instant startedAt,
                   Instant deadline, int repeatedQuestions) {
        this.quiz = Objects.requireNonNull(quiz);
        this.personKey = Objects.requireNonNull(personKey);
        this.departmentCode = departmentCode;
        this.number = number;
        this.startedAt = Objects.requireNonNull(startedAt);
        this.deadline = deadline;
        this.repeatedQuestions = repeatedQuestions;
    }

    public void addItem(BankQuestion question, String optionOrder) {
        items.add(new AttemptItem(this, items.size() + 1, question, optionOrder));
    }

    /** Saves an answer; refused once the attempt is finished. */
    public AttemptItem answer(int position, String response, Instant at) {
        return answer(item(position), response, at);
    }

    /**
     * Saves an answer to one item of this attempt, found by the caller (by position, without loading the other
     * items: {@link AttemptItem#AT_POSITION}); refused once the attempt is finished.
     */
    public AttemptItem answer(AttemptItem item, String response, Instant at) {
        if (status.isFinished()) {
            throw new IllegalStateException("attempt " + id + " is " + status);
        }
        if (item.getAttempt() != this) {
            throw new IllegalArgumentException("question " + item.getPosition() + " is not of attempt " + id);
        }
        if (item.isRevealed()) {
            throw new IllegalStateException("question " + item.getPosition() + " was checked; its answer is final");
        }
        item.answer(response, at);
        return item;
    }

    /** Practice: shows the key of one question, after which its answer is final. */
    public AttemptItem reveal(int position) {
        if (quiz.getMode() != QuizMode.PRACTICE || status.isFinished()) {
            throw new IllegalStateException("only an open practice attempt shows answers before submitting");
        }
        AttemptItem item = item(position);
        item.reveal();
        return item;
    }

    /** Finishes the attempt once: scores every item with the given rule and records percent and pass. */
    public void finish(AttemptStatus how, Instant at, Function<AttemptItem, BigDecimal> score, BigDecimal percentOf,
                       boolean pass) {
        if (status.isFinished()) {
            throw new IllegalStateException("attempt " + id + " was already finished");
        }
        if (!how.isFinished()) {
            throw new IllegalArgumentException("finish as SUBMITTED or EXPIRED");
        }
        items.forEach(i -> i.scored(score.apply(i)));
        this.status = how;
        this.finishedAt = at;
        this.percent = percentOf;
        this.passed = pass;
    }

    /**
     * Moves the deadline of this open, timed attempt later by extra minutes granted while it runs, and keeps how many
     * minutes were added. Refused once finished or without a deadline.
     */
    public void extend(int minutes) {
        if (status.isFinished() || deadline == null || minutes <= 0) {
            throw new IllegalStateException("only an open attempt with a deadline is extended, by at least a minute");
        }
        deadline = deadline.plus(java.time.Duration.ofMinutes(minutes));
        extendedMinutes += minutes;
    }

    public AttemptItem item(int position) {
        if (position < 1 || position > items.size()) {
            throw new IllegalArgumentException("no question " + position + " in attempt " + id);
        }
        return items.get(position - 1);
    }

    public Long getId() {
        return id;
    }

    public Quiz getQuiz() {
        return quiz;
    }

    public String getPersonKey() {
        return personKey;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public int getNumber() {
        return number;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public Boolean getPassed() {
        return passed;
    }

    public int getRepeatedQuestions() {
        return repeatedQuestions;
    }

    public int getExtendedMinutes() {
        return extendedMinutes;
    }

    public List<AttemptItem> getItems() {
        return List.copyOf(items);
    }
}
