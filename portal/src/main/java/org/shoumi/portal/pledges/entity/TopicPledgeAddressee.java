package org.shoumi.portal.pledges.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.shoumi.portal.employees.entity.Employee;

/** One person a topic pledge was issued to (part of the issue: written with it, never changed). */
@Entity
@Table(name = "topic_pledge_addressee", uniqueConstraints = @UniqueConstraint(columnNames = {"issue_id", "employee_id"}))
public class TopicPledgeAddressee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "issue_id", nullable = false)
    private TopicPledgeIssue issue;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    protected TopicPledgeAddressee() {
    }

    public TopicPledgeAddressee(TopicPledgeIssue issue, Employee employee) {
        this.issue = issue;
        this.employee = employee;
    }

    public Long getId() {
        return id;
    }

    public TopicPledgeIssue getIssue() {
        return issue;
    }

    public Employee getEmployee() {
        return employee;
    }
}
