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
import java.time.Instant;

/**
 * An accommodation for one person in one quiz: extra minutes on each attempt and/or extra attempts, with the
 * reason and who granted it. Never changed: a second grant is a second row, and the grants add up. Extra minutes
 * granted while the person has an attempt open move that attempt's deadline too; the grant then names it.
 */
@Entity
@Table(name = "quiz_accommodation")
@NamedQuery(name = Accommodation.OF_PERSON_AND_QUIZ, query = "select a from Accommodation a "
        + "where a.quiz = :quiz and a.personKey = :person order by a.id")
@NamedQuery(name = Accommodation.OF_PERSON, query = "select a from Accommodation a where a.personKey = :person")
@NamedQuery(name = Accommodation.OF_QUIZ, query = "select a from Accommodation a where a.quiz.code = :code "
        + "order by a.id desc")
public class Accommodation {

    public static final String OF_PERSON_AND_QUIZ = "Accommodation.ofPersonAndQuiz";
    public static final String OF_QUIZ = "Accommodation.ofQuiz";
    public static final String OF_PERSON = "Accommodation.ofPerson";

    /**
     * The most a single grant may add, and all of one person's grants in one quiz together: a day's worth of
     * minutes, and ten attempts.
     */
    public static final int MAX_EXTRA_MINUTES = 24 * 60;
    public static final int MAX_EXTRA_ATTEMPTS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "quiz_id", nullable = false)
    private Quiz quiz;

    @Column(name = "person_key", nullable = false, length = 20)
    private String personKey;

    @Column(name = "extra_minutes", nullable = false)
    private int extraMinutes;

    @Column(name = "extra_attempts", nullable = false)
    private int extraAttempts;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "granted_by", nullable = false, length = 60)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    /** The person's attempt that was open when this was granted and whose deadline its minutes moved; else null. */
    @Column(name = "extended_attempt_id")
    private Long extendedAttemptId;

    /** The deadline this grant gave the attempt it extended (a later grant may move it again); else null. */
    @Column(name = "extended_deadline")
    private Instant extendedDeadline;

    protected Accommodation() {
    }

    public Accommodation(Quiz quiz, String personKey, int extraMinutes, int extraAttempts, String reason,
                         String grantedBy, Instant grantedAt) {
        if (extraMinutes < 0 || extraAttempts < 0 || extraMinutes > MAX_EXTRA_MINUTES
                || extraAttempts > MAX_EXTRA_ATTEMPTS || extraMinutes + extraAttempts == 0) {
            throw new IllegalArgumentException("an accommodation grants 1 to " + MAX_EXTRA_MINUTES
                    + " extra minutes and/or 1 to " + MAX_EXTRA_ATTEMPTS + " extra attempts");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an accommodation needs a reason");
        }
        this.quiz = quiz;
        this.personKey = personKey;
        this.extraMinutes = extraMinutes;
        this.extraAttempts = extraAttempts;
        this.reason = reason.strip();
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
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

    public int getExtraMinutes() {
        return extraMinutes;
    }

    public int getExtraAttempts() {
        return extraAttempts;
    }

    public String getReason() {
        return reason;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public Long getExtendedAttemptId() {
        return extendedAttemptId;
    }

    public Instant getExtendedDeadline() {
        return extendedDeadline;
    }

    /**
     * Records, before the grant is stored, that its minutes were added to the open attempt's deadline: the attempt
     * and the deadline it has now.
     */
    public void extended(Attempt attempt) {
        if (id != null || extendedAttemptId != null) {
            throw new IllegalStateException("a grant is never changed once stored");
        }
        this.extendedAttemptId = attempt.getId();
        this.extendedDeadline = attempt.getDeadline();
    }
}
