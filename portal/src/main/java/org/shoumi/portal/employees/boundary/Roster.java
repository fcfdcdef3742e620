package org.shoumi.portal.employees.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.employees.boundary.HireRefusedException.Reason;
import org.shoumi.portal.employees.boundary.RosterImportOutcome.ClosedProgramme;
import org.shoumi.portal.employees.boundary.RosterImportOutcome.GivenProgramme;
import org.shoumi.portal.employees.boundary.RosterImportOutcome.NewLogin;
import org.shoumi.portal.employees.control.HireCorrection;
import org.shoumi.portal.employees.control.RosterDirectory;
import org.shoumi.portal.employees.control.RosterFiles;
import org.shoumi.portal.employees.control.RosterPlan;
import org.shoumi.portal.employees.control.RosterPlan.Change;
import org.shoumi.portal.employees.control.RosterPlan.Planned;
import org.shoumi.portal.employees.control.RosterReader;
import org.shoumi.portal.employees.control.RosterColumn;
import org.shoumi.portal.employees.control.RosterProblem;
import org.shoumi.portal.employees.entity.ChangeSource;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.PersonnelChange;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.employees.entity.TrainingCall;
import org.shoumi.content.text.Texts;
import org.shoumi.portal.shared.Usernames;

/**
 * Changes to the roster by HR. Hiring someone into a secret-related class opens their onboarding programme in
 * the same transaction: either the person, their login and their programme are all recorded, or nothing is.
 * A roster file is imported the same way, all or nothing, and so is a change of post or class with the
 * programme it calls for.
 */
@ApplicationScoped
@Boundary
public class Roster {

    /** The import's transaction: a transaction that timed out stops the import at once (see {@link #importFile}). */
    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Event<LoginRequested> loginRequests;

    @Inject
    Event<TrainingCalled> trainings;

    @Inject
    Event<OpenProgrammesAsked> openAsked;

    @Inject
    Event<PlanTrainingAsked> planTrainings;

    @Inject
    Validator validator;

    @Inject
    Documents documents;

    @Inject
    PersonnelHistory history;

    @Inject
    Event<SecretClassLowering> lowerings;

    @Inject
    Event<PersonnelChangeAsked> changesAsked;

    @Inject
    Event<org.shoumi.portal.events.PersonnelBatchChanged> batchChanged;

    @Inject
    Event<SameNameLeaversAsked> sameNameAsked;

    @Inject
    Event<DepartingToAsked> departingAsked;

    @Inject
    Event<SecretPostTransfer> transfers;

    @Inject
    Event<TrainingWithdrawn> withdrawnTrainings;

    /** Today in the unit's time zone. */
    public java.time.LocalDate today() {
        return documents.today();
    }

    /** The rows of an import, as far as it has got. */
    @FunctionalInterface
    public interface Progress {
        void rows(int done, int total);
    }

    /**
     * The programme a hire or change was given: its kind's name (ONBOARDING, TRANSFER) and due date; {@code kept}
     * when it was open already and none was started.
     */
    public record GivenTraining(String programme, java.time.LocalDate due, boolean kept) {
    }

    /**
     * Records the hire and its login (opened by the security feature); returns the onboarding programme the
     * programmes feature gave, if any. Refused ({@link HireRefusedException}) with nothing stored.
     */
    public Optional<GivenTraining> hire(HireDraft d, String by) {
        return hireTelling(d, by).training();
    }

    /**
     * What a hire was given: the onboarding programme, if any, and the started yearly plans' items (the hire form
     * says both, as the roster import does).
     */
    public record Hired(Optional<GivenTraining> training, List<PlanTrainingAsked.PlanTraining> plans) {
    }

    /** {@link #hire}, saying too which yearly-plan programmes the hire was given. */
    public Hired hireTelling(HireDraft d, String by) {
        java.time.Instant began = java.time.Instant.now().minusSeconds(1);
        Optional<GivenTraining> training = hireOnly(d, by);
        String employeeNo = Employee.canonicalNumber(d.employeeNo());
        PlanTrainingAsked gave = PlanTrainingAsked.gaveSince(List.of(new PlanTrainingAsked.Person(employeeNo, true,
                d.departmentCode(), d.postCode(), d.secrecyClass(), null, d.hireDate())), began);
        planTrainings.fire(gave);
        return new Hired(training, gave.of(employeeNo));
    }

    private Optional<GivenTraining> hireOnly(HireDraft d, String by) {
        String employeeNo = Employee.canonicalNumber(d.employeeNo());
        if (employeeNo != null) {
            // the hint fits the person on the roster: a hire 待上岗 was told the 离岗 returnee's path (outside check)
            Employee.byNumber(em, employeeNo).getResultStream().findFirst().ifPresent(known -> {
                throw new HireRefusedException(switch (known.getStatus()) {
                    case LEFT_POST -> Reason.EMPLOYEE_NO_LEFT_POST;
                    case LEFT_UNIT -> Reason.EMPLOYEE_NO_LEFT_UNIT;
                    default -> Reason.EMPLOYEE_NO_TAKEN;
                });
            });
        }
        // read as the roster import reads it: full-width letters and digits as ordinary ones (ＳＹＳＴＥＭ is system,
        // reserved; the form called it invalid where the import named it reserved; outside check)
        String username = d.username() == null ? null
                : org.shoumi.content.text.Texts.halfWidth(d.username()).strip().toLowerCase(Locale.ROOT);
        if (username == null || !Usernames.isValid(username)) {
            throw new HireRefusedException(Reason.USERNAME_INVALID);
        }
        if (Usernames.isReserved(username)) {
            throw new HireRefusedException(Reason.USERNAME_RESERVED);
        }
        if (d.password() == null) {
            throw new HireRefusedException(Reason.PASSWORD_LENGTH);
        }
        Department department = department(d.departmentCode())
                .orElseThrow(() -> new HireRefusedException(Reason.UNKNOWN_DEPARTMENT));
        Post post = post(d.postCode()).orElseThrow(() -> new HireRefusedException(Reason.UNKNOWN_POST));
        if (d.secrecyClass() == null || d.hireDate() == null) {
            throw new HireRefusedException(Reason.INVALID);
        }
        if (!RosterReader.plausibleHireDate(d.hireDate(), documents.today())) {
            throw new HireRefusedException(Reason.HIRE_DATE_OUT_OF_RANGE);
        }
        if (d.name() != null && d.name().chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            // a line break or a bell is no padding to take out: the name is refused, not cleaned
            throw new HireRefusedException(Reason.NAME_INVALID);
        }
        EmployeeStatus status = d.secrecyClass().isSecretRelated() ? EmployeeStatus.ONBOARDING : EmployeeStatus.ACTIVE;
        Employee employee = new Employee(employeeNo,
                // the name as the roster import writes it (padding and full-width spaces out), so a re-import of the HR
                // system's roster reports no change of name (outside check)
                d.name() == null ? null : RosterReader.name(d.name()), department, post, d.secrecyClass(), status,
                d.hireDate());
        employee.setEmail(d.email());
        if (!validator.validateProperty(employee, "email").isEmpty()) {
            throw new HireRefusedException(Reason.EMAIL_INVALID);
        }
        Set<String> invalid = validator.validate(employee).stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
        if (invalid.contains("employeeNo")) {
            throw new HireRefusedException(Reason.EMPLOYEE_NO_INVALID);
        }
        if (invalid.contains("name")) {
            throw new HireRefusedException(employee.getName() != null && employee.getName().length() > 50
                    ? Reason.NAME_TOO_LONG : Reason.NAME_INVALID);
        }
        if (!invalid.isEmpty()) {
            throw new HireRefusedException(Reason.INVALID);
        }
        // a leaver of the same name under a running 脱密期: named, and the hire waits for HR to confirm it is another
        // person (it saved with "已登记入花名册" alone, and the new number was free to travel; outside check)
        List<SameNameLeaversAsked.Leaver> leavers = sameNameLeavers(List.of(employee.getName())).of(employee.getName());
        if (!leavers.isEmpty() && !d.otherPersonConfirmed()) {
            throw new HireRefusedException(Reason.SAME_NAME_LEAVER, leavers);
        }
        em.persist(employee);
        history.hired(employee, by, ChangeSource.HIRE, leavers.isEmpty() ? null : otherPersonConfirmed(leavers));
        loginRequests.fire(new LoginRequested(employee, username, d.password(), by));
        return TrainingCall.onHire(employee.getSecrecyClass()).map(call -> callTraining(employee, call, by));
    }

    /** The leavers under a running 脱密期 of each of these names, as the departures feature answers. */
    private SameNameLeaversAsked sameNameLeavers(List<String> names) {
        SameNameLeaversAsked asked = new SameNameLeaversAsked(names);
        sameNameAsked.fire(asked);
        return asked;
    }

    /**
     * The hire entry's reason when HR confirmed the hire is not a leaver of the same name under a 脱密期: who and when
     * are the entry's own; kept in Chinese, as the paper record, and within the entry's length.
     */
    static String otherPersonConfirmed(List<SameNameLeaversAsked.Leaver> leavers) {
        String named = leavers.stream().limit(5).map(l -> l.name() + "（" + l.employeeNo() + "，脱密期至 " + l.periodEnd()
                + "）").collect(Collectors.joining("、"));
        String reason = org.shoumi.portal.shared.WorkingLanguage.format("hire.history.otherPersonConfirmed",
                List.of(named));
        return reason.length() <= org.shoumi.portal.employees.entity.PersonnelChange.MAX_REASON ? reason
                : reason.substring(0, org.shoumi.portal.employees.entity.PersonnelChange.MAX_REASON);
    }

    /** Has the programmes feature give the training called for; what it gave, or an empty one if nobody did. */
    private GivenTraining callTraining(Employee e, TrainingCall call, String by) {
        TrainingCalled called = new TrainingCalled(e, call, by);
        trainings.fire(called);
        return new GivenTraining(called.programme(), called.due(), called.kept());
    }
    /**
     * Changes the department, post and secrecy class of a person, records the change in their history (with the
     * reason) and has the programme {@link TrainingCall#onChange} calls for given (transfer to another post, or
     * onboarding into a secret-related class). A person in post moved out of a secret-related class, or down to a
     * lower one, is not changed: a 离岗 departure is opened instead, and the move is made when it is approved.
     *
     * @param departmentCode the new department; null keeps the current one
     */
    public ChangeOutcome change(String employeeNo, String departmentCode, String postCode, SecrecyClass secrecyClass,
                                String reason, String by) {
        return change(employeeNo, departmentCode, postCode, secrecyClass, reason, by, null);
    }

    /**
     * {@link #change(String, String, String, SecrecyClass, String, String)}, with the planned last working day of the
     * 离岗 departure a lowering opens ({@code lastDay}; null: the departures feature's default, some weeks ahead).
     * Ignored by a change that opens no departure.
     */
    public ChangeOutcome change(String employeeNo, String departmentCode, String postCode, SecrecyClass secrecyClass,
                                String reason, String by, LocalDate lastDay) {
        Asked a = asked(employeeNo, departmentCode, postCode, secrecyClass, reason, by);
        return changeOne(a.person(), a.department(), a.post(), secrecyClass, a.reason(), by, ChangeSource.FORM,
                lastDay);
    }

    /** A change as asked on the form, looked up: the person, department (theirs for none), post and reason. */
    private record Asked(Employee person, Department department, Post post, String reason) {
    }

    /** Looks up what the change form asked for; refused, with nothing stored, for anything missing or unknown. */
    private Asked asked(String employeeNo, String departmentCode, String postCode, SecrecyClass secrecyClass,
                        String reason, String by) {
        if (employeeNo == null || postCode == null || secrecyClass == null || by == null) {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.INVALID);
        }
        String why = org.shoumi.content.text.Texts.clean(reason);
        if (why != null && why.length() > PersonnelChange.MAX_REASON) {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.REASON_TOO_LONG);
        }
        Employee e = Employee.byNumber(em, employeeNo.strip()).getResultList().stream().findFirst()
                .orElseThrow(() -> new ChangeRefusedException(ChangeRefusedException.Reason.UNKNOWN_EMPLOYEE));
        Post post = post(postCode)
                .orElseThrow(() -> new ChangeRefusedException(ChangeRefusedException.Reason.UNKNOWN_POST));
        Department department = departmentCode == null ? e.getDepartment() : department(departmentCode)
                .orElseThrow(() -> new ChangeRefusedException(ChangeRefusedException.Reason.UNKNOWN_DEPARTMENT));
        return new Asked(e, department, post, why);
    }

    /**
     * A person who left the post (离岗) takes up a secret-related post again as a new one (按新上岗), at any
     * secret-related class, the one they held before included (raising the class on the change form did it only for
     * a higher one): 待上岗 with a new onboarding, one dated history entry (离岗 → 待上岗) with HR's reason. Refused,
     * with nothing stored, for anyone not out of the post, for 非涉密, or while a departure of theirs is open.
     *
     * @param departmentCode the new department; null keeps the current one
     */
    public ChangeOutcome returnToPost(String employeeNo, String departmentCode, String postCode,
                                      SecrecyClass secrecyClass, String reason, String by) {
        Asked a = asked(employeeNo, departmentCode, postCode, secrecyClass, reason, by);
        Employee e = a.person();
        Post post = a.post();
        requireNotOwn(e, by);
        if (e.getStatus() != EmployeeStatus.LEFT_POST) {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.NOT_LEFT_POST);
        }
        if (!secrecyClass.isSecretRelated()) {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.RETURN_NOT_SECRET);
        }
        changesAsked.fire(new PersonnelChangeAsked(e));
        String oldPost = e.getPost().getCode();
        SecrecyClass oldClass = e.getSecrecyClass();
        apply(e, e.getName(), a.department(), post, secrecyClass, by, ChangeSource.FORM, a.reason(), true);
        GivenTraining given = callTraining(e, TrainingCall.ONBOARDING, by);
        return new ChangeOutcome(e.getEmployeeNo(), e.getName(), oldPost, oldClass, post.getCode(), secrecyClass, true,
                given.programme(), given.due(), null);
    }

    /** One person's change, after the lookups (see {@link #change}); {@code source} says how it was made. */
    private ChangeOutcome changeOne(Employee e, Department department, Post post, SecrecyClass secrecyClass,
                                    String why, String by, ChangeSource source, LocalDate lastDay) {
        String oldPost = e.getPost().getCode();
        SecrecyClass oldClass = e.getSecrecyClass();
        boolean changed = !oldPost.equals(post.getCode()) || oldClass != secrecyClass
                || !e.getDepartment().getCode().equals(department.getCode());
        if (!changed) {
            return new ChangeOutcome(e.getEmployeeNo(), e.getName(), oldPost, oldClass, oldPost, oldClass, false,
                    null, null, null);
        }
        if (e.getStatus() == EmployeeStatus.LEFT_UNIT) {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.HAS_LEFT_UNIT);
        }
        requireNotOwn(e, by);
        boolean returning = TrainingCall.returnsToPost(e.getStatus(), oldClass, secrecyClass);
        if (!e.isInPost() && oldClass != secrecyClass && !returning) {
            // 离岗: out of the post, usually in a 脱密期: a class lowered would skip the departure it takes. Raised to
            // a secret-related class they return to such a post as a new one (按新上岗, below): a hire with their
            // staff number is refused, the number being on the roster (outside check: the message promised a path
            // that did not exist)
            throw new ChangeRefusedException(ChangeRefusedException.Reason.CLASS_NOT_IN_POST);
        }
        // set back to the class before a raise never taken up (no passed 上岗审查 since): a correction, no departure
        boolean raiseCorrected = e.isInPost() && e.getSecrecyClass().isLoweredTo(secrecyClass)
                && history.raisedFromNotTakenUp(e).filter(from -> from == secrecyClass).isPresent();
        boolean departure = !raiseCorrected && opensDeparture(e, secrecyClass);
        changesAsked.fire(new PersonnelChangeAsked(e, departure,
                PersonnelChangeAsked.transfers(e, post.getCode(), secrecyClass)));
        if (departure) {
            SecretClassLowering lowering = lowerClass(e, department, post, secrecyClass, why, by, source, lastDay);
            // the due day of the departure's exit training, which the answer names (not a past last day)
            return new ChangeOutcome(e.getEmployeeNo(), e.getName(), oldPost, oldClass, post.getCode(), secrecyClass,
                    true, null, lowering.exitTrainingDue(), lowering.departureId());
        }
        Optional<TrainingCall> call = TrainingCall.onChange(e.getStatus(), oldPost, oldClass, post.getCode(),
                secrecyClass);
        // a hire not started yet lowered: the hire is corrected, recorded as such (who, when, why), no departure
        boolean correction = correctsHire(e, secrecyClass);
        boolean onboarding = e.getStatus() == EmployeeStatus.ONBOARDING;
        List<OpenProgrammesAsked.Programme> openBefore = openProgrammes(e);
        apply(e, e.getName(), department, post, secrecyClass, by, correction ? ChangeSource.CORRECTION
                : raiseCorrected ? ChangeSource.RAISE_CORRECTION : source, why, returning);
        Optional<GivenTraining> given = call.map(c -> callTraining(e, c, by));
        // the programmes the change closed, as no longer concerning the person (the answer said only 无需开启培训 after
        // a move had closed the old department's campaign; outside check)
        List<OpenProgrammesAsked.Programme> after = openProgrammes(e);
        Set<Long> openAfter = after.stream().map(OpenProgrammesAsked.Programme::id)
                .collect(Collectors.toSet());
        List<OpenProgrammesAsked.Programme> closed = openBefore.stream().filter(p -> !openAfter.contains(p.id()))
                .toList();
        // and the plan items it gave (those of the new class): the answer names them, and says so when there are none,
        // instead of claiming closures and openings that did not happen (outside check: no plan had been started)
        Set<Long> openBeforeIds = openBefore.stream().map(OpenProgrammesAsked.Programme::id)
                .collect(Collectors.toSet());
        List<OpenProgrammesAsked.Programme> opened = after.stream()
                .filter(p -> p.campaignCode() != null && !openBeforeIds.contains(p.id())).toList();
        // the answer says it was a correction, whether it closed the onboarding (see apply) and where it left them
        return new ChangeOutcome(e.getEmployeeNo(), e.getName(), oldPost, oldClass, post.getCode(), secrecyClass, true,
                given.map(GivenTraining::programme).orElse(null), given.map(GivenTraining::due).orElse(null), null,
                given.map(GivenTraining::kept).orElse(false), correction || raiseCorrected,
                onboarding && oldClass.isSecretRelated() && !secrecyClass.isSecretRelated(), e.getStatus(),
                raiseCorrected && !correction, closed, opened);
    }

    /** The person's open programmes, as the programmes feature answers. */
    private List<OpenProgrammesAsked.Programme> openProgrammes(Employee e) {
        OpenProgrammesAsked asked = new OpenProgrammesAsked(e);
        openAsked.fire(asked);
        return asked.open();
    }

    /**
     * Changes several people at once (批量调整: a reorganisation, a department that becomes secret-related, a team whose
     * posts change): each gets the department, post and class given, or keeps their own where one is not given
     * (null), by the rules of {@link #change} — a programme started where the change calls for one, a 离岗 departure
     * opened instead of a lowering — and each change is a dated entry of their history with the grounds (source
     * {@code BULK}). All or nothing: refused, with nothing stored, when nobody is chosen, nothing is to change, the
     * grounds are missing or too long, the department or post is unknown, anyone chosen is unknown or has left the
     * unit, someone chosen from {@code fromDepartment}'s list (null: from no list) is no longer in it, or one
     * person's change is refused (the refusal names them). Those the change would not alter are left as they are.
     */
    public List<ChangeOutcome> changeMany(String fromDepartment, Collection<String> employeeNos,
                                          String departmentCode, String postCode, SecrecyClass secrecyClass,
                                          String reason, String by) {
        Set<String> numbers = employeeNos == null ? Set.of() : employeeNos.stream().filter(Objects::nonNull)
                .map(String::strip).filter(n -> !n.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        if (numbers.isEmpty()) {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.NOBODY_CHOSEN);
        }
        if (departmentCode == null && postCode == null && secrecyClass == null) {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.NOTHING_TO_CHANGE);
        }
        String why = Texts.clean(reason);
        // the grounds are the only reason of every entry and of the 离岗 they open, kept for good: "-" or "无" say
        // nothing, as for the other reasons a record keeps (94b05ef4; outside check ex-s37f 3)
        if (why == null || !Texts.saysSomething(why)) {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.REASON_REQUIRED);
        }
        if (Texts.tooLong(why, PersonnelChange.MAX_REASON)) {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.REASON_TOO_LONG);
        }
        Department department = departmentCode == null ? null : department(departmentCode.strip())
                .orElseThrow(() -> new ChangeRefusedException(ChangeRefusedException.Reason.UNKNOWN_DEPARTMENT));
        Post post = postCode == null ? null : post(postCode.strip())
                .orElseThrow(() -> new ChangeRefusedException(ChangeRefusedException.Reason.UNKNOWN_POST));
        List<Employee> people = em.createQuery("select e from Employee e join fetch e.department join fetch e.post "
                        + "where e.employeeNo in :nos order by e.employeeNo", Employee.class)
                .setParameter("nos", numbers).getResultList();
        if (people.size() != numbers.size()) {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.UNKNOWN_EMPLOYEE);
        }
        people.stream().filter(e -> e.getStatus() == EmployeeStatus.LEFT_UNIT).findFirst().ifPresent(e -> {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.HAS_LEFT_UNIT, e.getEmployeeNo());
        });
        if (fromDepartment != null) {
            // chosen from a department's list: someone moved out of it since the list was shown is not changed on
            // grounds meant for that department
            people.stream().filter(e -> !e.getDepartment().getCode().equals(fromDepartment)).findFirst()
                    .ifPresent(e -> {
                        throw new ChangeRefusedException(ChangeRefusedException.Reason.NOT_IN_DEPARTMENT,
                                e.getEmployeeNo());
                    });
        }
        List<ChangeOutcome> outcomes = new ArrayList<>();
        Set<String> departments = new TreeSet<>();
        for (Employee e : people) {
            departments.add(e.getDepartment().getCode());
            try {
                outcomes.add(changeOne(e, department == null ? e.getDepartment() : department,
                        post == null ? e.getPost() : post, secrecyClass == null ? e.getSecrecyClass() : secrecyClass,
                        why, by, ChangeSource.BULK, null));
            } catch (ChangeRefusedException refused) {
                // the whole change rolls back; the refusal says whose change it was, and keeps what it names (the open
                // hand-over's posts and day: the page showed the message's bare placeholders; outside check)
                throw new ChangeRefusedException(refused.reason(), e.getEmployeeNo(), refused.details());
            }
            departments.add(e.getDepartment().getCode());
        }
        // once, against the roster as the whole batch leaves it (who answers for a department; ex-s38f 5)
        batchChanged.fire(new org.shoumi.portal.events.PersonnelBatchChanged(departments, by));
        return outcomes;
    }

    /** The department with this code, if there is one. */
    private Optional<Department> department(String code) {
        return em.createQuery("select d from Department d where d.code = :c", Department.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    /** The post with this code, if there is one. */
    private Optional<Post> post(String code) {
        return em.createQuery("select p from Post p where p.code = :c", Post.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    /** The import's problem for a lowering refused: a departure under way, or a hand-over to confirm first. */
    private static RosterProblem.Kind loweringProblem(ChangeRefusedException refused) {
        return refused.reason() == ChangeRefusedException.Reason.HANDOVER_OPEN ? RosterProblem.Kind.HANDOVER_OPEN
                : RosterProblem.Kind.DEPARTURE_OPEN;
    }

    /**
     * Whether lowering this person's class corrects their hire (上岗前更正, see {@link HireCorrection}): they never
     * took up a secret-related post — their first day is still to come, or they are still 待上岗 and their history
     * shows them in no such post — so they were never exposed and there is nothing to leave. Only a hire dated later
     * was corrected: a hire dated today (or last week) still onboarding and given the wrong class could only be
     * taken out of the class by a departure with a 脱密期 (outside check). A hire dated later who is in post already
     * (onboarding completed ahead of the first day) took the post up and leaves it by a departure (outside check).
     */
    boolean correctsHire(Employee person, SecrecyClass to) {
        return HireCorrection.corrects(person.getSecrecyClass(), to, person.getStatus(),
                person.getStatus() == EmployeeStatus.ONBOARDING && heldSecretPost(person));
    }

    /** Whether the person's history shows them in a secret-related post, or out of one, at any time. */
    private boolean heldSecretPost(Employee person) {
        return em.createQuery("select c.oldStatus, c.oldClass, c.newStatus, c.newClass from PersonnelChange c "
                        + "where c.employee = :e", Object[].class).setParameter("e", person).getResultStream()
                .anyMatch(Roster::heldSecretPost);
    }

    private static boolean heldSecretPost(Object[] r) {
        return HireCorrection.heldSecretPost((EmployeeStatus) r[0], (SecrecyClass) r[1], (EmployeeStatus) r[2],
                (SecrecyClass) r[3]);
    }

    /** Whether changing this person to this class is a departure rather than a change (see {@link #change}). */
    boolean opensDeparture(Employee person, SecrecyClass to) {
        return person.isInPost() && person.getSecrecyClass().isLoweredTo(to) && !correctsHire(person, to);
    }

    /**
     * Applies a change to the person, records it in their history and, when a person in post (在岗) who stays
     * secret-related moved to another post, has the departures feature open the hand-over of the old post's carriers.
     */
    private void apply(Employee e, String name, Department department, Post post, SecrecyClass secrecyClass,
                       String by, ChangeSource source, String reason) {
        apply(e, name, department, post, secrecyClass, by, source, reason, false);
    }

    /** {@link #apply}; {@code returning}: a person out of the post goes back to one, 待上岗 (one history entry). */
    private void apply(Employee e, String name, Department department, Post post, SecrecyClass secrecyClass,
                       String by, ChangeSource source, String reason, boolean returning) {
        Employee.Snapshot before = e.snapshot();
        // what the person held before the change, for the hand-over of the old post
        Department oldDepartment = e.getDepartment();
        Post oldPost = e.getPost();
        SecrecyClass oldClass = e.getSecrecyClass();
        e.update(name, department, post, secrecyClass);
        if (returning) {
            e.returnToPost();
        }
        if (e.getStatus() == EmployeeStatus.ONBOARDING && before.secrecyClass().isSecretRelated()
                && !secrecyClass.isSecretRelated()) {
            // a hire not started yet corrected to 非涉密: nothing to be onboarded into, in post as a 非涉密 hire is; the
            // programmes feature closes the onboarding
            e.takeUpPost();
            withdrawnTrainings.fire(new TrainingWithdrawn(e));
        }
        history.changed(e, before, by, source, reason);
        // a hire not yet in post (待上岗) has nothing to hand over: the corrected post is the one they take up
        if (before.secrecyClass().isSecretRelated() && secrecyClass.isSecretRelated()
                && e.getStatus() == EmployeeStatus.ACTIVE && !before.postCode().equals(post.getCode())) {
            transfers.fire(new SecretPostTransfer(e, oldDepartment, oldPost, oldClass, post, reason, by));
        }
    }

    /** Asks the departures feature to open the 离岗 departure of a lowering; returns the lowering, as handled. */
    private SecretClassLowering lowerClass(Employee e, Department department, Post post, SecrecyClass to, String reason, String by,
                            ChangeSource source, LocalDate lastDay) {
        SecretClassLowering lowering = new SecretClassLowering(e, department, post, to, reason, by, source, lastDay);
        lowerings.fire(lowering);
        if (lowering.departureId() == null) {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.NOT_HANDLED);
        }
        return lowering;
    }

    /**
     * Nobody changes their own post, class or department (HR raised her own class, reason "自己"; outside check):
     * another HR officer does, as for one's own vetting or reward and sanction. A change that alters nothing is
     * not refused.
     */
    private void requireNotOwn(Employee e, String by) {
        if (Employee.isLoginOf(em, e, by)) {
            throw new ChangeRefusedException(ChangeRefusedException.Reason.OWN_RECORD);
        }
    }

    /** Reads and checks a roster file (.csv or .xlsx) against the roster as it is; stores nothing. */
    public RosterCheck check(String fileName, byte[] content) {
        return check(fileName, content, null);
    }

    /**
     * {@link #check(String, byte[])} for the file {@code by} imports: a row that would change the importer's own
     * entry is a problem (their own row unchanged is not).
     */
    public RosterCheck check(String fileName, byte[] content, String by) {
        RosterFiles.Sheet sheet = RosterFiles.read(fileName, content);
        if (!sheet.problems().isEmpty()) {
            return new RosterCheck(sheet.problems(), List.of());
        }
        RosterReader.Result read = RosterReader.read(sheet.rows(), sheet.unsavedFormulas(),
                RosterDirectory.of(departments().values(), posts().values()), documents.today());
        // every problem of every row at once: the rows the reader refused are left out of the plan, the others are
        // still planned and asked about (the check stopped at the reader's problems, and a second check listed the
        // rest; outside check)
        RosterCheck checked = RosterCheck.of(read.problems(), RosterPlan.plan(read.lines(),
                withDeparturesUnderWay(withRaisesNotTakenUp(current(), read.lines()), read.lines()), logins()));
        // asked even when other rows have problems: the check listed a file's other problems and left this one
        // for the next try (outside check)
        checked = withDeparturesAsked(checked);
        checked = withOwnRowRefused(checked, by);
        checked = withSameNameLeaversRefused(checked);
        // each named by its column's letter and header, as the reader's problems are ("E 涉密类别", not 涉密类别)
        checked = new RosterCheck(checked.getProblems().stream().map(read::placed).toList(), checked.getRows());
        if (!checked.isImportable()) {
            return checked;
        }
        PlanTrainingAsked asked = PlanTrainingAsked.wouldGet(checked.getRows().stream()
                .filter(r -> r.change() == Change.NEW
                        || r.change() == Change.CHANGED && !r.opensDeparture() && !r.departing())
                .map(Roster::asPlanned).toList());
        planTrainings.fire(asked);
        return checked.withPlanTrainings(asked.all(), asked.allClosing());
    }

    /**
     * The roster with, for each person in post whom a row lowers, the class they were raised from when they hold a
     * class never taken up ({@link PersonnelHistory#raisedFromNotTakenUp}): a row setting them back to it corrects the
     * raise, as the change form does (the import opened a 离岗 instead; outside check). Asked only for such rows.
     */
    private List<RosterPlan.Current> withRaisesNotTakenUp(List<RosterPlan.Current> roster,
                                                          List<org.shoumi.portal.employees.control.RosterLine> lines) {
        Map<String, SecrecyClass> asked = new HashMap<>();
        lines.forEach(l -> asked.put(l.employeeNo().toUpperCase(java.util.Locale.ROOT), l.secrecyClass()));
        return roster.stream().map(c -> {
            SecrecyClass to = asked.get(c.employeeNo().toUpperCase(java.util.Locale.ROOT));
            boolean inPost = c.status() == EmployeeStatus.ONBOARDING || c.status() == EmployeeStatus.ACTIVE;
            if (to == null || !inPost || !c.secrecyClass().isLoweredTo(to)) {
                return c;
            }
            return Employee.byNumber(em, c.employeeNo()).getResultStream().findFirst()
                    .flatMap(history::raisedFromNotTakenUp).map(c::withRaisedFrom).orElse(c);
        }).toList();
    }

    /**
     * The roster with, for each person in post whom a row gives another department, post or class, where their open
     * 离岗 moves them when approved, as the departures feature answers: a row asking for just that is no new change
     * (the same file imported again was refused for the whole file; outside check). Asked only for such rows.
     */
    private List<RosterPlan.Current> withDeparturesUnderWay(List<RosterPlan.Current> roster,
                                                            List<org.shoumi.portal.employees.control.RosterLine> lines) {
        Map<String, org.shoumi.portal.employees.control.RosterLine> byNumber = new HashMap<>();
        lines.forEach(l -> byNumber.put(l.employeeNo().toUpperCase(java.util.Locale.ROOT), l));
        List<String> moved = roster.stream().filter(c -> {
            var line = byNumber.get(c.employeeNo().toUpperCase(java.util.Locale.ROOT));
            boolean inPost = c.status() == EmployeeStatus.ONBOARDING || c.status() == EmployeeStatus.ACTIVE;
            return line != null && inPost && (c.secrecyClass() != line.secrecyClass()
                    || !c.postCode().equals(line.postCode()) || !c.departmentCode().equals(line.departmentCode()));
        }).map(RosterPlan.Current::employeeNo).toList();
        if (moved.isEmpty()) {
            return roster;
        }
        List<Employee> people = new ArrayList<>();
        for (int from = 0; from < moved.size(); from += 500) {
            people.addAll(em.createQuery("select e from Employee e where e.employeeNo in :numbers", Employee.class)
                    .setParameter("numbers", moved.subList(from, Math.min(moved.size(), from + 500))).getResultList());
        }
        DepartingToAsked asked = new DepartingToAsked(people);
        departingAsked.fire(asked);
        return roster.stream().map(c -> asked.of(c.employeeNo()).map(c::withDepartingTo).orElse(c)).toList();
    }

    /** A row's person as the roster will have them after the import, for the yearly plans' rule. */
    private static PlanTrainingAsked.Person asPlanned(Planned row) {
        var line = row.line();
        EmployeeStatus status = row.change() == Change.NEW
                ? line.secrecyClass().isSecretRelated() ? EmployeeStatus.ONBOARDING : EmployeeStatus.ACTIVE
                : row.programme() == TrainingCall.ONBOARDING ? EmployeeStatus.ONBOARDING : row.before().status();
        return new PlanTrainingAsked.Person(row.employeeNo(), row.change() != Change.NEW, line.departmentCode(),
                line.postCode(), line.secrecyClass(), status, row.change() == Change.NEW ? line.hireDate() : null);
    }

    /**
     * The check asks the departures feature, as the import will, about every move, post or class change of a person
     * whose 离岗 or 离职 is under way: the check passed a file the import then refused (found by an outside check).
     */
    private RosterCheck withDeparturesAsked(RosterCheck checked) {
        List<RosterProblem> problems = new ArrayList<>();
        for (Planned row : checked.getRows()) {
            if (row.change() != Change.CHANGED || row.departing()) {
                // a row asking for what the open 离岗 carries out asks nothing of it (at most the name changes)
                continue;
            }
            var line = row.line();
            Employee e = Employee.byNumber(em, row.employeeNo()).getResultStream().findFirst().orElse(null);
            if (e == null || e.getDepartment().getCode().equals(line.departmentCode())
                    && e.getPost().getCode().equals(line.postCode()) && e.getSecrecyClass() == line.secrecyClass()) {
                continue;
            }
            // a raise never taken up set back is a correction, not a departure
            boolean lowering = opensDeparture(e, line.secrecyClass()) && !row.correctsRaise();
            try {
                changesAsked.fire(new PersonnelChangeAsked(e, lowering,
                        PersonnelChangeAsked.transfers(e, line.postCode(), line.secrecyClass())));
            } catch (ChangeRefusedException refused) {
                problems.add(lowering
                        ? RosterProblem.of(line.row(), RosterColumn.SECRECY_CLASS, -1, loweringProblem(refused),
                                e.getEmployeeNo())
                        : refused.reason() == ChangeRefusedException.Reason.HANDOVER_OPEN_MOVE
                        ? RosterProblem.of(line.row(), RosterColumn.POST, -1, RosterProblem.Kind.HANDOVER_OPEN_MOVE,
                                e.getEmployeeNo())
                        : RosterProblem.of(line.row(), changedColumn(e, line.departmentCode(), line.postCode()), -1,
                                RosterProblem.Kind.DEPARTURE_OPEN_CHANGE, e.getEmployeeNo()));
            }
        }
        if (problems.isEmpty()) {
            return checked;
        }
        List<RosterProblem> all = new ArrayList<>(checked.getProblems());
        all.addAll(problems);
        all.sort(java.util.Comparator.comparingInt(RosterProblem::row));
        return new RosterCheck(all, checked.getRows());
    }

    /**
     * A new row named as a leaver under a running 脱密期 is a problem: an import cannot ask HR whether it is the same
     * person, so the row is hired on the hire form, where HR confirms it (the import hired 朱文博 as plain 新入职 and
     * the new number was free; outside check).
     */
    private RosterCheck withSameNameLeaversRefused(RosterCheck checked) {
        List<Planned> hires = checked.getRows().stream().filter(r -> r.change() == Change.NEW).toList();
        if (hires.isEmpty()) {
            return checked;
        }
        SameNameLeaversAsked asked = sameNameLeavers(hires.stream().map(r -> r.line().name()).distinct().toList());
        List<RosterProblem> problems = new ArrayList<>(checked.getProblems());
        for (Planned row : hires) {
            List<SameNameLeaversAsked.Leaver> leavers = asked.of(row.line().name());
            if (!leavers.isEmpty()) {
                problems.add(RosterProblem.of(row.line().row(), RosterColumn.NAME, -1,
                        RosterProblem.Kind.SAME_NAME_LEAVER, row.line().name(), leavers.stream()
                                .map(l -> l.employeeNo() + " " + l.name() + " " + l.periodEnd())
                                .collect(Collectors.joining("; "))));
            }
        }
        if (problems.size() == checked.getProblems().size()) {
            return checked;
        }
        problems.sort(java.util.Comparator.comparingInt(RosterProblem::row));
        return new RosterCheck(problems, checked.getRows());
    }

    /** A row that changes the importer's own entry (name, department, post or class) is a problem of its own. */
    private RosterCheck withOwnRowRefused(RosterCheck checked, String by) {
        if (by == null) {
            return checked;
        }
        String own = logins().get(by);
        List<RosterProblem> problems = new ArrayList<>(checked.getProblems());
        for (Planned row : checked.getRows()) {
            if (row.change() == Change.CHANGED && own != null && own.equals(row.employeeNo())) {
                problems.add(RosterProblem.of(row.line().row(), RosterColumn.EMPLOYEE_NO, -1,
                        RosterProblem.Kind.OWN_ROW, row.employeeNo()));
            }
        }
        if (problems.size() == checked.getProblems().size()) {
            return checked;
        }
        problems.sort(java.util.Comparator.comparingInt(RosterProblem::row));
        return new RosterCheck(problems, checked.getRows());
    }

    /** The column of the change a row asks for: the department, else the post, else the class (not always 部门). */
    private static RosterColumn changedColumn(Employee e, String departmentCode, String postCode) {
        return !e.getDepartment().getCode().equals(departmentCode) ? RosterColumn.DEPARTMENT
                : !e.getPost().getCode().equals(postCode) ? RosterColumn.POST : RosterColumn.SECRECY_CLASS;
    }

    /**
     * Imports a roster file in one transaction: checks it again (the roster may have changed since HR looked),
     * then hires, changes and gives programmes as {@link #check} showed. With any problem nothing is stored and
     * {@link RosterImportRefusedException} names them all.
     */
    public RosterImportOutcome importFile(String fileName, byte[] content, String by, Progress progress) {
        RosterCheck checked = check(fileName, content, by);
        if (!checked.isImportable()) {
            throw new RosterImportRefusedException(checked.getProblems());
        }
        // every entry the import writes, and the 离岗 a row opens, says which import made it (they read "原因：无";
        // outside check): who and when are the entry's own
        String grounds = importGrounds(fileName, documents.today());
        Map<String, Department> departments = departments();
        Map<String, Post> posts = posts();
        Map<String, Employee> people = em.createQuery(
                        "select e from Employee e join fetch e.department join fetch e.post", Employee.class)
                .getResultStream().collect(Collectors.toMap(Employee::getEmployeeNo, Function.identity()));
        List<GivenProgramme> given = new ArrayList<>();
        List<NewLogin> logins = new ArrayList<>();
        List<ClosedProgramme> closed = new ArrayList<>();
        // the yearly plans' programmes the rows give are asked for afterwards, as given from now on (a second's margin
        // for the stored time's precision; one roster import runs at a time)
        java.time.Instant began = java.time.Instant.now().minusSeconds(1);
        int added = 0;
        int changed = 0;
        int departuresOpened = 0;
        int loweringsInPost = 0;
        int raisesCorrected = 0;
        int total = checked.getRows().size();
        int done = 0;
        for (Planned row : checked.getRows()) {
            // a transaction past its timeout is marked to roll back: nothing of it can be stored any more, so the
            // import stops instead of running on for minutes holding the rows it wrote (outside check ex-s37f 1: it
            // went on 6 minutes past its 900 s, and every login waited for its locks)
            if (transactions != null && timedOut(transactions.getTransactionStatus())) {
                throw new IllegalStateException("the roster import's transaction is rolled back (timed out) after "
                        + done + " of " + total + " rows");
            }
            var line = row.line();
            Employee e;
            if (row.change() == Change.NEW) {
                e = new Employee(Employee.canonicalNumber(line.employeeNo()), line.name(), departments.get(line.departmentCode()),
                        posts.get(line.postCode()), line.secrecyClass(),
                        line.secrecyClass().isSecretRelated() ? EmployeeStatus.ONBOARDING : EmployeeStatus.ACTIVE,
                        line.hireDate());
                em.persist(e);
                history.hired(e, by, ChangeSource.ROSTER_IMPORT, grounds);
                added++;
                TrainingCall.onHire(e.getSecrecyClass()).map(call -> callTraining(e, call, by))
                        .ifPresent(t -> given.add(GivenProgramme.of(e.getEmployeeNo(), e.getName(), t)));
            } else {
                e = people.get(row.employeeNo());
                if (row.change() == Change.CHANGED) {
                    Department department = departments.get(line.departmentCode());
                    Post post = posts.get(line.postCode());
                    changed++;
                    if (row.departing()) {
                        // asks for what the open 离岗 carries out when approved: only the name is corrected
                        apply(e, line.name(), e.getDepartment(), e.getPost(), e.getSecrecyClass(), by,
                                ChangeSource.ROSTER_IMPORT, grounds);
                    } else if (opensDeparture(e, line.secrecyClass()) && !row.correctsRaise()) {
                        // the name is corrected at once; the move out of the class waits for the departure
                        apply(e, line.name(), e.getDepartment(), e.getPost(), e.getSecrecyClass(), by,
                                ChangeSource.ROSTER_IMPORT, grounds);
                        try {
                            lowerClass(e, department, post, line.secrecyClass(), grounds, by, ChangeSource.ROSTER_IMPORT,
                                    null);
                        } catch (ChangeRefusedException refused) {
                            throw new RosterImportRefusedException(List.of(RosterProblem.of(line.row(),
                                    RosterColumn.SECRECY_CLASS, -1, loweringProblem(refused), e.getEmployeeNo())));
                        }
                        departuresOpened++;
                        if (line.secrecyClass().isSecretRelated()) {
                            loweringsInPost++;
                        }
                    } else {
                        if (!e.getDepartment().getCode().equals(department.getCode())
                                || !e.getPost().getCode().equals(post.getCode())
                                || e.getSecrecyClass() != line.secrecyClass()) {
                            try {
                                changesAsked.fire(new PersonnelChangeAsked(e, false,
                                        PersonnelChangeAsked.transfers(e, post.getCode(), line.secrecyClass())));
                            } catch (ChangeRefusedException refused) {
                                throw new RosterImportRefusedException(List.of(
                                        refused.reason() == ChangeRefusedException.Reason.HANDOVER_OPEN_MOVE
                                        ? RosterProblem.of(line.row(), RosterColumn.POST, -1,
                                                RosterProblem.Kind.HANDOVER_OPEN_MOVE, e.getEmployeeNo())
                                        : RosterProblem.of(line.row(),
                                                changedColumn(e, department.getCode(), post.getCode()), -1,
                                                RosterProblem.Kind.DEPARTURE_OPEN_CHANGE, e.getEmployeeNo())));
                            }
                        }
                        // set back from a raise never taken up: recorded as the change form records it, a correction
                        if (row.correctsRaise()) {
                            raisesCorrected++;
                        }
                        // the programmes the change closes as no longer concerning the person, named in the result as
                        // the change form and 批量调整 name them (the import closed them without a word; outside check)
                        List<OpenProgrammesAsked.Programme> openBefore = openProgrammes(e);
                        apply(e, line.name(), department, post, line.secrecyClass(), by, row.correctsRaise()
                                        ? ChangeSource.RAISE_CORRECTION : ChangeSource.ROSTER_IMPORT,
                                grounds, TrainingCall.returnsToPost(e.getStatus(), e.getSecrecyClass(),
                                        line.secrecyClass()));
                        if (row.programme() != null) {
                            given.add(GivenProgramme.of(e.getEmployeeNo(), e.getName(),
                                    callTraining(e, row.programme(), by)));
                        }
                        Set<Long> openAfter = openProgrammes(e).stream().map(OpenProgrammesAsked.Programme::id)
                                .collect(Collectors.toSet());
                        openBefore.stream().filter(o -> !openAfter.contains(o.id())).forEach(o -> closed.add(
                                new ClosedProgramme(e.getEmployeeNo(), e.getName(), o.kind(), o.campaignCode(),
                                        o.campaignTitle())));
                    }
                }
            }
            if (row.newLogin()) {
                // drawn by the security feature by the rule of this login, never refused (a drawn password holding
                // the login or the name failed the whole import: outside check)
                LoginRequested requested = LoginRequested.drawing(e, line.username(), by);
                try {
                    loginRequests.fire(requested);
                    logins.add(new NewLogin(e.getEmployeeNo(), e.getName(), line.username(),
                            new String(requested.firstPassword())));
                } finally {
                    if (requested.firstPassword() != null) {
                        Arrays.fill(requested.firstPassword(), '\0');
                    }
                }
            }
            progress.rows(++done, total);
        }
        PlanTrainingAsked gave = PlanTrainingAsked.gaveSince(checked.getRows().stream()
                .filter(r -> r.change() != Change.UNCHANGED).map(Roster::asPlanned).toList(), began);
        planTrainings.fire(gave);
        for (Planned row : checked.getRows()) {
            for (PlanTrainingAsked.PlanTraining t : gave.of(row.employeeNo())) {
                given.add(new GivenProgramme(row.employeeNo(), row.line().name(), "IN_POST", t.campaignCode(),
                        t.title(), t.due()));
            }
        }
        return new RosterImportOutcome(added, changed, total - added - changed, given, logins, departuresOpened,
                raisesCorrected, closed, loweringsInPost);
    }

    /** Whether a transaction of this status ({@link jakarta.transaction.Status}) can no longer commit. */
    private static boolean timedOut(int status) {
        return status == jakarta.transaction.Status.STATUS_MARKED_ROLLBACK
                || status == jakarta.transaction.Status.STATUS_ROLLEDBACK
                || status == jakarta.transaction.Status.STATUS_ROLLING_BACK;
    }

    /**
     * The reason of the history entries an import writes and of the 离岗 departures it opens: the import and its file,
     * in Chinese (the paper record's language), within an entry's length.
     */
    static String importGrounds(String fileName, LocalDate day) {
        String name = Texts.clean(fileName) == null ? "" : Texts.clean(fileName);
        if (name.length() > 120) {
            name = name.substring(0, 119) + "…";
        }
        return org.shoumi.portal.shared.WorkingLanguage.format("employees.import.historyReason",
                List.of(name, day.toString()));
    }

    /** An empty roster file with the header row, as .xlsx or (UTF-8 with BOM) .csv. */
    public byte[] template(boolean excel) {
        return excel ? RosterFiles.templateXlsx() : RosterFiles.templateCsv();
    }

    private Map<String, Department> departments() {
        return em.createNamedQuery(Department.ALL, Department.class).getResultStream()
                .collect(Collectors.toMap(Department::getCode, Function.identity()));
    }

    private Map<String, Post> posts() {
        return em.createNamedQuery(Post.ALL, Post.class).getResultStream()
                .collect(Collectors.toMap(Post::getCode, Function.identity()));
    }

    private List<RosterPlan.Current> current() {
        Map<String, String> loginOf = new HashMap<>();
        em.createQuery("select e.employeeNo, a.username from Account a join a.employee e", Object[].class)
                .getResultStream().forEach(r -> loginOf.put((String) r[0], (String) r[1]));
        // who held a secret-related post: a 待上岗 person who never did is corrected, not taken out by a departure
        Set<String> held = new java.util.HashSet<>();
        em.createQuery("select c.employee.employeeNo, c.oldStatus, c.oldClass, c.newStatus, c.newClass "
                        + "from PersonnelChange c", Object[].class).getResultStream()
                .filter(r -> heldSecretPost(Arrays.copyOfRange(r, 1, 5))).forEach(r -> held.add((String) r[0]));
        return em.createQuery("select e.employeeNo, e.name, d.code, p.code, e.secrecyClass, e.status, e.hireDate "
                        + "from Employee e join e.department d join e.post p", Object[].class)
                .getResultStream()
                .map(r -> new RosterPlan.Current((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (SecrecyClass) r[4], (EmployeeStatus) r[5], loginOf.get((String) r[0]),
                        !HireCorrection.notStarted((EmployeeStatus) r[5], held.contains((String) r[0])),
                        (java.time.LocalDate) r[6]))
                .toList();
    }

    /** Every login name, with the staff number of its person ("" for a login without one). */
    private Map<String, String> logins() {
        Map<String, String> logins = new HashMap<>();
        em.createQuery("select a.username, e.employeeNo from Account a left join a.employee e", Object[].class)
                .getResultStream().forEach(r -> logins.put((String) r[0], r[1] == null ? "" : (String) r[1]));
        return logins;
    }
}
