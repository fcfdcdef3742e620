package org.shoumi.portal.pledges.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A topic pledge (专项保密承诺) an officer issued: the topic, the occasion (no classified content), an optional due
 * day, the department chosen (if one was), the staff numbers of everyone it was issued to, who issued it and when.
 * Never changed: the people concerned are kept as they were on the day (and one row each in
 * {@link TopicPledgeAddressee} for querying).
 */
@Entity
@Table(name = "topic_pledge_issue")
@NamedQuery(name = TopicPledgeIssue.ALL, query = "select i from TopicPledgeIssue i order by i.issuedAt desc, i.id desc")
public class TopicPledgeIssue {

    public static final String ALL = "TopicPledgeIssue.all";
    public static final int MAX_OCCASION = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private PledgeTopic topic;

    @Column(nullable = false, length = MAX_OCCASION)
    private String occasion;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "department_code", length = 32)
    private String departmentCode;

    /** the staff numbers of the people concerned, in order, separated by commas */
    @Lob
    @Column(nullable = false)
    private String addressees;

    @Column(name = "issued_by", nullable = false, length = 64)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected TopicPledgeIssue() {
    }

    public TopicPledgeIssue(PledgeTopic topic, String occasion, LocalDate dueOn, String departmentCode,
                            List<String> employeeNos, String issuedBy, Instant issuedAt) {
        this.topic = Objects.requireNonNull(topic);
        this.occasion = Objects.requireNonNull(occasion);
        this.dueOn = dueOn;
        this.departmentCode = departmentCode;
        this.addressees = String.join(",", employeeNos);
        this.issuedBy = Objects.requireNonNull(issuedBy);
        this.issuedAt = Objects.requireNonNull(issuedAt);
    }

    public Long getId() {
        return id;
    }

    public PledgeTopic getTopic() {
        return topic;
    }

    public String getOccasion() {
        return occasion;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public List<String> getAddressees() {
        return addressees.isEmpty() ? List.of() : List.of(addressees.split(","));
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
