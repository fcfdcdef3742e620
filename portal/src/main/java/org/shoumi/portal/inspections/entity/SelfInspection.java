package org.shoumi.portal.inspections.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.organisation.entity.Department;

/**
 * One checklist to fill in a round: by a person for themselves (personal round) or by the head of a
 * department for the department (department round). Submitted once with every item answered; then it is
 * fixed for good.
 */
@Entity
@Table(name = "self_inspection")
@NamedQuery(name = SelfInspection.OF_RESPONDENT,
        query = "select s from SelfInspection s join fetch s.round join fetch s.department "
                + "where s.respondent = :respondent order by s.round.due, s.id")
@NamedQuery(name = SelfInspection.OF_ROUND,
        query = "select s from SelfInspection s join fetch s.respondent join fetch s.department "
                + "where s.round = :round order by s.department.code, s.id")
@NamedQuery(name = SelfInspection.COMPLETION,
        query = "select r.id, d.code, d.name, d.nameEn, s.status, count(s), r.scope, d.id from SelfInspection s "
                + "join s.round r join s.department d join s.respondent e "
                // one not submitted by someone who has left the post or the unit is no longer asked for
                + "where s.status = org.shoumi.portal.inspections.entity.InspectionStatus.SUBMITTED "
                + "or e.status in (org.shoumi.portal.employees.entity.EmployeeStatus.ONBOARDING, "
                + "org.shoumi.portal.employees.entity.EmployeeStatus.ACTIVE) "
                + "group by r.id, d.code, d.name, d.nameEn, s.status, r.scope, d.id")
public class SelfInspection {

    public static final String OF_RESPONDENT = "SelfInspection.ofRespondent";
    public static final String OF_ROUND = "SelfInspection.ofRound";
    public static final String COMPLETION = "SelfInspection.completion";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id", nullable = false)
    private InspectionRound round;

    /** Who fills it in: the person (personal round) or the department's head (department round). */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "respondent_id", nullable = false)
    private Employee respondent;

    /**
     * The department it counts for: the person's department (when the round was opened, and the one they were moved
     * to while it is open), or the department inspected.
     */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InspectionStatus status = InspectionStatus.OPEN;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "self_inspection_answer", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "item_position")
    private List<Answer> answers = new ArrayList<>();

    protected SelfInspection() {
    }

    public SelfInspection(InspectionRound round, Employee respondent, Department department) {
        this.round = Objects.requireNonNull(round);
        this.respondent = Objects.requireNonNull(respondent);
        this.department = Objects.requireNonNull(department);
    }

    /** Records every answer at once; a self-inspection is submitted only once. */
    public void submit(List<Answer> all, Instant at, String by) {
        if (status != InspectionStatus.OPEN) {
            throw new IllegalStateException("self-inspection " + id + " was already submitted");
        }
        if (all == null || all.isEmpty()) {
            throw new IllegalArgumentException("a self-inspection is submitted with its answers");
        }
        answers.clear();
        answers.addAll(all);
        submittedAt = Objects.requireNonNull(at);
        submittedBy = Objects.requireNonNull(by);
        status = InspectionStatus.SUBMITTED;
    }

    /**
     * The department it counts for becomes {@code now}: a personal checklist not yet submitted follows its
     * respondent moved to another department; a submitted one is fixed for good.
     */
    public void followRespondentTo(Department now) {
        if (status != InspectionStatus.OPEN) {
            throw new IllegalStateException("self-inspection " + id + " was submitted in its department");
        }
        department = Objects.requireNonNull(now);
    }

    /**
     * Whoever answers for the department now answers this department's form not yet submitted: its head moved to
     * another department (it stayed with him, and he could submit it for the department he left: tester zg), or a
     * department answered by the office for want of a head has one now. A submitted one is fixed for good.
     */
    public void handOverTo(Employee now) {
        if (status != InspectionStatus.OPEN) {
            throw new IllegalStateException("self-inspection " + id + " was submitted by its respondent");
        }
        respondent = Objects.requireNonNull(now);
    }

    public boolean isSubmitted() {
        return status == InspectionStatus.SUBMITTED;
    }

    public Long getId() {
        return id;
    }

    public InspectionRound getRound() {
        return round;
    }

    public Employee getRespondent() {
        return respondent;
    }

    public Department getDepartment() {
        return department;
    }

    public InspectionStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public List<Answer> getAnswers() {
        return List.copyOf(answers);
    }
}
