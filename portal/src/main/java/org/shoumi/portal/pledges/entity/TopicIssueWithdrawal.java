package org.shoumi.portal.pledges.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A topic pledge issue withdrawn by the secrecy office, with when, by whom and why: one per issue, never changed. The
 * issue stays as it was made; those who had not signed it owe it no more, those who signed keep their signed pledge.
 */
@Entity
@Table(name = "topic_issue_withdrawal")
public class TopicIssueWithdrawal {

    /** The longest reason kept. */
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "issue_id", nullable = false, unique = true, updatable = false)
    private TopicPledgeIssue issue;

    @Column(name = "withdrawn_at", nullable = false, updatable = false)
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", nullable = false, updatable = false, length = 64)
    private String withdrawnBy;

    @Column(nullable = false, updatable = false, length = MAX_REASON)
    private String reason;

    protected TopicIssueWithdrawal() {
    }

    public TopicIssueWithdrawal(TopicPledgeIssue issue, Instant withdrawnAt, String withdrawnBy, String reason) {
        this.issue = Objects.requireNonNull(issue);
        this.withdrawnAt = Objects.requireNonNull(withdrawnAt);
        this.withdrawnBy = Objects.requireNonNull(withdrawnBy);
        this.reason = Objects.requireNonNull(reason);
    }

    public Long getId() {
        return id;
    }

    public TopicPledgeIssue getIssue() {
        return issue;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getReason() {
        return reason;
    }
}
