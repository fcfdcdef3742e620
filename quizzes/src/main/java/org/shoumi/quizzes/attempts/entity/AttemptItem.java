package org.shoumi.quizzes.attempts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.Instant;
import org.shoumi.quizzes.bank.entity.BankQuestion;

/** One question of one attempt: its position, the order its options are shown in, the saved answer and its score. */
@Entity
@NamedQuery(name = AttemptItem.AT_POSITION,
        query = "select i from AttemptItem i where i.attempt = :attempt and i.position = :position")
@Table(name = "attempt_item", uniqueConstraints = @UniqueConstraint(columnNames = {"attempt_id", "position"}))
public class AttemptItem {

    /** One question of an attempt by its position, without loading the attempt's other questions. */
    public static final String AT_POSITION = "AttemptItem.atPosition";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "attempt_id", nullable = false)
    private Attempt attempt;

    @Column(nullable = false)
    private int position;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "question_id", nullable = false)
    private BankQuestion question;

    /** Original option letters in the order shown, e.g. "CADB"; empty for true/false and fill-in. */
    @Column(name = "option_order", nullable = false, length = 6)
    private String optionOrder;

    @Column(length = 2000)
    private String response;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(precision = 6, scale = 4)
    private BigDecimal fraction;

    /** Practice only: the answer was checked and the key shown, so the answer can no longer change. */
    @Column(nullable = false)
    private boolean revealed;

    protected AttemptItem() {
    }

    AttemptItem(Attempt attempt, int position, BankQuestion question, String optionOrder) {
        this.attempt = attempt;
        this.position = position;
        this.question = question;
        this.optionOrder = optionOrder;
    }

    void answer(String response, Instant at) {
        this.response = response;
        this.savedAt = at;
    }

    void scored(BigDecimal fraction) {
        this.fraction = fraction;
    }

    void reveal() {
        this.revealed = true;
    }

    Attempt getAttempt() {
        return attempt;
    }

    public boolean isRevealed() {
        return revealed;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public BankQuestion getQuestion() {
        return question;
    }

    public String getOptionOrder() {
        return optionOrder;
    }

    public String getResponse() {
        return response;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public BigDecimal getFraction() {
        return fraction;
    }
}
