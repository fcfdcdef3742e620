package org.shoumi.portal.employees.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
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
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.content.text.Texts;

/** A person on the unit's roster, identified by their staff number (工号). Never deleted: leavers change status. */
@Entity
@Table(name = "employee")
@NamedQuery(name = Employee.BY_NUMBER,
        query = "select e from Employee e join fetch e.department join fetch e.post where e.employeeNo = :employeeNo")
@NamedQuery(name = Employee.COUNT, query = "select count(e) from Employee e")
@NamedQuery(name = Employee.OF_ACCOUNT, query = "select e from Account a join a.employee e join fetch e.department "
        + "join fetch e.post where a.username = :username")
public class Employee {

    public static final String BY_NUMBER = "Employee.byNumber";
    public static final String COUNT = "Employee.count";
    public static final String OF_ACCOUNT = "Employee.ofAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** 工号: letters, digits and dashes. */
    @StaffNumber
    @Column(name = "employee_no", nullable = false, unique = true, length = StaffNumber.MAX_LENGTH)
    private String employeeNo;

    @NotBlank(message = "{employee.name.required}")
    @Size(max = 50, message = "{employee.name.tooLong}")
    @PersonName
    @Column(nullable = false, length = 50)
    private String name;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "post_id", nullable = false)
    private Post post;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "secrecy_class", nullable = false, length = 16)
    private SecrecyClass secrecyClass;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EmployeeStatus status;

    @NotNull
    @Column(name = "hire_date", nullable = false)
    private LocalDate hireDate;

    /** Where reminders go; optional (not every roster has it). */
    @EmailAddress
    @Column(length = EmailAddress.MAX_LENGTH)
    private String email;

    protected Employee() {
    }

    public Employee(String employeeNo, String name, Department department, Post post,
                    SecrecyClass secrecyClass, EmployeeStatus status, LocalDate hireDate) {
        this.employeeNo = employeeNo;
        this.name = name;
        this.department = Objects.requireNonNull(department);
        this.post = Objects.requireNonNull(post);
        this.secrecyClass = Objects.requireNonNull(secrecyClass);
        this.status = Objects.requireNonNull(status);
        this.hireDate = Objects.requireNonNull(hireDate);
    }

    /** The values a history entry compares: name, department, post, secrecy class and status. */
    public record Snapshot(String name, String departmentCode, String postCode, SecrecyClass secrecyClass,
                           EmployeeStatus status) {
    }

    /**
     * Whether the login {@code username} is this person's own (false for none): nobody records or changes an entry
     * of their own file (their vetting, reward or sanction, liaison appointment, post or class); another officer or HR
     * does.
     */
    public static boolean isLoginOf(EntityManager em, Employee person, String username) {
        // the login by its name (a unique index: one row read, nothing else locked), its person compared here; a
        // count over the person's accounts scanned the table, and three departures opened at once waited on it
        return username != null && em.createQuery("select a.employee.id from Account a where a.username = :u",
                        Long.class).setParameter("u", username).getResultStream()
                .anyMatch(id -> id != null && id.equals(person.getId()));
    }

    /**
     * The person with this staff number, as typed: the number itself or its upper-case form (staff numbers are
     * stored in capitals; "sm002" typed in a form or an address is SM002). Two indexed lookups, not a scan.
     */
    public static TypedQuery<Employee> byNumber(EntityManager em, String employeeNo) {
        String typed = employeeNo == null ? "" : employeeNo.strip();
        return em.createQuery("select e from Employee e join fetch e.department join fetch e.post "
                        + "where e.employeeNo = :typed or e.employeeNo = :capitals", Employee.class)
                .setParameter("typed", typed).setParameter("capitals", canonicalNumber(typed));
    }

    /**
     * The form a staff number is stored in: without surrounding spaces, full-width letters and digits made
     * half-width, in capitals. The roster import and the hire form store this form, so one person cannot be hired
     * twice as SM031 and sm031.
     */
    public static String canonicalNumber(String employeeNo) {
        if (employeeNo == null) {
            return null;
        }
        return Texts.halfWidth(employeeNo).strip().toUpperCase(Locale.ROOT);
    }

    /** What the record says now; read inside a transaction (it reads the department and post codes). */
    public Snapshot snapshot() {
        return new Snapshot(name, department.getCode(), post.getCode(), secrecyClass, status);
    }

    /** Onboarding is complete: the person is now in post (在岗). */
    public void takeUpPost() {
        if (status != EmployeeStatus.ONBOARDING) {
            throw new IllegalStateException("only a person being onboarded takes up the post, not " + status);
        }
        status = EmployeeStatus.ACTIVE;
    }

    /**
     * A person out of the post (离岗) goes back to a secret-related post as a new one (按新上岗): not yet in post
     * (待上岗) until their new onboarding is done.
     */
    public void returnToPost() {
        if (status != EmployeeStatus.LEFT_POST) {
            throw new IllegalStateException("only a person who left the post returns to one, not " + status);
        }
        status = EmployeeStatus.ONBOARDING;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    /** Whether the person holds their post or is about to take it (待上岗 / 在岗). */
    public boolean isInPost() {
        return status == EmployeeStatus.ONBOARDING || status == EmployeeStatus.ACTIVE;
    }

    /**
     * An approved departure: the person leaves the post (离岗) or the unit (离职). A person in post can leave either;
     * a person who left the post (离岗) can still leave the unit. Nothing else about them changes, and their records
     * stay.
     */
    public void leave(EmployeeStatus to) {
        if (to != EmployeeStatus.LEFT_POST && to != EmployeeStatus.LEFT_UNIT) {
            throw new IllegalArgumentException("not a departure: " + to);
        }
        if (!isInPost() && !(status == EmployeeStatus.LEFT_POST && to == EmployeeStatus.LEFT_UNIT)) {
            throw new IllegalStateException(employeeNo + " is not in post but " + status);
        }
        this.status = to;
    }

    /**
     * An approved departure out of a secret-related class (or down to a lower one): the person moves to the
     * department, post and class HR asked for. Moved to 非涉密 they have left the secret-related post (离岗);
     * moved to a lower secret-related class they stay in post.
     */
    public void moveAfterDeparture(Department department, Post post, SecrecyClass lowerClass) {
        if (!isInPost()) {
            throw new IllegalStateException(employeeNo + " is not in post but " + status);
        }
        if (!secrecyClass.isLoweredTo(lowerClass)) {
            throw new IllegalArgumentException(secrecyClass + " is not lowered to " + lowerClass);
        }
        this.department = Objects.requireNonNull(department);
        this.post = Objects.requireNonNull(post);
        this.secrecyClass = lowerClass;
        this.status = lowerClass.isSecretRelated() ? status : EmployeeStatus.LEFT_POST;
    }

    /**
     * HR records a new name, department, post or secrecy class (from the roster form, 批量调整 or an import). Someone
     * who has left the unit is not changed this way. A person in post in 非涉密 moved into a secret-related class
     * takes up a secret-related post as a new one: not yet in post (待上岗) until their onboarding is done, as a hire
     * of that class is (they stayed 在岗, even before their first day, with no vetting; outside check).
     */
    public void update(String name, Department department, Post post, SecrecyClass secrecyClass) {
        if (status == EmployeeStatus.LEFT_UNIT) {
            throw new IllegalStateException("a person who has left the unit is not changed: " + employeeNo);
        }
        boolean intoSecretPost = status == EmployeeStatus.ACTIVE && !this.secrecyClass.isSecretRelated()
                && Objects.requireNonNull(secrecyClass).isSecretRelated();
        this.name = Objects.requireNonNull(name);
        this.department = Objects.requireNonNull(department);
        this.post = Objects.requireNonNull(post);
        this.secrecyClass = Objects.requireNonNull(secrecyClass);
        if (intoSecretPost) {
            status = EmployeeStatus.ONBOARDING;
        }
    }

    public Long getId() {
        return id;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public String getName() {
        return name;
    }

    public Department getDepartment() {
        return department;
    }

    public Post getPost() {
        return post;
    }

    public SecrecyClass getSecrecyClass() {
        return secrecyClass;
    }

    public EmployeeStatus getStatus() {
        return status;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }
}
