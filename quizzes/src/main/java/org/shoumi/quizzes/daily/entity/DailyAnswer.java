package org.shoumi.quizzes.daily.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.shoumi.quizzes.bank.entity.BankQuestion;

/** A person's answer to the question of one day (the question's version as it was shown); one per person and day. */
@Entity
@Table(name = "daily_answer", uniqueConstraints = @UniqueConstraint(columnNames = {"person_key", "answered_on"}))
public class DailyAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_key", nullable = false, length = 20)
    private String personKey;

    @Column(name = "answered_on", nullable = false)
    private LocalDate day;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id", nullable = false)
    private BankQuestion question;

    @Column(name = "response", nullable = false, length = 2000)
    private String response;

    @Column(name = "fraction", nullable = false, precision = 6, scale = 4)
    private BigDecimal fraction;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected DailyAnswer() {
    }

    public DailyAnswer(String personKey, LocalDate day, BankQuestion question, String response, BigDecimal fraction,
                       Instant answeredAt) {
        this.personKey = Objects.requireNonNull(personKey);
        this.day = Objects.requireNonNull(day);
        this.question = Objects.requireNonNull(question);
        this.response = Objects.requireNonNull(response);
        this.fraction = Objects.requireNonNull(fraction);
        this.answeredAt = Objects.requireNonNull(answeredAt);
    }

    public Long getId() {
        return id;
    }

    public String getPersonKey() {
        return personKey;
    }

    public LocalDate getDay() {
        return day;
    }

    public BankQuestion getQuestion() {
        return question;
    }

    public String getResponse() {
        return response;
    }

    public BigDecimal getFraction() {
        return fraction;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public boolean isRight() {
        return fraction.compareTo(BigDecimal.ONE) == 0;
    }
}
