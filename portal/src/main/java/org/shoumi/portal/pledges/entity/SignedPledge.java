package org.shoumi.portal.pledges.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.employees.entity.Employee;

/**
 * A pledge as signed: which template and version, the exact text the person saw (and its SHA-256), the name
 * they typed, the signature they drew, when (server time), from where, and the archived PDF. Never changed or
 * deleted.
 */
@Entity
@Table(name = "signed_pledge")
@NamedQuery(name = SignedPledge.OF_EMPLOYEE,
        query = "select p from SignedPledge p where p.employee = :employee order by p.signedAt")
public class SignedPledge {

    public static final String OF_EMPLOYEE = "SignedPledge.ofEmployee";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @Column(name = "template_key", nullable = false, length = 64)
    private String templateKey;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "pledge_kind", nullable = false, length = 16)
    private PledgeKind pledgeKind;

    @Column(nullable = false, length = 200)
    private String title;

    @Lob
    @Column(name = "rendered_text", nullable = false)
    private String renderedText;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "typed_name", nullable = false, length = 50)
    private String typedName;

    @Column(name = "signed_by", nullable = false, length = 64)
    private String signedBy;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress;

    @Column(name = "user_agent", nullable = false, length = 512)
    private String userAgent;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "signature_png", nullable = false)
    private byte[] signaturePng;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] pdf;

    /** for a topic pledge: the issue it answers (its occasion is also in the signed text); null otherwise */
    @Column(name = "topic_issue_id")
    private Long topicIssueId;

    protected SignedPledge() {
    }

    /** A signed topic pledge, answering the issue {@code topicIssueId}. */
    public SignedPledge(Employee employee, String templateKey, int templateVersion, PledgeKind pledgeKind,
                        String title, String renderedText, String sha256, String typedName, String signedBy,
                        Instant signedAt, String clientAddress, String userAgent, byte[] signaturePng, byte[] pdf,
                        Long topicIssueId) {
        this(employee, templateKey, templateVersion, pledgeKind, title, renderedText, sha256, typedName, signedBy,
                signedAt, clientAddress, userAgent, signaturePng, pdf);
        this.topicIssueId = topicIssueId;
    }

    public SignedPledge(Employee employee, String templateKey, int templateVersion, PledgeKind pledgeKind,
                        String title, String renderedText, String sha256, String typedName, String signedBy,
                        Instant signedAt, String clientAddress, String userAgent, byte[] signaturePng, byte[] pdf) {
        this.employee = Objects.requireNonNull(employee);
        this.templateKey = templateKey;
        this.templateVersion = templateVersion;
        this.pledgeKind = pledgeKind;
        this.title = title;
        this.renderedText = renderedText;
        this.sha256 = sha256;
        this.typedName = typedName;
        this.signedBy = signedBy;
        this.signedAt = signedAt;
        this.clientAddress = clip(clientAddress, 64);
        this.userAgent = clip(userAgent, 512);
        this.signaturePng = signaturePng;
        this.pdf = pdf;
    }

    private static String clip(String s, int max) {
        String v = s == null ? "" : s;
        return v.length() <= max ? v : v.substring(0, max);
    }

    public Long getTopicIssueId() {
        return topicIssueId;
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public String getTemplateKey() {
        return templateKey;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public PledgeKind getPledgeKind() {
        return pledgeKind;
    }

    public String getTitle() {
        return title;
    }

    public String getRenderedText() {
        return renderedText;
    }

    public String getSha256() {
        return sha256;
    }

    public String getTypedName() {
        return typedName;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public byte[] getSignaturePng() {
        return signaturePng;
    }

    public byte[] getPdf() {
        return pdf;
    }
}
