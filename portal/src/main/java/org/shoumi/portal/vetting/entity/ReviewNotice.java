package org.shoumi.portal.vetting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** That the secrecy officers were told a person's review due on {@code dueOn} is overdue: once per person and day. */
@Entity
@Table(name = "review_notice", uniqueConstraints = @UniqueConstraint(columnNames = {"employee_no", "due_on"}))
public class ReviewNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "employee_no", nullable = false, length = 20)
    private String employeeNo;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ReviewNotice() {
    }

    public ReviewNotice(String employeeNo, LocalDate dueOn, Instant sentAt) {
        this.employeeNo = Objects.requireNonNull(employeeNo);
        this.dueOn = Objects.requireNonNull(dueOn);
        this.sentAt = Objects.requireNonNull(sentAt);
    }

    public Long getId() {
        return id;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
