package org.shoumi.portal.inspections.boundary;

import org.shoumi.content.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.documents.control.DocumentTimeline;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.documents.entity.DocumentVersion;
import org.shoumi.content.pack.control.ChecklistItem;
import org.shoumi.content.pack.control.PackParser;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.inspections.boundary.InspectionRefusedException.Reason;
import org.shoumi.portal.inspections.control.InspectionRules;
import org.shoumi.portal.inspections.control.InspectionRules.AnswerInput;
import org.shoumi.portal.inspections.control.InspectionRules.AnswerProblem;
import org.shoumi.portal.inspections.control.InspectionRules.DepartmentRespondent;
import org.shoumi.portal.inspections.entity.Answer;
import org.shoumi.portal.inspections.entity.Finding;
import org.shoumi.portal.inspections.entity.FindingStatus;
import org.shoumi.portal.inspections.entity.FindingStep;
import org.shoumi.portal.inspections.entity.InspectionHandOver;
import org.shoumi.portal.inspections.entity.InspectionRound;
import org.shoumi.portal.inspections.entity.InspectionScope;
import org.shoumi.portal.inspections.entity.InspectionStatus;
import org.shoumi.portal.inspections.entity.SelfInspection;
import org.shoumi.portal.liaisons.boundary.Liaisons;
import org.shoumi.portal.notifications.boundary.Notifications;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Account;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.shared.Announcement;

/**
 * Self-inspection rounds, filling them in, and the findings they give. Opening a round creates at once every
 * self-inspection it asks for, pinned to the checklist version then in force; submitting is all or nothing;
 * each "no" becomes a finding owned by whoever answered, due a configured number of days later.
 */
@ApplicationScoped
@Boundary
public class SelfInspections {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Employees employees;

    @Inject
    Liaisons liaisons;

    @Inject
    Notifications notifications;

    @Inject
    EvidenceLog evidence;

    @Inject
    Event<Announcement> announcements;

    @Inject
    Accounts accounts;

    @Inject
    Documents documents;

    @Inject
    @ConfigProperty(name = "shoumi.portal.inspections.remediation-days", defaultValue = "30")
    int remediationDays;

    Clock clock = Clock.systemUTC();

    /** Days a finding's owner has to remediate it, counted from the submission. */
    public int remediationDays() {
        return remediationDays;
    }

    /** The checklists in force today, in the pack's order: what a round may use. */
    public List<Rows.Checklist> checklists() {
        LocalDate today = documents.today();
        List<Rows.Checklist> found = new ArrayList<>();
        documents.all(DocumentKind.CHECKLIST).forEach((key, versions) ->
                DocumentTimeline.current(versions, today)
                        .ifPresent(v -> found.add(new Rows.Checklist(key, v.getTitle(), v.getVersion()))));
        return found;
    }

    /**
     * Opens a round: one self-inspection per secret-related person in post (personal), or per department with
     * such people, answered by its head, else by its part-time secrecy liaison (兼职保密员) with a login, else by
     * the officer opening the round (department).
     */
    public InspectionRound open(RoundDraft draft, String officer) {
        Account account = officerAccount(officer);
        String name = java.util.Objects.requireNonNullElse(Texts.clean(draft.name()), "");
        if (name.isEmpty() || name.length() > InspectionRound.MAX_NAME_LENGTH) {
            throw new InspectionRefusedException(Reason.NAME_REQUIRED);
        }
        // the same name under the comparison quiz titles use, not only the same characters (ex-s38f 4)
        if (InspectionRules.sameRoundName(name, em.createQuery("select r.name from InspectionRound r", String.class)
                .getResultList())) {
            throw new InspectionRefusedException(Reason.DUPLICATE_NAME);
        }
        LocalDate today = documents.today();
        if (!InspectionRules.validDue(draft.due(), today)) {
            throw new InspectionRefusedException(Reason.DUE_IN_PAST);
        }
        DocumentVersion checklist = draft.checklistKey() == null ? null
                : documents.current(draft.checklistKey()).filter(v -> v.getKind() == DocumentKind.CHECKLIST)
                        .orElse(null);
        if (checklist == null || draft.scope() == null) {
            throw new InspectionRefusedException(Reason.NO_CHECKLIST);
        }
        if (draft.scope() != InspectionScope.OFFICE && InspectionRules.scopeFor(checklist.getDocumentKey()) != draft.scope()) {
            // a personal checklist for a department's self-inspection, or the reverse, asks the wrong questions of the
            // wrong people (outside check: "部门自查：个人保密自查表")
            throw new InspectionRefusedException(Reason.CHECKLIST_SCOPE);
        }
        List<Employee> roster = em.createQuery("select e from Employee e join fetch e.department", Employee.class)
                .getResultList();
        InspectionRound round = new InspectionRound(name, draft.scope(), checklist.getDocumentKey(),
                checklist.getVersion(), checklist.getTitle(), today, draft.due(), clock.instant(), officer);
        List<SelfInspection> inspections = new ArrayList<>();
        if (draft.scope() == InspectionScope.PERSONAL) {
            InspectionRules.personalTargets(roster)
                    .forEach(e -> inspections.add(new SelfInspection(round, e, e.getDepartment())));
        } else if (draft.scope() == InspectionScope.OFFICE) {
            // the office inspects the departments chosen: the officer (their person) fills in each checklist
            List<Department> chosen = chosenDepartments(draft.departments());
            Employee fallback = officerPerson(account);
            if (fallback != null) {
                chosen.forEach(d -> inspections.add(new SelfInspection(round, fallback, d)));
            }
        } else {
            List<Department> departments = em.createNamedQuery(Department.ALL, Department.class).getResultList();
            for (DepartmentRespondent t : InspectionRules.departmentTargets(departments, roster, heads(),
                    liaisonsWithLogin(), officerPerson(account))) {
                inspections.add(new SelfInspection(round, t.respondent(), t.department()));
            }
        }
        if (inspections.isEmpty()) {
            throw new InspectionRefusedException(Reason.NO_TARGETS);
        }
        em.persist(round);
        inspections.forEach(em::persist);
        em.flush();
        // the round as opened is evidence: its due day decides whether each of its forms is overdue, and it could be
        // moved in the database unseen (outside check ex-s38f 6)
        evidence.append(EvidenceKind.INSPECTION_ROUND, round.getId());
        // the unit's work chat, if any, hears of it once this commits (no names: the departments for the office's)
        announcements.fire(new Announcement("chat.inspection.opened." + draft.scope().name(), List.of(name,
                draft.due().toString(), String.join("、", inspections.stream().map(i -> i.getDepartment().getName())
                        .distinct().toList()))));
        return round;
    }

    /** The departments an inspection by the office chose, in code order; refused for none or an unknown one. */
    private List<Department> chosenDepartments(List<String> codes) {
        List<String> distinct = codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct()
                .toList();
        if (distinct.isEmpty()) {
            throw new InspectionRefusedException(Reason.NO_DEPARTMENTS);
        }
        List<Department> found = em.createQuery("select d from Department d where d.code in :codes "
                + "order by d.code", Department.class).setParameter("codes", distinct).getResultList();
        if (found.size() != distinct.size()) {
            throw new InspectionRefusedException(Reason.UNKNOWN_DEPARTMENT);
        }
        return found;
    }

    /**
     * The person who answers for the office: the opening officer's, else the first officer login's with one
     * ({@code account} null: the latter).
     */
    private Employee officerPerson(Account account) {
        return account != null && account.getEmployee() != null ? account.getEmployee()
                : em.createQuery("select a.employee from Account a where :role member of a.roles "
                        + "and a.employee is not null order by a.username", Employee.class)
                .setParameter("role", Role.SECRECY_OFFICER).setMaxResults(1).getResultList().stream()
                .findFirst().orElse(null);
    }

    /** The people of department-head logins. */
    private List<Employee> heads() {
        return em.createQuery("select a.employee from Account a where :role member of a.roles "
                + "and a.enabled = true and a.employee is not null", Employee.class).setParameter("role", Role.DEPT_HEAD).getResultList();
    }

    /** The liaisons serving now who can log in (a department without a head is answered by its liaison). */
    private List<Employee> liaisonsWithLogin() {
        List<Employee> serving = liaisons.servingNow();
        return serving.isEmpty() ? List.of() : em.createQuery("select a.employee from Account a "
                + "where a.enabled = true and a.employee in :serving", Employee.class)
                .setParameter("serving", serving).getResultList();
    }

    /**
     * Who remediates what an inspection by the office found in a department: whoever would answer the department's
     * own self-inspection (its head, else its liaison), else the inspector.
     */
    private Employee responsibleFor(Department department, Employee inspector) {
        return InspectionRules.responsible(department, heads(), liaisonsWithLogin(), inspector)
                .map(DepartmentRespondent::respondent).orElse(inspector);
    }

    /** My self-inspections: those to fill first (soonest due first), then those submitted (latest first). */
    public List<Rows.Task> mine(String username) {
        Optional<Employee> person = person(username);
        if (person.isEmpty()) {
            return List.of();
        }
        LocalDate today = documents.today();
        // one no longer asked of them (they left the post or the unit before filling it in) is not theirs to fill:
        // the home page and the calendar offered it to a leaver whose secrecy file said 离职后不再要求 (outside check)
        // nor is a department's form whose department has nobody concerned any more: the office was given one to fill
        // for a department merged away (outside check ex-s38f 2)
        java.util.Set<Long> concerned = ConcernedDepartments.ids(em);
        List<SelfInspection> all = em.createNamedQuery(SelfInspection.OF_RESPONDENT, SelfInspection.class)
                .setParameter("respondent", person.get()).getResultStream()
                .filter(s -> !InspectionRules.noLongerAsked(s.getStatus(), person.get().getStatus()))
                .filter(s -> !InspectionRules.departmentNoLongerAsked(s.getRound().getScope(), s.getStatus(),
                        concerned.contains(s.getDepartment().getId()))).toList();
        // the findings each form raised, whoever owns them: an office inspection's belong to the department, and
        // counting by owner showed the inspector 0 for a form that raised 2 (tester zg)
        Map<Long, Long> findings = new HashMap<>();
        em.createQuery("select f.inspection.id, count(f) from Finding f where f.inspection.respondent = :respondent "
                        + "group by f.inspection.id", Object[].class)
                .setParameter("respondent", person.get()).getResultList()
                .forEach(r -> findings.put((Long) r[0], (Long) r[1]));
        List<Rows.Task> tasks = all.stream().map(s -> task(s, today, findings.getOrDefault(s.getId(), 0L))).toList();
        List<Rows.Task> ordered = new ArrayList<>(tasks.stream().filter(t -> !t.submitted())
                .sorted(Comparator.comparing(Rows.Task::due)).toList());
        ordered.addAll(tasks.stream().filter(Rows.Task::submitted)
                .sorted(Comparator.comparing(Rows.Task::submittedAt).reversed()).toList());
        return ordered;
    }

    /** The self-inspections this person still has to fill in. */
    public List<Rows.Task> toFill(String username) {
        return mine(username).stream().filter(t -> !t.submitted()).toList();
    }

    /** One of my self-inspections with its items (answers too, once submitted). Refused for anyone else. */
    public Rows.Form form(long id, String username) {
        SelfInspection s = own(id, username, LockModeType.NONE);
        refuseIfNoLongerAsked(s);
        InspectionRound round = s.getRound();
        List<ChecklistItem> items = items(round);
        Map<String, Answer> given = new HashMap<>();
        s.getAnswers().forEach(a -> given.put(a.getItemId(), a));
        List<Rows.Item> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ChecklistItem item = items.get(i);
            Answer a = given.get(item.id());
            rows.add(new Rows.Item(i + 1, item.id(), item.question(), item.remediation(),
                    a == null ? null : a.isCompliant(), a == null ? null : a.getNote()));
        }
        Department d = s.getDepartment();
        return new Rows.Form(s.getId(), round.getName(), round.getScope(), round.getChecklistKey(),
                round.getChecklistVersion(), round.getChecklistTitle(), d.getName(), d.getNameEn(), round.getDue(),
                s.isSubmitted(), s.getSubmittedAt(), rows);
    }

    /**
     * Submits every answer at once. Refused, with nothing stored, unless every item is answered and every "no"
     * has a note. Each "no" becomes a finding. Returns the findings.
     */
    public List<Finding> submit(long id, String username, Map<String, AnswerInput> answers) {
        SelfInspection s = own(id, username, LockModeType.PESSIMISTIC_WRITE);
        if (s.isSubmitted()) {
            throw new InspectionRefusedException(Reason.ALREADY_SUBMITTED);
        }
        refuseIfNoLongerAsked(s);
        // a head moved away submitted the form of the department he left, counted as its self-inspection (tester zg)
        if (!InspectionRules.answersFor(s.getRound().getScope(), s.getDepartment(), s.getRespondent(),
                isOfficer(username), headOrLiaison(s.getRespondent()))) {
            throw noLongerAnswers(s.getRespondent(), s.getDepartment(), s.getRound());
        }
        List<ChecklistItem> items = items(s.getRound());
        List<AnswerProblem> problems = InspectionRules.check(items, answers);
        if (!problems.isEmpty()) {
            throw new InspectionRefusedException(Reason.INCOMPLETE, problems);
        }
        Instant now = clock.instant();
        List<Answer> stored = InspectionRules.answers(items, answers);
        s.submit(stored, now, username);
        LocalDate due = InspectionRules.findingDue(documents.today(), remediationDays);
        Map<String, ChecklistItem> byId = new LinkedHashMap<>();
        items.forEach(i -> byId.put(i.id(), i));
        // what the office found in a department is the department's to remediate; a self-inspection's, its author's
        Employee owner = s.getRound().getScope() == InspectionScope.OFFICE
                ? responsibleFor(s.getDepartment(), s.getRespondent()) : s.getRespondent();
        List<Finding> findings = new ArrayList<>();
        for (Answer a : stored) {
            if (!a.isCompliant()) {
                ChecklistItem item = byId.get(a.getItemId());
                Finding f = new Finding(s, item.id(), item.question(), item.remediation(), a.getNote(), owner, due);
                em.persist(f);
                findings.add(f);
            }
        }
        em.flush();
        // the submitted answers are fixed for good: logged now, in the same transaction
        evidence.append(EvidenceKind.SELF_INSPECTION, s.getId());
        // so is each finding as raised, its owner and due day (outside check ex-s38f 6)
        findings.forEach(f -> evidence.append(EvidenceKind.FINDING_RAISED, f.getId()));
        if (!findings.isEmpty() && !owner.getId().equals(s.getRespondent().getId())) {
            accounts.enabledLoginsOf(owner).forEach(login -> notifications.tell(login,
                            "inspections.notice.officeFindings", List.of(s.getRound().getName(),
                                    s.getDepartment().getName(), Integer.toString(findings.size()), due.toString()),
                            "/inspections/findings.xhtml"));
        }
        return findings;
    }

    /** My findings: open ones first, soonest due first. */
    public List<Rows.FindingRow> findingsOf(String username) {
        Optional<Employee> person = person(username);
        if (person.isEmpty()) {
            return List.of();
        }
        LocalDate today = documents.today();
        return rows(em.createNamedQuery(Finding.OF_OWNER, Finding.class).setParameter("owner", person.get())
                .getResultList(), today).stream()
                .sorted(Comparator.comparing(Rows.FindingRow::status).thenComparing(Rows.FindingRow::due))
                .toList();
    }

    /** Every finding not closed yet, overdue first, then soonest due: what the secrecy office follows up. */
    public List<Rows.FindingRow> openFindings() {
        return openFindings(null);
    }

    /** The findings not closed yet of one department ({@code null}: of every department), overdue first. */
    public List<Rows.FindingRow> openFindings(String departmentCode) {
        LocalDate today = documents.today();
        List<Finding> open = departmentCode == null
                ? em.createNamedQuery(Finding.NOT_CLOSED, Finding.class).setParameter("closed", FindingStatus.CLOSED)
                        .getResultList()
                : em.createQuery("select f from Finding f join fetch f.owner join fetch f.inspection s "
                        + "join fetch s.round join fetch s.department d where f.status <> :closed and d.code = :d "
                        + "order by f.due, f.id", Finding.class).setParameter("closed", FindingStatus.CLOSED)
                        .setParameter("d", departmentCode).getResultList();
        return rows(open, today).stream()
                .sorted(Comparator.comparing((Rows.FindingRow r) -> !r.overdue()).thenComparing(Rows.FindingRow::due)
                        .thenComparing(Rows.FindingRow::id))
                .toList();
    }

    /**
     * The findings closed, newest due first, each with its history (remediated, reopened, closed: who, when, the
     * notes): the record an inspection reads once a finding has left the open list.
     */
    public List<Rows.FindingRow> closedFindings() {
        List<Finding> closed = em.createQuery("select f from Finding f join fetch f.owner join fetch f.inspection s "
                + "join fetch s.round join fetch s.department where f.status = :closed order by f.due desc, f.id desc",
                Finding.class).setParameter("closed", FindingStatus.CLOSED).getResultList();
        return rows(closed, documents.today());
    }

    /** The owner reports a finding remediated, saying in words what was done ({@link Texts#saysSomething}). */
    public void remediate(long findingId, String username, String note) {
        Finding f = finding(findingId);
        Employee person = person(username).orElseThrow(() -> new InspectionRefusedException(Reason.NO_PERSON));
        InspectionScope scope = f.getInspection().getRound().getScope();
        boolean own = scope == InspectionScope.PERSONAL
                && f.getInspection().getRespondent().getId().equals(person.getId());
        // someone who left the post or the unit reported the finding of their own self-inspection remediated from
        // outside it; it passes to whoever answers for the department when they leave (ex-s38f 3)
        if (own && InspectionRules.leftThePost(person.getStatus())) {
            throw new InspectionRefusedException(Reason.LEFT_THE_POST);
        }
        if (!f.getOwner().getId().equals(person.getId())) {
            throw new InspectionRefusedException(Reason.NOT_YOURS);
        }
        // a head moved away reported the findings of the department he left remediated (tester zg)
        if (!InspectionRules.answersFor(scope, own, f.getInspection().getDepartment(), person, isOfficer(username),
                headOrLiaison(person))) {
            throw noLongerAnswers(person, f.getInspection().getDepartment(), f.getInspection().getRound());
        }
        checkNote(note, true);
        if (f.getStatus() != FindingStatus.OPEN) {
            throw new InspectionRefusedException(Reason.WRONG_STATE);
        }
        // the same substance check as a close: "-" was taken as the report of what was done (outside check)
        if (!Texts.saysSomething(Texts.clean(note))) {
            throw new InspectionRefusedException(Reason.REMEDIATION_NOTE_REQUIRED);
        }
        f.remediate(note, clock.instant(), username);
        step(f, FindingStep.Kind.REMEDIATED, note, username);
    }

    /**
     * A secrecy officer confirms a remediated finding and closes it, always saying what was checked: in an
     * inspection of a department whose liaison has no login the officer reports the remediation himself, and his
     * closing it with no note left "确认关闭：—" in the history (outside check); so did a note of "-", "…" or "无"
     * (a second one): the note has letters or Chinese characters that say something ({@link
     * Texts#saysSomething}).
     */
    public void close(long findingId, String officer, String note) {
        officerAccount(officer);
        Finding f = finding(findingId);
        checkNote(note, false);
        if (f.getStatus() != FindingStatus.REMEDIATED) {
            throw new InspectionRefusedException(Reason.WRONG_STATE);
        }
        if (!Texts.saysSomething(Texts.clean(note))) {
            throw new InspectionRefusedException(Reason.CLOSE_NOTE_REQUIRED);
        }
        f.close(note, clock.instant(), officer);
        step(f, FindingStep.Kind.CLOSED, note, officer);
    }

    /** A secrecy officer reopens a remediated or closed finding: its owner must remediate it again. */
    public void reopen(long findingId, String officer, String note) {
        reopen(findingId, officer, note, null);
    }

    /**
     * As {@link #reopen(long, String, String)}, refused when the finding is no longer in the state {@code seen} the
     * officer's page showed (null: any): a colleague closed it meanwhile, and a stale page must not reopen it
     * unseen (outside check).
     */
    public void reopen(long findingId, String officer, String note, FindingStatus seen) {
        officerAccount(officer);
        Finding f = finding(findingId);
        // the owner is told to remediate again: they are told why (it was accepted with no reason, then with "-" and
        // the owner read "退回重新整改：-"; outside checks), by the rule of the other notes
        if (!Texts.saysSomething(Texts.clean(note))) {
            throw new InspectionRefusedException(Reason.REOPEN_REASON_REQUIRED);
        }
        checkNote(note, false);
        if (f.getStatus() == FindingStatus.OPEN || seen != null && f.getStatus() != seen) {
            throw new InspectionRefusedException(Reason.WRONG_STATE);
        }
        f.reopen(note, clock.instant(), officer);
        step(f, FindingStep.Kind.REOPENED, note, officer);
    }

    /**
     * A change of a person's record (in the transaction of the change). Moved to another department, their personal
     * self-inspections not yet submitted follow them there ({@link InspectionRules#followsMover}), so that the new
     * department counts and chases them and the old one no longer does. Out of a department (moved, or gone from the
     * post or the unit: {@link InspectionRules#departmentLeft}), what they answered for it — its department forms not
     * yet submitted, the findings of its own or the office's inspections not closed — passes to whoever answers for
     * it now ({@link InspectionRules#handOver}), each finding with a dated step of its history naming both owners;
     * in post in a department they now answer for (its head), its department forms and findings pass to them from
     * the office or its liaison. Both sides are told. A head moved away kept them and answered for the department he
     * left, and the one he joined kept its form with the office (tester zg) and its findings (outside check).
     */
    void personnelChanged(@jakarta.enterprise.event.Observes org.shoumi.portal.events.PersonnelChanged changed) {
        org.shoumi.portal.employees.entity.PersonnelChange change = em.find(
                org.shoumi.portal.employees.entity.PersonnelChange.class, changed.changeId());
        if (change == null || change.getOldDepartment() == null) {
            return; // a hire
        }
        Employee person = change.getEmployee();
        if (!change.getOldDepartment().equals(change.getNewDepartment())) {
            em.createQuery("select s from SelfInspection s join fetch s.round where s.respondent = :e "
                            + "and s.status = :open", SelfInspection.class).setParameter("e", person)
                    .setParameter("open", InspectionStatus.OPEN).getResultStream()
                    .filter(s -> InspectionRules.followsMover(s.getRound().getScope(), s.getStatus())
                            && !s.getDepartment().getId().equals(person.getDepartment().getId()))
                    .forEach(s -> s.followRespondentTo(person.getDepartment()));
        }
        if (change.getSource() == org.shoumi.portal.employees.entity.ChangeSource.BULK) {
            // one of a batch (批量调整): who answers is settled once the whole batch is done (peopleChangedTogether); a
            // head and a liaison moved together handed the department to the liaison, then at once to the office
            // (outside check ex-s38f 5)
            return;
        }
        Optional<Department> left = InspectionRules.departmentLeft(change.getOldDepartment(), change.getOldStatus(),
                change.getNewDepartment(), change.getNewStatus()).flatMap(this::department);
        boolean cameIn = person.getStatus() == EmployeeStatus.ACTIVE && (change.getOldStatus() != EmployeeStatus.ACTIVE
                || !change.getOldDepartment().equals(change.getNewDepartment()));
        String by = change.getChangedBy();
        if (InspectionRules.leftThePost(change.getNewStatus())) {
            ownFindingsOfLeaver(person, by);
        }
        if (left.isEmpty() && !cameIn) {
            return;
        }
        // what they held in the department they left passes on
        // the roster's heads and liaisons are read only when there is something to pass on: an import moving
        // thousands of people read them for each (outside check ex-s37f 1)
        left.ifPresent(d -> {
            List<SelfInspection> forms = formsStillAsked(d, person);
            List<Finding> findings = departmentFindings(d, person);
            if (!forms.isEmpty() || !findings.isEmpty()) {
                handOver(d, forms, findings, heads(), liaisonsWithLogin(), by, InspectionHandOver.Cause.PERSONNEL);
            }
        });
        if (cameIn) {
            // the department they joined (or came into post in): its forms and findings are theirs when they now
            // answer for it, from the office or the liaison that held them for want of a head
            Department joined = person.getDepartment();
            if (answersNow(joined, person)) {
                passOn(joined, by, InspectionHandOver.Cause.PERSONNEL);
            } else if (InspectionRules.concerned(person) && ConcernedDepartments.count(em, joined) == 1
                    && !departmentForms(joined, null).isEmpty()) {
                // the first one concerned in a department emptied before: its forms are asked again, of whoever
                // answers for it now (not of the last holder, who may have moved away)
                passOn(joined, by, InspectionHandOver.Cause.PERSONNEL);
            }
        }
    }

    /**
     * Several people changed at once (批量调整, {@link org.shoumi.portal.events.PersonnelBatchChanged}, at the end of
     * the batch and in its transaction; each person's {@link #personnelChanged} has moved their personal forms): each
     * department they left or joined is handed, once, to whoever answers for it as the whole batch leaves the roster
     * ({@link InspectionRules#handOver}): one hand-over per form and finding, and the earlier holder is told who holds
     * it now. Resolved per person, a head and a liaison moved together handed the department to the liaison, then in
     * the same second to the office, and the head was told the liaison had it (outside check ex-s38f 5).
     */
    void peopleChangedTogether(@jakarta.enterprise.event.Observes org.shoumi.portal.events.PersonnelBatchChanged batch) {
        List<Department> touched = batch.departmentCodes().stream().sorted().map(this::department)
                .flatMap(Optional::stream).toList();
        if (touched.isEmpty()) {
            return;
        }
        List<Employee> heads = heads();
        List<Employee> liaisons = liaisonsWithLogin();
        for (Department d : touched) {
            List<SelfInspection> forms = formsStillAsked(d, null);
            List<Finding> findings = departmentFindings(d, null);
            if (!forms.isEmpty() || !findings.isEmpty()) {
                handOver(d, forms, findings, heads, liaisons, batch.by(), InspectionHandOver.Cause.PERSONNEL);
            }
        }
    }

    /**
     * A login's department-head or secrecy officer's role granted or withdrawn, or the login opened, switched off, let
     * in again or its roles changed (in the transaction of the change, {@link
     * org.shoumi.portal.events.AccountChanged}): who answers for its person's department changes as on a move, so the
     * department's forms not submitted and findings not closed pass to whoever answers for it now, and what the
     * person still held elsewhere too (an officer: every department the office answered for); both sides are told. A
     * head whose role was withdrawn kept the department's findings and could still report them remediated, and a head
     * appointed by role got nothing (outside check); so did a secrecy officer whose role was withdrawn (ex-s38f 1).
     */
    void accountChanged(@jakarta.enterprise.event.Observes org.shoumi.portal.events.AccountChanged changed) {
        String role = Role.DEPT_HEAD.name();
        String officerRole = Role.SECRECY_OFFICER.name();
        if (changed.employeeNo() == null) {
            return;
        }
        if (changed.granted(role) || changed.withdrew(role)) {
            answererChanged(changed.employeeNo(), null, changed.by(), InspectionHandOver.Cause.ROLE);
        } else if (changed.granted(officerRole) || changed.withdrew(officerRole)) {
            // the office answers for every department with neither head nor liaison: what a former officer held passes
            // to the office as it is now (the former officer kept 21 forms and the office's findings, refused to him
            // and given to nobody: ex-s38f 1), and an officer granted the role takes what nobody could take before
            answererChanged(changed.employeeNo(), null, changed.by(), InspectionHandOver.Cause.OFFICER);
            if (changed.granted(officerRole)) {
                officeChanged(changed.by(), InspectionHandOver.Cause.OFFICER);
            }
        } else if (changed.opensOrCloses() || changed.changedRoles()) {
            // whether a serving liaison (or a head) can log in decides whether they answer for their department: a
            // liaison's login opened left the department's forms with the office, which kept filling them while the
            // liaison got the next round's (outside check ex-s36h 1). Anyone else's login changes nothing here, and
            // is skipped before the whole roster is read: a roster import opening 5,000 logins read it 5,000 times
            // (ex-s37f 1)
            if (!InspectionRules.loginMayChangeAnswerer(changed.rolesBefore(), changed.rolesAfter(),
                    List.of(role, officerRole), () -> liaisons.departmentServedBy(changed.employeeNo()).isPresent())) {
                return;
            }
            answererChanged(changed.employeeNo(), null, changed.by(), InspectionHandOver.Cause.LOGIN);
            if (changed.rolesAfter().contains(officerRole)) {
                // an officer's login let in again or opened: the office may have had nobody to take over before
                officeChanged(changed.by(), InspectionHandOver.Cause.LOGIN);
            }
        }
    }

    /**
     * The secrecy office changed (an officer's role granted or withdrawn, an officer's login opened or switched off):
     * every department whose forms not submitted or findings not closed someone holds who is no secrecy officer now
     * passes to whoever answers for it now, as far as the rule moves them ({@link InspectionRules#handOver}: a head or
     * serving liaison keeps theirs). With no officer left nothing passed when the role was withdrawn; the next officer
     * takes it over.
     */
    private void officeChanged(String by, InspectionHandOver.Cause cause) {
        List<Employee> officers = officers();
        if (officers.isEmpty()) {
            return;
        }
        Map<Long, Department> departments = new LinkedHashMap<>();
        em.createQuery("select distinct s.department from SelfInspection s join s.round r where s.status = :open "
                        + "and r.scope = :scope and s.respondent not in :officers", Department.class)
                .setParameter("open", InspectionStatus.OPEN).setParameter("scope", InspectionScope.DEPARTMENT)
                .setParameter("officers", officers).getResultStream()
                .forEach(d -> departments.putIfAbsent(d.getId(), d));
        em.createQuery("select distinct s.department from Finding f join f.inspection s join s.round r "
                        + "where f.status <> :closed and (r.scope <> :personal or f.owner <> s.respondent) "
                        + "and f.owner not in :officers",
                        Department.class)
                .setParameter("closed", FindingStatus.CLOSED).setParameter("personal", InspectionScope.PERSONAL)
                .setParameter("officers", officers).getResultStream()
                .forEach(d -> departments.putIfAbsent(d.getId(), d));
        departments.values().forEach(d -> passOn(d, by, cause));
    }

    /**
     * A part-time secrecy liaison appointed or their appointment ended (in the transaction of the register's entry,
     * {@link org.shoumi.portal.events.LiaisonChanged}): for want of a head the department is answered by its liaison,
     * so its forms not submitted and findings not closed pass to whoever answers for it now. A liaison whose
     * appointment ended kept the department's finding and reported it remediated, and a liaison appointed got
     * neither the form nor the findings the office held (outside check).
     */
    void liaisonChanged(@jakarta.enterprise.event.Observes org.shoumi.portal.events.LiaisonChanged changed) {
        answererChanged(changed.employeeNo(), changed.departmentCode(), changed.by(),
                InspectionHandOver.Cause.LIAISON);
    }

    /**
     * Passes on what changed hands when the person's capacity changed: the department served ({@code departmentCode},
     * else the person's own) and every department whose forms or findings the person still holds.
     */
    private void answererChanged(String employeeNo, String departmentCode, String by,
                                 InspectionHandOver.Cause cause) {
        Employee person = Employee.byNumber(em, employeeNo).getResultStream().findFirst().orElse(null);
        if (person == null) {
            return;
        }
        Map<Long, Department> departments = new LinkedHashMap<>();
        Department served = departmentCode == null ? person.getDepartment() : department(departmentCode).orElse(null);
        if (served != null) {
            departments.put(served.getId(), served);
        }
        em.createQuery("select distinct s.department from SelfInspection s join s.round r where s.respondent = :e "
                        + "and s.status = :open and r.scope = :scope", Department.class).setParameter("e", person)
                .setParameter("open", InspectionStatus.OPEN).setParameter("scope", InspectionScope.DEPARTMENT)
                .getResultStream().forEach(d -> departments.putIfAbsent(d.getId(), d));
        em.createQuery("select distinct s.department from Finding f join f.inspection s join s.round r "
                        + "where f.owner = :e and f.status <> :closed and (r.scope <> :personal or f.owner <> s.respondent)",
                        Department.class)
                .setParameter("e", person).setParameter("closed", FindingStatus.CLOSED)
                .setParameter("personal", InspectionScope.PERSONAL).getResultStream()
                .forEach(d -> departments.putIfAbsent(d.getId(), d));
        departments.values().forEach(d -> passOn(d, by, cause));
    }

    /**
     * The findings not closed of the person's own (personal) self-inspections pass, once they left the post or the
     * unit, to whoever answers for the department each was raised in, with a dated 移交 step and both sides told:
     * they stayed with the leaver, who could still report them remediated from outside the unit, while nobody in it
     * could move them (outside check ex-s38f 3). With nobody to answer (no head, liaison or officer) one stays.
     */
    private void ownFindingsOfLeaver(Employee person, String by) {
        Map<Long, List<Finding>> byDepartment = new LinkedHashMap<>();
        Map<Long, Department> departments = new HashMap<>();
        em.createQuery("select f from Finding f join fetch f.inspection s join fetch s.round r where f.owner = :e "
                        + "and s.respondent = :e and r.scope = :personal and f.status <> :closed order by f.id",
                        Finding.class).setParameter("e", person).setParameter("personal", InspectionScope.PERSONAL)
                .setParameter("closed", FindingStatus.CLOSED).getResultStream().forEach(f -> {
                    Department d = f.getInspection().getDepartment();
                    departments.putIfAbsent(d.getId(), d);
                    byDepartment.computeIfAbsent(d.getId(), k -> new ArrayList<>()).add(f);
                });
        if (byDepartment.isEmpty()) {
            return;
        }
        List<Employee> heads = heads();
        List<Employee> liaisons = liaisonsWithLogin();
        byDepartment.forEach((id, findings) -> handOver(departments.get(id), List.of(), findings, heads, liaisons, by,
                InspectionHandOver.Cause.PERSONNEL, true));
    }

    /** Whether the person is who answers for the department now (its head, else its serving liaison). */
    private boolean answersNow(Department d, Employee person) {
        // only someone who can log in answers (a head by role, a liaison serving): anyone else is told apart without
        // reading the whole roster
        boolean canLogIn = em.createQuery("select count(a) from Account a where a.employee = :e and a.enabled = true",
                Long.class).setParameter("e", person).getSingleResult() > 0;
        if (!canLogIn) {
            return false;
        }
        return InspectionRules.responsible(d, heads(), liaisonsWithLogin(), null)
                .filter(r -> r.respondent().getId().equals(person.getId())).isPresent();
    }

    /** Hands every form not submitted and finding not closed of the department to whoever answers for it now. */
    private void passOn(Department d, String by, InspectionHandOver.Cause cause) {
        handOver(d, formsStillAsked(d, null), departmentFindings(d, null), heads(), liaisonsWithLogin(), by, cause);
    }

    /**
     * The department's forms not submitted held by {@code holder} (null: by anyone), none when the department has
     * nobody concerned any more: such a form is no longer asked ({@link InspectionRules#departmentNoLongerAsked}) and
     * stays with its last holder, not handed to the office to fill (outside check ex-s38f 2).
     */
    private List<SelfInspection> formsStillAsked(Department d, Employee holder) {
        return ConcernedDepartments.count(em, d) == 0 ? List.of() : departmentForms(d, holder);
    }

    /** The department's forms not submitted, held by {@code holder} (null: by anyone). */
    private List<SelfInspection> departmentForms(Department d, Employee holder) {
        jakarta.persistence.TypedQuery<SelfInspection> q = em.createQuery("select s from SelfInspection s "
                        + "join fetch s.round r where s.status = :open and s.department = :d and r.scope = :scope"
                        + (holder == null ? "" : " and s.respondent = :e") + " order by s.id", SelfInspection.class)
                .setParameter("open", InspectionStatus.OPEN).setParameter("d", d)
                .setParameter("scope", InspectionScope.DEPARTMENT);
        return (holder == null ? q : q.setParameter("e", holder)).getResultList();
    }

    /**
     * The findings not closed of the department's own and the office's inspections, and those of a personal one that
     * passed to whoever answers for the department when their person left (ex-s38f 3), held by {@code holder}.
     */
    private List<Finding> departmentFindings(Department d, Employee holder) {
        jakarta.persistence.TypedQuery<Finding> q = em.createQuery("select f from Finding f join fetch f.inspection s "
                        + "join fetch s.round r where f.status <> :closed and s.department = :d "
                        + "and (r.scope <> :personal or f.owner <> s.respondent)"
                        + (holder == null ? "" : " and f.owner = :e") + " order by f.id", Finding.class)
                .setParameter("closed", FindingStatus.CLOSED).setParameter("d", d)
                .setParameter("personal", InspectionScope.PERSONAL);
        return (holder == null ? q : q.setParameter("e", holder)).getResultList();
    }

    /**
     * Hands each of a department's forms not submitted and findings not closed to whoever answers for the department
     * now instead of its holder ({@link InspectionRules#handOver}; the office is the officer who opened the round):
     * each finding with a {@link FindingStep.Kind#HANDED_OVER} step naming both owners; both sides are told once.
     */
    private void handOver(Department d, List<SelfInspection> forms, List<Finding> findings, List<Employee> heads,
                          List<Employee> liaisons, String by, InspectionHandOver.Cause cause) {
        handOver(d, forms, findings, heads, liaisons, by, cause, false);
    }

    /**
     * As above; {@code leaversOwn}: the findings are those of a leaver's own self-inspection, held in no capacity
     * (told with notices of their own).
     */
    private void handOver(Department d, List<SelfInspection> forms, List<Finding> findings, List<Employee> heads,
                          List<Employee> liaisons, String by, InspectionHandOver.Cause cause, boolean leaversOwn) {
        Map<List<Employee>, int[]> given = new LinkedHashMap<>();
        for (SelfInspection s : forms) {
            Employee from = s.getRespondent();
            successor(from, d, s.getRound(), heads, liaisons, false).ifPresent(to -> {
                // kept as a row of its own: who held it, who holds it now, why, by whose change and when (the
                // respondent was overwritten with no record; outside check)
                InspectionHandOver row = new InspectionHandOver(s, from, to, cause, by, clock.instant());
                em.persist(row);
                em.flush();
                // in the evidence chain as the findings' hand-over steps are: a deleted row went unnoticed (ex-s36h 4)
                evidence.append(EvidenceKind.INSPECTION_HAND_OVER, row.getId());
                s.handOverTo(to);
                given.computeIfAbsent(List.of(from, to), k -> new int[2])[0]++;
            });
        }
        for (Finding f : findings) {
            Employee from = f.getOwner();
            successor(from, d, f.getInspection().getRound(), heads, liaisons, leaversOwn).ifPresent(to -> {
                f.handOverTo(to);
                step(f, FindingStep.Kind.HANDED_OVER, from.getName() + "（" + from.getEmployeeNo() + "）→ "
                        + to.getName() + "（" + to.getEmployeeNo() + "）", by);
                given.computeIfAbsent(List.of(from, to), k -> new int[2])[1]++;
            });
        }
        given.forEach((fromTo, n) -> {
            Employee from = fromTo.get(0);
            Employee to = fromTo.get(1);
            String formCount = Integer.toString(n[0]);
            String findingCount = Integer.toString(n[1]);
            String taken = leaversOwn ? "inspections.notice.leaverFindingsTaken" : "inspections.notice.handedOver";
            String away = leaversOwn ? "inspections.notice.leaverFindingsAway" : "inspections.notice.handedAway";
            accounts.enabledLoginsOf(to).forEach(login -> notifications.tell(login, taken,
                    List.of(from.getName(), d.getName(), formCount, findingCount),
                    leaversOwn ? "/inspections/findings.xhtml" : "/inspections/mine.xhtml"));
            accounts.enabledLoginsOf(from).forEach(login -> notifications.tell(login, away,
                    List.of(to.getName(), d.getName(), formCount, findingCount),
                    leaversOwn ? "/inspections/findings.xhtml" : "/inspections/mine.xhtml"));
        });
    }

    /**
     * Who answers for the department now instead of {@code from}, if anyone: the office is the round's opener while
     * they are a secrecy officer, else another officer ({@link InspectionRules#office}).
     */
    private Optional<Employee> successor(Employee from, Department d, InspectionRound round, List<Employee> heads,
                                         List<Employee> liaisons, boolean leaversOwn) {
        // a leaver's own finding was held in no capacity: it passes to whoever answers, head, liaison or office
        boolean fromHead = !leaversOwn && heads.stream().anyMatch(h -> h.getId().equals(from.getId()));
        boolean fromLiaison = !leaversOwn && liaisons.stream().anyMatch(l -> l.getId().equals(from.getId()));
        boolean fromOfficer = !leaversOwn && isOfficerPerson(from);
        return InspectionRules.responsible(d, heads, liaisons, officeNow(round))
                .flatMap(to -> InspectionRules.handOver(from, fromHead, fromLiaison, fromOfficer, to));
    }

    /**
     * The person who answers for the secrecy office in the round now (null: no officer in post is left): its opener
     * while still an officer, else the officer in post with the lowest staff number ({@link InspectionRules#office}).
     * The opener stayed "the office" after losing the role (outside check ex-s38f 1).
     */
    private Employee officeNow(InspectionRound round) {
        Account opener = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", round.getOpenedBy()).getResultStream().findFirst().orElse(null);
        return InspectionRules.office(opener == null ? null : opener.getEmployee(), officers()).orElse(null);
    }

    /** The people of secrecy officers' logins that are switched on. */
    private List<Employee> officers() {
        return em.createQuery("select distinct a.employee from Account a where :role member of a.roles "
                + "and a.enabled = true and a.employee is not null", Employee.class)
                .setParameter("role", Role.SECRECY_OFFICER).getResultList();
    }

    /**
     * Refused for a form or finding its holder no longer answers for: that whoever answers now has it, or, when
     * nobody does (no head, no liaison, no secrecy officer left), that nobody has taken it over yet. The refusal
     * said it had passed to whoever answers now when nothing had passed (outside check ex-s38f 1).
     */
    private InspectionRefusedException noLongerAnswers(Employee holder, Department d, InspectionRound round) {
        Employee office = officeNow(round);
        boolean someoneElse = InspectionRules.responsible(d, heads(), liaisonsWithLogin(), office)
                .filter(r -> !r.respondent().getId().equals(holder.getId())).isPresent();
        return new InspectionRefusedException(someoneElse ? Reason.NO_LONGER_ANSWERS : Reason.NOBODY_ANSWERS);
    }

    private Optional<Department> department(String code) {
        return em.createQuery("select d from Department d where d.code = :c", Department.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    /** Whether the login is a secrecy officer's (the office answers for a department with no head nor liaison). */
    private boolean isOfficer(String username) {
        return username != null && em.createQuery("select count(a) from Account a where a.username = :u "
                        + "and :role member of a.roles", Long.class).setParameter("u", username)
                .setParameter("role", Role.SECRECY_OFFICER).getSingleResult() > 0;
    }

    /** Whether the person heads a department (a head's login) or serves as a liaison now with a login. */
    private boolean headOrLiaison(Employee person) {
        return heads().stream().anyMatch(h -> h.getId().equals(person.getId()))
                || liaisonsWithLogin().stream().anyMatch(l -> l.getId().equals(person.getId()));
    }

    /** Whether the person has a secrecy officer's login that is switched on (one switched off answers for nothing). */
    private boolean isOfficerPerson(Employee person) {
        return em.createQuery("select count(a) from Account a where a.employee = :e and :role member of a.roles "
                + "and a.enabled = true",
                Long.class).setParameter("e", person).setParameter("role", Role.SECRECY_OFFICER).getSingleResult() > 0;
    }

    /** Every round, newest first, with how many of its self-inspections are submitted, per department. */
    public List<Rows.RoundSummary> rounds() {
        Map<Long, Map<String, long[]>> counts = new HashMap<>();
        Map<String, String[]> names = new HashMap<>();
        java.util.Set<Long> concerned = ConcernedDepartments.ids(em);
        for (Object[] r : em.createNamedQuery(SelfInspection.COMPLETION, Object[].class).getResultList()) {
            if (InspectionRules.departmentNoLongerAsked((InspectionScope) r[6], (InspectionStatus) r[4],
                    concerned.contains((Long) r[7]))) {
                // a department emptied since is no longer asked: "办公室 0/1" kept the round from being complete
                continue;
            }
            long roundId = (Long) r[0];
            String code = (String) r[1];
            names.put(code, new String[] {(String) r[2], (String) r[3]});
            long[] c = counts.computeIfAbsent(roundId, k -> new TreeMap<>()).computeIfAbsent(code, k -> new long[2]);
            long n = (Long) r[5];
            c[1] += n;
            if (r[4] == InspectionStatus.SUBMITTED) {
                c[0] += n;
            }
        }
        LocalDate today = documents.today();
        return em.createNamedQuery(InspectionRound.ALL, InspectionRound.class).getResultStream().map(round -> {
            List<Rows.DepartmentCompletion> departments = new ArrayList<>();
            counts.getOrDefault(round.getId(), Map.of()).forEach((code, c) -> departments.add(
                    new Rows.DepartmentCompletion(code, names.get(code)[0], names.get(code)[1], c[0], c[1])));
            long submitted = departments.stream().mapToLong(Rows.DepartmentCompletion::submitted).sum();
            long total = departments.stream().mapToLong(Rows.DepartmentCompletion::total).sum();
            return new Rows.RoundSummary(round.getId(), round.getName(), round.getScope(), round.getChecklistKey(),
                    round.getChecklistVersion(), round.getChecklistTitle(), round.getOpenedOn(), round.getDue(),
                    round.getOpenedBy(), submitted < total && today.isAfter(round.getDue()), submitted, total,
                    departments);
        }).toList();
    }

    /** Who a round asked and whether they submitted, by department (for tests and follow-up). */
    public List<SelfInspection> of(long roundId) {
        InspectionRound round = em.find(InspectionRound.class, roundId);
        return round == null ? List.of() : em.createNamedQuery(SelfInspection.OF_ROUND, SelfInspection.class)
                .setParameter("round", round).getResultList();
    }

    private List<ChecklistItem> items(InspectionRound round) {
        DocumentVersion pinned = documents.version(round.getChecklistKey(), round.getChecklistVersion())
                .orElseThrow(() -> new InspectionRefusedException(Reason.NO_CHECKLIST));
        return PackParser.checklistItems(pinned.getDocumentKey(), pinned.getBody());
    }

    private Rows.Task task(SelfInspection s, LocalDate today, long findings) {
        InspectionRound r = s.getRound();
        Department d = s.getDepartment();
        return new Rows.Task(s.getId(), r.getName(), r.getScope(), r.getChecklistTitle(), r.getChecklistVersion(),
                d.getName(), d.getNameEn(), r.getDue(), InspectionRules.overdue(s.getStatus(), r.getDue(), today),
                s.getStatus(), s.getSubmittedAt(), findings);
    }

    /** The findings as rows, each with its history (read in one query for all of them). */
    private List<Rows.FindingRow> rows(List<Finding> findings, LocalDate today) {
        Map<Long, List<Rows.FindingHistory>> history = new HashMap<>();
        if (!findings.isEmpty()) {
            em.createQuery("select s from FindingStep s where s.finding in :findings order by s.doneAt, s.id",
                            FindingStep.class).setParameter("findings", findings).getResultStream()
                    .forEach(s -> history.computeIfAbsent(s.getFinding().getId(), k -> new ArrayList<>())
                            .add(new Rows.FindingHistory(s.getKind(), s.getNote(), s.getDoneBy(), s.getDoneAt())));
        }
        return findings.stream().map(f -> row(f, today, history.getOrDefault(f.getId(), List.of()))).toList();
    }

    private Rows.FindingRow row(Finding f, LocalDate today, List<Rows.FindingHistory> history) {
        SelfInspection s = f.getInspection();
        Department d = s.getDepartment();
        Employee owner = f.getOwner();
        return new Rows.FindingRow(f.getId(), s.getRound().getName(), f.getItemId(), f.getQuestion(),
                f.getRemediation(), f.getAnswerNote(), owner.getEmployeeNo(), owner.getName(), d.getName(),
                d.getNameEn(), f.getDue(), InspectionRules.overdue(f.getStatus(), f.getDue(), today), f.getStatus(),
                f.getRemediationNote(), f.getRemediatedAt(), f.getReviewNote(), f.getReopenedCount(), history);
    }

    /** A finding's step, kept as a row of its own and appended to the evidence log in the same transaction. */
    private void step(Finding f, FindingStep.Kind kind, String note, String by) {
        FindingStep step = new FindingStep(f, kind, note, by, clock.instant());
        em.persist(step);
        em.flush();
        evidence.append(EvidenceKind.FINDING_STEP, step.getId());
    }

    private SelfInspection own(long id, String username, LockModeType lock) {
        Employee person = person(username).orElseThrow(() -> new InspectionRefusedException(Reason.NO_PERSON));
        SelfInspection s = em.find(SelfInspection.class, id, lock);
        if (s == null || !s.getRespondent().getId().equals(person.getId())) {
            throw new InspectionRefusedException(Reason.NOT_YOURS);
        }
        return s;
    }

    /**
     * Refused when the respondent left the post or the unit before submitting, or the department of a department's
     * form has nobody concerned any more (the rules the records follow).
     */
    private void refuseIfNoLongerAsked(SelfInspection s) {
        if (InspectionRules.noLongerAsked(s.getStatus(), s.getRespondent().getStatus())) {
            throw new InspectionRefusedException(Reason.NO_LONGER_ASKED);
        }
        if (InspectionRules.departmentNoLongerAsked(s.getRound().getScope(), s.getStatus(),
                ConcernedDepartments.count(em, s.getDepartment()) > 0)) {
            throw new InspectionRefusedException(Reason.DEPARTMENT_EMPTIED);
        }
    }

    private Finding finding(long id) {
        Finding f = em.find(Finding.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (f == null) {
            throw new InspectionRefusedException(Reason.NOT_YOURS);
        }
        return f;
    }

    private static void checkNote(String note, boolean required) {
        String n = Texts.clean(note) == null ? "" : Texts.clean(note);
        if (required && n.isEmpty()) {
            throw new InspectionRefusedException(Reason.NOTE_REQUIRED);
        }
        if (n.length() > Finding.MAX_NOTE_LENGTH) {
            throw new InspectionRefusedException(Reason.NOTE_TOO_LONG);
        }
    }

    private Account officerAccount(String username) {
        Account account = username == null ? null : em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username).getResultList().stream().findFirst().orElse(null);
        if (account == null || !account.getRoles().contains(Role.SECRECY_OFFICER)) {
            throw new InspectionRefusedException(Reason.NOT_OFFICER);
        }
        return account;
    }

    private Optional<Employee> person(String username) {
        return employees.personOf(username);
    }
}
