package org.shoumi.portal.incidents.entity;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A report of an incident as received: kind, when it happened or was found, where, what happened, the
 * attachment's type and hash (its bytes are an {@link IncidentAttachment}), and who reported it, unless it was
 * anonymous: then the reporter's login and staff number are null and nothing else about the submission is kept.
 * These fields never change (the evidence log holds them through the RECEIVED step). The status, the time of the
 * upward report and of the closure are derived from the steps and kept here for the register.
 */
@Entity
@Table(name = "incident")
@NamedQuery(name = Incident.OPEN_FIRST, query = "select i from Incident i order by i.status desc, i.receivedAt desc, "
        + "i.id desc")
@NamedQuery(name = Incident.OF_REPORTER, query = "select i from Incident i where i.reporterLogin = :login "
        + "order by i.receivedAt desc, i.id desc")
public class Incident {

    public static final String OPEN_FIRST = "Incident.openFirst";
    public static final String OF_REPORTER = "Incident.ofReporter";
    public static final int MAX_PLACE = 100;
    public static final int MAX_DESCRIPTION = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "incident_kind", nullable = false, length = 16)
    private IncidentKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "place", length = MAX_PLACE)
    private String place;

    @Column(name = "description", nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "anonymous", nullable = false)
    private boolean anonymous;

    /** the reporter's login; null for an anonymous report */
    @Column(name = "reporter_login", length = 64)
    private String reporterLogin;

    /** the reporter's staff number (null for an anonymous report, or a login without a person) */
    @Column(name = "reporter_no", length = 20)
    private String reporterNo;

    /** when the portal received it, to the minute */
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    /** received + the configured hours: when the upward report is due */
    @Column(name = "report_due", nullable = false)
    private Instant reportDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "attachment_type", length = 8)
    private AttachmentType attachmentType;

    @Column(name = "attachment_sha256", length = 64)
    private String attachmentSha256;

    @Column(name = "attachment_size")
    private Integer attachmentSize;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 8)
    private IncidentStatus status = IncidentStatus.OPEN;

    /** when the unit reported upwards (as the officer recorded it); null until then */
    @Column(name = "reported_upward_at")
    private Instant reportedUpwardAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Incident() {
    }

    /** Use {@code incidents.control.Intake}, which leaves out the reporter of an anonymous report. */
    public Incident(IncidentKind kind, LocalDate occurredOn, String place, String description, boolean anonymous,
                    String reporterLogin, String reporterNo, Instant receivedAt, Instant reportDue) {
        if (anonymous && (reporterLogin != null || reporterNo != null)) {
            throw new IllegalArgumentException("an anonymous report names nobody");
        }
        if (!anonymous && reporterLogin == null) {
            throw new IllegalArgumentException("a named report names its reporter");
        }
        this.kind = Objects.requireNonNull(kind);
        this.occurredOn = Objects.requireNonNull(occurredOn);
        this.place = place;
        this.description = Objects.requireNonNull(description);
        this.anonymous = anonymous;
        this.reporterLogin = reporterLogin;
        this.reporterNo = reporterNo;
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.reportDue = Objects.requireNonNull(reportDue);
    }

    /** The attachment's type, hash and size; set once, with the report. */
    public void attach(AttachmentType type, String sha256, int size) {
        if (attachmentType != null) {
            throw new IllegalStateException("a report has one attachment");
        }
        this.attachmentType = Objects.requireNonNull(type);
        this.attachmentSha256 = Objects.requireNonNull(sha256);
        this.attachmentSize = size;
    }

    public void reportedUpward(Instant at) {
        if (reportedUpwardAt != null) {
            throw new IllegalStateException("already reported upwards");
        }
        this.reportedUpwardAt = Objects.requireNonNull(at);
    }

    public void close(Instant at) {
        if (status == IncidentStatus.CLOSED) {
            throw new IllegalStateException("already closed");
        }
        this.status = IncidentStatus.CLOSED;
        this.closedAt = Objects.requireNonNull(at);
    }

    /** The reference the unit uses: SJ-000042. */
    public String getReference() {
        return reference(id);
    }

    public static String reference(long id) {
        return String.format("SJ-%06d", id);
    }

    public Long getId() {
        return id;
    }

    public IncidentKind getKind() {
        return kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getPlace() {
        return place;
    }

    public String getDescription() {
        return description;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public String getReporterLogin() {
        return reporterLogin;
    }

    public String getReporterNo() {
        return reporterNo;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getReportDue() {
        return reportDue;
    }

    public AttachmentType getAttachmentType() {
        return attachmentType;
    }

    public String getAttachmentSha256() {
        return attachmentSha256;
    }

    public Integer getAttachmentSize() {
        return attachmentSize;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public Instant getReportedUpwardAt() {
        return reportedUpwardAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
