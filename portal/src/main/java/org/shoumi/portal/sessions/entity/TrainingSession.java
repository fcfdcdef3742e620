package org.shoumi.portal.sessions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An offline training session as scheduled: kind, topic, when and where, whom it is for (department codes and
 * secrecy classes, comma separated; empty: all staff) and the hours (学时) it counts for. Kept for good and never
 * changed, except for the check-in code the officer shows at the session, which a renewal replaces.
 */
@Entity
@Table(name = "training_session")
@NamedQuery(name = TrainingSession.ALL, query = "select s from TrainingSession s order by s.startsAt desc, s.code")
@NamedQuery(name = TrainingSession.BY_CODE, query = "select s from TrainingSession s where s.code = :code")
@NamedQuery(name = TrainingSession.BY_CHECK_IN_CODE,
        query = "select s from TrainingSession s where s.checkInCode = :checkInCode order by s.startsAt desc")
public class TrainingSession {

    public static final String ALL = "TrainingSession.all";
    public static final String BY_CODE = "TrainingSession.byCode";
    public static final String BY_CHECK_IN_CODE = "TrainingSession.byCheckInCode";
    public static final int MAX_CODE_LENGTH = 40;
    public static final int MAX_TOPIC_LENGTH = 200;
    public static final int MAX_PLACE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = MAX_CODE_LENGTH)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_kind", nullable = false, length = 16)
    private SessionKind kind;

    @NotBlank
    @Size(max = MAX_TOPIC_LENGTH)
    @Column(nullable = false, length = MAX_TOPIC_LENGTH)
    private String topic;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Size(max = MAX_PLACE_LENGTH)
    @Column(length = MAX_PLACE_LENGTH)
    private String place;

    /** department codes, comma separated; empty: every department */
    @Column(nullable = false, length = 1000)
    private String departments;

    /** secrecy classes (SecrecyClass names), comma separated; empty: every class */
    @Column(nullable = false, length = 100)
    private String classes;

    /** 学时, one decimal */
    @Column(name = "session_hours", nullable = false, precision = 4, scale = 1)
    private BigDecimal hours;

    @Column(name = "scheduled_by", nullable = false, length = 64)
    private String scheduledBy;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    /** the six-digit code shown at the session; null until the officer asks for one */
    @Column(name = "check_in_code", length = 6)
    private String checkInCode;

    @Column(name = "code_issued_at")
    private Instant codeIssuedAt;

    @Column(name = "code_issued_by", length = 64)
    private String codeIssuedBy;

    protected TrainingSession() {
    }

    public TrainingSession(String code, SessionKind kind, String topic, Instant startsAt, Instant endsAt, String place,
                           String departments, String classes, BigDecimal hours, String scheduledBy,
                           Instant scheduledAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a session ends after it starts");
        }
        if (hours.signum() <= 0) {
            throw new IllegalArgumentException("a session counts for some hours");
        }
        this.code = Objects.requireNonNull(code);
        this.kind = Objects.requireNonNull(kind);
        this.topic = Objects.requireNonNull(topic);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.departments = Objects.requireNonNull(departments);
        this.classes = Objects.requireNonNull(classes);
        this.hours = hours;
        this.scheduledBy = Objects.requireNonNull(scheduledBy);
        this.scheduledAt = Objects.requireNonNull(scheduledAt);
    }

    /** A fresh check-in code replaces the one shown before; the old one no longer checks anybody in. */
    public void issueCode(String newCode, Instant at, String by) {
        if (newCode == null || !newCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("a check-in code has six digits");
        }
        this.checkInCode = newCode;
        this.codeIssuedAt = Objects.requireNonNull(at);
        this.codeIssuedBy = Objects.requireNonNull(by);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public SessionKind getKind() {
        return kind;
    }

    public String getTopic() {
        return topic;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getDepartments() {
        return departments;
    }

    public String getClasses() {
        return classes;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getScheduledBy() {
        return scheduledBy;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public String getCheckInCode() {
        return checkInCode;
    }

    public Instant getCodeIssuedAt() {
        return codeIssuedAt;
    }

    public String getCodeIssuedBy() {
        return codeIssuedBy;
    }
}
