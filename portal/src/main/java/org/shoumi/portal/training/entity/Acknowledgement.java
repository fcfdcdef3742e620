package org.shoumi.portal.training.entity;

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
import java.time.Instant;
import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;

/**
 * A person's record that they read and understood one exact version of a rule or of their post's duties:
 * the version number and the SHA-256 of its text, when, and how long the page was open. Never deleted.
 */
@Entity
@Table(name = "acknowledgement",
        uniqueConstraints = @UniqueConstraint(columnNames = {"employee_id", "document_key", "version"}))
@NamedQuery(name = Acknowledgement.OF_EMPLOYEE,
        query = "select a from Acknowledgement a where a.employee = :employee order by a.documentKey, a.version")
@NamedQuery(name = Acknowledgement.LATEST_PER_PERSON,
        query = "select a.employee.id, a.documentKey, max(a.version) from Acknowledgement a "
                + "group by a.employee.id, a.documentKey")
public class Acknowledgement {

    public static final String OF_EMPLOYEE = "Acknowledgement.ofEmployee";
    public static final String LATEST_PER_PERSON = "Acknowledgement.latestPerPerson";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    @Column(name = "document_key", nullable = false, length = 100)
    private String documentKey;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "acknowledged_at", nullable = false)
    private Instant acknowledgedAt;

    @Column(name = "reading_seconds", nullable = false)
    private long readingSeconds;

    protected Acknowledgement() {
    }

    public Acknowledgement(Employee employee, String documentKey, int version, String sha256, Instant acknowledgedAt,
                           long readingSeconds) {
        this.employee = Objects.requireNonNull(employee);
        this.documentKey = Objects.requireNonNull(documentKey);
        this.version = version;
        this.sha256 = Objects.requireNonNull(sha256);
        this.acknowledgedAt = Objects.requireNonNull(acknowledgedAt);
        this.readingSeconds = readingSeconds;
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public String getDocumentKey() {
        return documentKey;
    }

    public int getVersion() {
        return version;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public long getReadingSeconds() {
        return readingSeconds;
    }
}
