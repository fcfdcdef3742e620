package org.shoumi.quizzes.certificates.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate once handed out, so that a paper copy can be checked: its code, and only what the public
 * verification page shows (the masked name, the exam, the day it was passed). Revocation is dated, attributed and
 * reasoned, and never undone.
 */
@Entity
@Table(name = "issued_certificate")
@NamedQuery(name = IssuedCertificate.BY_CODE, query = "select c from IssuedCertificate c where c.code = :code")
@NamedQuery(name = IssuedCertificate.BY_ATTEMPT,
        query = "select c from IssuedCertificate c where c.attemptId = :attempt")
public class IssuedCertificate {

    public static final String BY_CODE = "IssuedCertificate.byCode";
    public static final String BY_ATTEMPT = "IssuedCertificate.byAttempt";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 12)
    private String code;

    @Column(name = "attempt_id", nullable = false, unique = true)
    private long attemptId;

    @Column(name = "person_key", nullable = false, length = 20)
    private String personKey;

    @Column(name = "masked_name", nullable = false, length = 100)
    private String maskedName;

    @Column(name = "quiz_title", nullable = false, length = 200)
    private String quizTitle;

    @Column(name = "passed_on", nullable = false)
    private LocalDate passedOn;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 60)
    private String revokedBy;

    @Column(name = "revoke_reason", length = 500)
    private String revokeReason;

    protected IssuedCertificate() {
    }

    public IssuedCertificate(String code, long attemptId, String personKey, String maskedName, String quizTitle,
                             LocalDate passedOn, Instant issuedAt) {
        this.code = code;
        this.attemptId = attemptId;
        this.personKey = personKey;
        this.maskedName = maskedName;
        this.quizTitle = quizTitle;
        this.passedOn = passedOn;
        this.issuedAt = issuedAt;
    }

    /** Revokes the certificate once; a second revocation is refused, so the first reason and date stay. */
    public void revoke(Instant at, String by, String reason) {
        if (revokedAt != null) {
            throw new IllegalStateException("certificate " + code + " was revoked already");
        }
        this.revokedAt = at;
        this.revokedBy = by;
        this.revokeReason = reason;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public String getPersonKey() {
        return personKey;
    }

    public String getMaskedName() {
        return maskedName;
    }

    public String getQuizTitle() {
        return quizTitle;
    }

    public LocalDate getPassedOn() {
        return passedOn;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevokeReason() {
        return revokeReason;
    }
}
