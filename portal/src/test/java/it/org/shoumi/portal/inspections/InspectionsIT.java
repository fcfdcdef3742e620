package it.org.shoumi.portal.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import it.org.shoumi.portal.TestData;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.inspections.boundary.InspectionFollowUp;
import org.shoumi.portal.reports.boundary.DueDates;
import org.shoumi.portal.reports.boundary.YearReports;
import org.shoumi.portal.reports.control.YearFigures;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.inspections.entity.FindingStep;
import org.shoumi.portal.inspections.boundary.InspectionRecordSection;
import org.shoumi.portal.notifications.boundary.Notifications;
import org.shoumi.portal.records.boundary.Records;
import org.shoumi.portal.records.control.SecrecyFile;
import org.shoumi.portal.shared.RecordSection;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.portal.employees.boundary.PersonnelHistory;
import org.shoumi.portal.employees.boundary.Roster;
import org.shoumi.portal.employees.entity.ChangeSource;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.inspections.boundary.InspectionRefusedException;
import org.shoumi.portal.inspections.boundary.InspectionRefusedException.Reason;
import org.shoumi.portal.inspections.entity.InspectionStatus;
import org.shoumi.portal.inspections.boundary.RoundDraft;
import org.shoumi.portal.inspections.boundary.Rows;
import org.shoumi.portal.inspections.boundary.SelfInspections;
import org.shoumi.portal.inspections.control.InspectionRules.AnswerInput;
import org.shoumi.portal.inspections.control.InspectionRules.AnswerProblem;
import org.shoumi.portal.inspections.control.InspectionRules.Problem;
import org.shoumi.portal.inspections.entity.Finding;
import org.shoumi.portal.inspections.entity.FindingStatus;
import org.shoumi.portal.inspections.entity.InspectionRound;
import org.shoumi.portal.liaisons.boundary.Liaisons;
import org.shoumi.portal.inspections.entity.InspectionScope;
import org.shoumi.portal.inspections.entity.SelfInspection;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.security.boundary.AccountAdmin;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;

/**
 * Self-inspection on a started server, with departments and people of its own: opening a round, who gets
 * it, the all-or-nothing submit, findings with owners and due dates, remediation and the officer's review.
 */
class InspectionsIT extends FromInside {

    private static final String PASSWORD = "Tide-Lamp-739";

    @Inject
    TestData data;

    @Inject
    Accounts accounts;

    @Inject
    Documents documents;

    @Inject
    SelfInspections inspections;

    @Inject
    Liaisons liaisons;

    @Inject
    InspectionFollowUp followUp;

    @Inject
    DueDates dueDates;

    @Inject
    YearReports yearReports;

    @Inject
    EvidenceLog evidence;

    @Inject
    Notifications notifications;

    @Inject
    InspectionRecordSection section;

    @Inject
    Records records;

    @Inject
    PersonnelHistory history;

    @Inject
    Roster roster;

    @Inject
    AccountAdmin accountAdmin;

    @Inject
    HttpServletRequest request;

    private String id;
    private String deptA;
    private String deptB;
    private String employeeA;
    private String employeeB;
    private String notSecret;
    private String headB;
    private String officer;
    private String officerNo;
    private Set<String> notConcerned;

    /**
     * Department A: two secret-related people in post (A1, A2), one not secret-related, one being onboarded and
     * one who left; no head. Department B: its head and the secrecy officer.
     */
    @BeforeEach
    void twoDepartments() {
        id = Long.toString(System.nanoTime(), 36).toUpperCase();
        Department a = new Department("IA" + id, "自查甲部门", "Inspection A");
        Department b = new Department("IB" + id, "自查乙部门", null);
        Post post = new Post("IP" + id, "自查岗位", null);
        LocalDate hired = LocalDate.of(2023, 3, 1);
        Employee a1 = new Employee("A1" + id, "甲一", a, post, SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, hired);
        Employee a2 = new Employee("A2" + id, "甲二", a, post, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, hired);
        Employee a3 = new Employee("A3" + id, "甲三", a, post, SecrecyClass.NONE, EmployeeStatus.ACTIVE, hired);
        Employee a4 = new Employee("A4" + id, "甲四", a, post, SecrecyClass.CORE, EmployeeStatus.ONBOARDING, hired);
        Employee a5 = new Employee("A5" + id, "甲五", a, post, SecrecyClass.CORE, EmployeeStatus.LEFT_UNIT, hired);
        Employee b1 = new Employee("B1" + id, "乙一", b, post, SecrecyClass.CORE, EmployeeStatus.ACTIVE, hired);
        Employee b2 = new Employee("B2" + id, "乙二", b, post, SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, hired);
        data.persist(a, b, post, a1, a2, a3, a4, a5, b1, b2);
        deptA = a.getCode();
        deptB = b.getCode();
        employeeA = login("a1", a1, Role.EMPLOYEE);
        employeeB = login("a2", a2, Role.EMPLOYEE);
        notSecret = login("a3", a3, Role.EMPLOYEE);
        headB = login("hb", b1, Role.DEPT_HEAD, Role.EMPLOYEE);
        officer = login("so", b2, Role.SECRECY_OFFICER, Role.EMPLOYEE);
        officerNo = b2.getEmployeeNo();
        notConcerned = Set.of(a3.getEmployeeNo(), a4.getEmployeeNo(), a5.getEmployeeNo());
    }

    /**
     * The rounds a test moved back in time (id, due day and opening day as opened), put back after it: a round as
     * opened is an entry of the evidence chain, which the other tests verify.
     */
    private final List<Object[]> movedBack = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void putBackTheRoundsMovedBack() {
        movedBack.forEach(r -> data.inTransaction(em -> em.createQuery("update InspectionRound r set r.due = :d, "
                + "r.openedOn = :o where r.id = :id").setParameter("d", r[1]).setParameter("o", r[2])
                .setParameter("id", r[0]).executeUpdate()));
    }

    private String login(String prefix, Employee person, Role... roles) {
        String name = Deployments.uniqueName(prefix);
        accounts.create(name, PASSWORD.toCharArray(), Set.of(roles), person);
        return name;
    }

    private InspectionRound open(InspectionScope scope, String checklist) {
        return inspections.open(new RoundDraft("IT-" + id + "-" + scope, scope, checklist,
                documents.today().plusWeeks(3)), officer);
    }

    private Rows.Task taskOf(String user, InspectionRound round) {
        return inspections.mine(user).stream().filter(t -> t.roundName().equals(round.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(user + " has no self-inspection in " + round.getName()));
    }

    /** Yes to every item of the form, except "no" with a note to the given item numbers. */
    private static Map<String, AnswerInput> answers(Rows.Form form, int... no) {
        Map<String, AnswerInput> answers = new HashMap<>();
        for (Rows.Item item : form.items()) {
            boolean compliant = java.util.Arrays.stream(no).noneMatch(n -> n == item.number());
            answers.put(item.id(), new AnswerInput(compliant, compliant ? null : "第" + item.number() + "项存在问题"));
        }
        return answers;
    }

    private static Reason refusal(Action action) {
        return assertThrows(InspectionRefusedException.class, action::run).reason();
    }

    private interface Action {
        void run();
    }

    @Test
    void aPersonalRoundFromOpeningToTheClosedFinding() {
        // open: every secret-related person in post gets one, pinned to the checklist version in force
        InspectionRound round = open(InspectionScope.PERSONAL, "checklist.personal");
        assertEquals("checklist.personal", round.getChecklistKey());
        assertEquals(documents.current("checklist.personal").orElseThrow().getVersion(), round.getChecklistVersion());
        List<SelfInspection> all = inspections.of(round.getId());
        Set<String> asked = new java.util.HashSet<>();
        all.forEach(s -> asked.add(s.getRespondent().getEmployeeNo()));
        assertTrue(asked.containsAll(Set.of("A1" + id, "A2" + id, "B1" + id, "B2" + id)), asked.toString());
        notConcerned.forEach(no -> assertFalse(asked.contains(no), no));
        assertEquals(asked.size(), all.size(), "one each");
        assertTrue(inspections.mine(notSecret).stream().noneMatch(t -> t.roundName().equals(round.getName())));
        Rows.Task task = taskOf(employeeA, round);
        assertFalse(task.submitted());
        assertEquals(deptA, all.stream().filter(s -> s.getId() == task.id()).findFirst().orElseThrow()
                .getDepartment().getCode());
        assertTrue(inspections.toFill(employeeA).stream().anyMatch(t -> t.id() == task.id()), "a task at home");

        // someone else cannot see or submit it
        assertEquals(Reason.NOT_YOURS, refusal(() -> inspections.form(task.id(), employeeB)));

        // incomplete: item 1 unanswered, item 2 "no" without a note → refused, row by row, nothing saved
        Rows.Form form = inspections.form(task.id(), employeeA);
        assertEquals(15, form.items().size());
        Map<String, AnswerInput> incomplete = answers(form);
        incomplete.remove(form.items().get(0).id());
        incomplete.put(form.items().get(1).id(), new AnswerInput(false, "  "));
        // found by an outside check (ex-s36f, 5): a "no" noted "-" or a zero-width space alone was taken and the
        // finding read "检查时的备注：-"
        incomplete.put(form.items().get(2).id(), new AnswerInput(false, "-"));
        incomplete.put(form.items().get(3).id(), new AnswerInput(false, "\u200B"));
        InspectionRefusedException refused = assertThrows(InspectionRefusedException.class,
                () -> inspections.submit(task.id(), employeeA, incomplete));
        assertEquals(Reason.INCOMPLETE, refused.reason());
        assertEquals(List.of(new AnswerProblem(1, form.items().get(0).id(), Problem.UNANSWERED),
                new AnswerProblem(2, form.items().get(1).id(), Problem.NOTE_REQUIRED),
                new AnswerProblem(3, form.items().get(2).id(), Problem.NOTE_REQUIRED),
                new AnswerProblem(4, form.items().get(3).id(), Problem.NOTE_REQUIRED)), refused.problems());
        assertFalse(inspections.form(task.id(), employeeA).submitted());
        assertTrue(inspections.form(task.id(), employeeA).items().stream().allMatch(i -> i.compliant() == null));
        assertEquals(List.of(), inspections.findingsOf(employeeA));
        assertEquals(0, completion(round, deptA).submitted());

        // two "no" → two findings owned by the person, due after the configured days
        List<Finding> findings = inspections.submit(task.id(), employeeA, answers(form, 3, 7));
        assertEquals(2, findings.size());
        LocalDate due = documents.today().plusDays(inspections.remediationDays());
        List<Rows.FindingRow> mine = inspections.findingsOf(employeeA);
        assertEquals(2, mine.size());
        for (Rows.FindingRow f : mine) {
            assertEquals("A1" + id, f.ownerNo());
            assertEquals(due, f.due());
            assertEquals(FindingStatus.OPEN, f.status());
            assertFalse(f.overdue());
            assertFalse(f.remediation().isBlank());
        }
        assertEquals(Set.of(form.items().get(2).question(), form.items().get(6).question()),
                Set.copyOf(mine.stream().map(Rows.FindingRow::question).toList()));
        assertEquals("第3项存在问题", mine.stream().filter(f -> f.question().equals(form.items().get(2).question()))
                .findFirst().orElseThrow().answerNote());
        Rows.Form submitted = inspections.form(task.id(), employeeA);
        assertTrue(submitted.submitted());
        assertEquals(Boolean.FALSE, submitted.items().get(2).compliant());
        assertEquals(Boolean.TRUE, submitted.items().get(0).compliant());
        assertEquals(Reason.ALREADY_SUBMITTED, refusal(() -> inspections.submit(task.id(), employeeA, answers(form))));
        assertEquals(2, inspections.findingsOf(employeeA).size(), "a second submit adds nothing");
        assertTrue(inspections.toFill(employeeA).stream().noneMatch(t -> t.id() == task.id()));
        Rows.DepartmentCompletion a = completion(round, deptA);
        assertEquals(1, a.submitted());
        assertEquals(2, a.total());
        assertTrue(inspections.openFindings().stream().filter(f -> f.ownerNo().equals("A1" + id)).count() == 2);

        // remediate: only the owner, only with a note
        long first = findings.get(0).getId();
        long second = findings.get(1).getId();
        assertEquals(Reason.NOT_YOURS, refusal(() -> inspections.remediate(first, employeeB, "不是我的")));
        assertEquals(Reason.NOTE_REQUIRED, refusal(() -> inspections.remediate(first, employeeA, " ")));
        inspections.remediate(first, employeeA, "已逐件核对台账，补登两件");
        assertEquals(Reason.WRONG_STATE, refusal(() -> inspections.remediate(first, employeeA, "再报一次")));

        // the officer closes it; only an officer, only a remediated finding
        assertEquals(Reason.NOT_OFFICER, refusal(() -> inspections.close(first, employeeA, null)));
        assertEquals(Reason.WRONG_STATE, refusal(() -> inspections.close(second, officer, null)));
        inspections.close(first, officer, "已核实");
        assertTrue(inspections.openFindings().stream().noneMatch(f -> f.id() == first), "closed ones leave the list");
        assertTrue(inspections.openFindings().stream().anyMatch(f -> f.id() == second));
        Rows.FindingRow closed = inspections.findingsOf(employeeA).stream().filter(f -> f.id() == first)
                .findFirst().orElseThrow();
        assertEquals(FindingStatus.CLOSED, closed.status());
        assertEquals("已逐件核对台账，补登两件", closed.remediationNote());
        assertEquals("已核实", closed.reviewNote());
        // a colleague's page, opened while it was remediated, cannot reopen it unseen (outside check)
        assertEquals(Reason.WRONG_STATE, refusal(() -> inspections.reopen(first, officer, "退回",
                FindingStatus.REMEDIATED)));
        assertEquals(FindingStatus.CLOSED, inspections.findingsOf(employeeA).stream().filter(f -> f.id() == first)
                .findFirst().orElseThrow().status());

        // the secrecy file and the records workbook carry the self-inspections: submitted with two findings, one
        // not closed; the other person's still to fill in
        SecrecyFile.Extra file = records.file("A1" + id).orElseThrow().extra().stream()
                .filter(x -> x.title().equals("保密自查")).findFirst().orElseThrow();
        assertEquals(1, file.lines().size(), file.lines().toString());
        assertTrue(file.lines().get(0).startsWith(round.getName() + "（"), file.lines().get(0));
        assertTrue(file.lines().get(0).contains("：已提交，提交时间 "), file.lines().get(0));
        assertTrue(file.lines().get(0).endsWith("发现问题 2 项，未关闭 1 项"), file.lines().get(0));
        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        RecordSection.Sheet sheet = section.sheet(zh, ZoneId.of("Asia/Shanghai"));
        assertEquals("保密自查", sheet.name());
        List<String> a1 = sheet.rows().stream().filter(r -> r.get(0).equals("A1" + id) && r.get(3).equals(round.getName()))
                .findFirst().orElseThrow();
        // who submitted, by name as the other sheets name people (the login alone was shown; outside check)
        assertEquals(List.of("已提交", "甲一", "2", "1"), List.of(a1.get(6), a1.get(8), a1.get(9), a1.get(10)));
        List<String> a2 = sheet.rows().stream().filter(r -> r.get(0).equals("A2" + id) && r.get(3).equals(round.getName()))
                .findFirst().orElseThrow();
        assertEquals(List.of("待填写", "—", "", "0", "0"), a2.subList(6, 11));
    }

    /**
     * Found by an outside check (ex-s36f, 4): a finding was sent back with the reason "-", and its owner read
     * "退回重新整改：-" and "保密办公室：-". The reason says something, by the rule of the other notes; nothing is stored.
     */
    @Test
    void aFindingSentBackWithADashOrABareWordIsRefusedAndStaysAsItWas() {
        InspectionRound round = open(InspectionScope.PERSONAL, "checklist.personal");
        Rows.Task task = taskOf(employeeB, round);
        long finding = inspections.submit(task.id(), employeeB, answers(inspections.form(task.id(), employeeB), 4))
                .get(0).getId();
        inspections.remediate(finding, employeeB, "已报名参加下月培训");
        for (String says : List.of("-", " - ", "…", "无", "同意", "ok", "\u200B")) {
            assertEquals(Reason.REOPEN_REASON_REQUIRED, refusal(() -> inspections.reopen(finding, officer, says)), says);
        }
        Rows.FindingRow kept = inspections.findingsOf(employeeB).stream().filter(f -> f.id() == finding)
                .findFirst().orElseThrow();
        assertEquals(FindingStatus.REMEDIATED, kept.status(), "nothing stored");
        assertEquals(0, kept.reopenedCount());
        assertEquals(List.of(FindingStep.Kind.REMEDIATED), kept.history().stream().map(Rows.FindingHistory::kind)
                .toList());
        inspections.reopen(finding, officer, "请附上培训签到表");
        assertEquals(FindingStatus.OPEN, inspections.findingsOf(employeeB).stream().filter(f -> f.id() == finding)
                .findFirst().orElseThrow().status());
    }

    @Test
    void theOfficerReopensARemediationThatDoesNotConvince() throws Exception {
        InspectionRound round = open(InspectionScope.PERSONAL, "checklist.personal");
        Rows.Task task = taskOf(employeeB, round);
        Rows.Form form = inspections.form(task.id(), employeeB);
        long finding = inspections.submit(task.id(), employeeB, answers(form, 15)).get(0).getId();
        inspections.remediate(finding, employeeB, "已报名");
        inspections.reopen(finding, officer, "请在培训结束后再报");
        Rows.FindingRow row = inspections.findingsOf(employeeB).stream().filter(f -> f.id() == finding)
                .findFirst().orElseThrow();
        assertEquals(FindingStatus.OPEN, row.status());
        assertEquals(1, row.reopenedCount());
        assertEquals("请在培训结束后再报", row.reviewNote());
        assertEquals(Reason.WRONG_STATE, refusal(() -> inspections.reopen(finding, officer, "再退回一次")));
        // found by an outside check: a finding was sent back with no reason, its owner told to redo it unexplained
        assertEquals(Reason.REOPEN_REASON_REQUIRED, refusal(() -> inspections.reopen(finding, officer, "  ")));
        // found by an outside check: the office's list read "待整改 已整改：已报名" for the finding sent back; the report
        // stays in its history, not as the finding's state
        PortalClient office = new PortalClient(portalAddress(request));
        office.login(officer, PASSWORD);
        Page sentBack = office.get("inspections/open-findings.xhtml");
        assertTrue(sentBack.contains("退回重新整改"), sentBack.body());
        assertTrue(sentBack.visible().contains("报告已整改：已报名"), "in its history: " + sentBack.visible());
        assertFalse(sentBack.visible().contains("已整改：已报名（"), "not as its state: " + sentBack.visible());

        // remediated again and closed: the finding shows the latest notes, its history keeps every one
        inspections.remediate(finding, employeeB, "已参加12月培训");
        inspections.close(finding, officer, "已核实签到");
        Rows.FindingRow done = inspections.findingsOf(employeeB).stream().filter(f -> f.id() == finding)
                .findFirst().orElseThrow();
        assertEquals("已参加12月培训", done.remediationNote());
        assertEquals(List.of(FindingStep.Kind.REMEDIATED, FindingStep.Kind.REOPENED, FindingStep.Kind.REMEDIATED,
                FindingStep.Kind.CLOSED), done.history().stream().map(Rows.FindingHistory::kind).toList());
        assertEquals(List.of("已报名", "请在培训结束后再报", "已参加12月培训", "已核实签到"),
                done.history().stream().map(Rows.FindingHistory::note).toList(), "the first note is kept");
        assertEquals(List.of(employeeB, officer, employeeB, officer),
                done.history().stream().map(Rows.FindingHistory::by).toList());
        List<Long> steps = data.inTransaction(em -> em.createQuery("select s.id from FindingStep s "
                + "where s.finding.id = :f", Long.class).setParameter("f", finding).getResultList());
        List<Long> logged = data.inTransaction(em -> em.createQuery("select e.recordId from EvidenceEntry e "
                + "where e.kind = :k and e.recordId in :ids", Long.class).setParameter("k", EvidenceKind.FINDING_STEP)
                .setParameter("ids", steps).getResultList());
        assertEquals(4, logged.size(), "each step is in the evidence chain");
        assertTrue(evidence.verify().problems().stream().noneMatch(p -> p.recordKind() == EvidenceKind.FINDING_STEP
                && steps.contains(p.recordId())), "and the chain verifies for them");
        PortalClient owner = new PortalClient(portalAddress(request));
        owner.login(employeeB, PASSWORD);
        Page mine = owner.get("inspections/findings.xhtml");
        assertTrue(mine.contains("已报名") && mine.contains("退回重新整改") && mine.contains("确认关闭"), mine.body());
        // the auditor reads the closed finding with its history (it left every page once closed; outside check)
        String auditorName = Deployments.uniqueName("au");
        accounts.create(auditorName, PASSWORD.toCharArray(), Set.of(Role.AUDITOR), null);
        PortalClient auditor = new PortalClient(portalAddress(request));
        auditor.login(auditorName, PASSWORD);
        Page closedList = auditor.get("inspections/open-findings.xhtml");
        String closedPart = closedList.body().substring(closedList.body().indexOf("id=\"closed-heading\""));
        assertTrue(closedPart.contains("已核实签到") && closedPart.contains("请在培训结束后再报")
                && closedPart.contains("确认关闭"), closedPart);
    }

    @Test
    void aSubmittedChecklistIsInTheEvidenceChainAndOneSubmittedBeforeTheLogKeptItIsAdoptedOnce() {
        InspectionRound round = open(InspectionScope.PERSONAL, "checklist.personal");
        long a = taskOf(employeeA, round).id();
        long b = taskOf(employeeB, round).id();
        inspections.submit(a, employeeA, answers(inspections.form(a, employeeA), 2));
        assertEquals(List.of(a), logged(List.of(a, b)), "the submitted one is logged, the open one is not");
        assertTrue(problemsOf(a, b).isEmpty(), () -> "and verifies: " + problemsOf(a, b));

        // an answer changed afterwards ("no" made "yes") is named (Derby keeps a boolean as 0 or 1)
        data.inTransaction(em -> em.createNativeQuery("update self_inspection_answer set compliant = "
                + "1 where inspection_id = " + a + " and item_position = 1")
                .executeUpdate());
        try {
            assertEquals(List.of(org.shoumi.portal.evidence.control.Problem.Type.ALTERED_RECORD), problemsOf(a, b).stream().map(org.shoumi.portal.evidence.control.Problem::type).toList());
        } finally {
            data.inTransaction(em -> em.createNativeQuery("update self_inspection_answer set compliant = "
                    + "0 where inspection_id = " + a + " and item_position = 1")
                    .executeUpdate());
        }
        assertTrue(problemsOf(a, b).isEmpty(), () -> "verifies once put back: " + problemsOf(a, b));

        // B's submitted as the release before this kind of entry did (no entry), while that release's database had
        // not back-filled the kind: the next start's back-fill adopts it, once, and only what is still unlogged
        data.inTransaction(em -> {
            em.createNativeQuery("update self_inspection set status = 'SUBMITTED', submitted_at = CURRENT_TIMESTAMP, "
                    + "submitted_by = '" + employeeB + "', version = version + 1 where id = " + b).executeUpdate();
            em.createNativeQuery("insert into self_inspection_answer (inspection_id, item_position, item_id, question, "
                    + "compliant, note) values (" + b + ", 0, 'checklist.personal.1', '旧版本提交的一项', "
                    + "1, null)").executeUpdate();
            return em.createNativeQuery("delete from evidence_backfill where kind = 'SELF_INSPECTION'").executeUpdate();
        });
        assertEquals(List.of(org.shoumi.portal.evidence.control.Problem.Type.UNLOGGED_RECORD), problemsOf(a, b).stream().map(org.shoumi.portal.evidence.control.Problem::type).toList());
        long before = evidence.state().length();
        assertTrue(evidence.backfillPending() >= 1);
        assertEquals(java.util.stream.Stream.of(a, b).sorted().toList(), logged(List.of(a, b)));
        assertTrue(evidence.state().length() > before);
        assertTrue(problemsOf(a, b).isEmpty(), () -> "the chain verifies with it: " + problemsOf(a, b));
        assertEquals(0, evidence.backfillPending(), "the kind is done: nothing more is adopted");
        assertEquals(java.util.stream.Stream.of(a, b).sorted().toList(), logged(List.of(a, b)),
                "and nothing logged twice");
    }

    /**
     * Found by an outside check (ex-s38f 6): opening a round and raising a finding appended nothing to the evidence
     * chain, so the round's due day (which decides whether every form of it is overdue) or a finding's owner or due day
     * could be moved in the database and verification still said complete. The round as opened and each finding as
     * raised are entries now; a due day moved behind the portal's back is named (in a transaction rolled back, so
     * nothing is left altered), and a finding handed over to another owner still verifies.
     */
    @Test
    void theRoundAsOpenedAndEachFindingAsRaisedAreInTheChainAndAMovedDueDayIsNamed() {
        long before = evidence.state().length();
        InspectionRound round = open(InspectionScope.PERSONAL, "checklist.personal");
        assertEquals(1, entries(EvidenceKind.INSPECTION_ROUND, round.getId()), "the opening is an entry");
        assertTrue(evidence.state().length() > before);
        long a = taskOf(employeeA, round).id();
        List<Finding> raised = inspections.submit(a, employeeA, answers(inspections.form(a, employeeA), 2, 3));
        assertEquals(2, raised.size());
        for (Finding f : raised) {
            assertEquals(1, entries(EvidenceKind.FINDING_RAISED, f.getId()), "finding " + f.getId());
        }
        org.shoumi.portal.evidence.control.Verification after = evidence.verify();
        assertTrue(after.intact(), () -> "verifies after appending: " + after.first());

        long finding = raised.get(0).getId();
        assertNamed("update inspection_round set due = date('2099-01-01') where id = " + round.getId(),
                EvidenceKind.INSPECTION_ROUND, round.getId());
        assertNamed("update inspection_round set opened_by = 'someone' where id = " + round.getId(),
                EvidenceKind.INSPECTION_ROUND, round.getId());
        assertNamed("update inspection_finding set due = date('2099-03-01') where id = " + finding,
                EvidenceKind.FINDING_RAISED, finding);
        assertNamed("update inspection_finding set raised_owner_id = (select e.id from employee e "
                + "where e.employee_no = 'B1" + id + "') where id = " + finding, EvidenceKind.FINDING_RAISED, finding);
        // a hand-over changes whose it is now, not whose it was raised for: still intact
        org.shoumi.portal.evidence.control.Verification handedOver = seenIn("update inspection_finding set owner_id = "
                + "(select e.id from employee e where e.employee_no = 'B1" + id + "') where id = " + finding);
        assertTrue(handedOver.problems().stream().noneMatch(p -> p.recordKind() == EvidenceKind.FINDING_RAISED),
                () -> "a hand-over alters no finding as raised: " + handedOver.first());
        org.shoumi.portal.evidence.control.Verification end = evidence.verify();
        assertTrue(end.intact(), () -> "intact at the end: " + end.first());
    }

    private long entries(EvidenceKind kind, long recordId) {
        return data.inTransaction(em -> em.createQuery("select count(e) from EvidenceEntry e where e.kind = :k "
                + "and e.recordId = :id", Long.class).setParameter("k", kind).setParameter("id", recordId)
                .getSingleResult());
    }

    /** A tampering, verified inside a transaction then rolled back: named as the record of its entry altered. */
    private void assertNamed(String tamper, EvidenceKind kind, long recordId) {
        org.shoumi.portal.evidence.control.Verification v = seenIn(tamper);
        org.shoumi.portal.evidence.control.Problem p = v.first().orElseThrow(
                () -> new AssertionError("tampering found: " + tamper));
        assertEquals(List.of(org.shoumi.portal.evidence.control.Problem.Type.ALTERED_RECORD, kind, recordId),
                List.of(p.type(), p.recordKind(), p.recordId()), tamper);
        org.shoumi.portal.evidence.control.Verification back = evidence.verify();
        assertTrue(back.intact(), () -> "rolled back: " + back.first());
    }

    /** The verification of the chain with the change made, in a transaction rolled back afterwards. */
    private org.shoumi.portal.evidence.control.Verification seenIn(String change) {
        try {
            data.inTransaction(em -> {
                em.createNativeQuery(change).executeUpdate();
                throw new Seen(evidence.verify());
            });
            throw new AssertionError("not rolled back");
        } catch (Seen seen) {
            return seen.verification;
        }
    }

    /** Carries a verification out of a transaction it rolls back (a refusal, so not reported as a fault). */
    private static final class Seen extends RuntimeException implements org.shoumi.content.persistence.Refusal {
        private final transient org.shoumi.portal.evidence.control.Verification verification;

        Seen(org.shoumi.portal.evidence.control.Verification verification) {
            super(null, null, false, false);
            this.verification = verification;
        }
    }

    private List<Long> logged(List<Long> inspectionIds) {
        return data.inTransaction(em -> em.createQuery("select e.recordId from EvidenceEntry e where e.kind = :k "
                        + "and e.recordId in :ids order by e.recordId", Long.class)
                .setParameter("k", EvidenceKind.SELF_INSPECTION).setParameter("ids", inspectionIds).getResultList());
    }

    private List<org.shoumi.portal.evidence.control.Problem> problemsOf(long... inspectionIds) {
        return evidence.verify().problems().stream().filter(p -> p.recordKind() == EvidenceKind.SELF_INSPECTION
                && java.util.Arrays.stream(inspectionIds).anyMatch(i -> i == p.recordId())).toList();
    }

    @Test
    void aDepartmentRoundAsksTheHeadElseTheOfficerAndTheFindingsAreTheirs() {
        InspectionRound round = open(InspectionScope.DEPARTMENT, "checklist.department");
        Map<String, String> respondentOf = new HashMap<>();
        inspections.of(round.getId()).forEach(s -> respondentOf.put(s.getDepartment().getCode(),
                s.getRespondent().getEmployeeNo()));
        assertEquals("B1" + id, respondentOf.get(deptB), "the head of B");
        assertEquals(officerNo, respondentOf.get(deptA), "A has no head: the officer");
        assertTrue(inspections.mine(employeeA).stream().noneMatch(t -> t.roundName().equals(round.getName())));

        Rows.Task task = inspections.mine(headB).stream().filter(t -> t.roundName().equals(round.getName()))
                .findFirst().orElseThrow();
        Rows.Form form = inspections.form(task.id(), headB);
        assertEquals(deptB, inspections.of(round.getId()).stream().filter(s -> s.getId() == task.id()).findFirst()
                .orElseThrow().getDepartment().getCode());
        inspections.submit(task.id(), headB, answers(form, 2));
        assertEquals(1, inspections.findingsOf(headB).size());
        assertEquals("B1" + id, inspections.findingsOf(headB).get(0).ownerNo());
        assertEquals(1, completion(round, deptB).submitted());
        assertEquals(0, completion(round, deptA).submitted());

        // the secrecy file names the department of each department's form, as the workbook does: a head answering
        // for two departments read "已提交" and "待填写" for one round, and the officer identical lines for the
        // departments without a head (outside check ex-s36f, 2)
        assertEquals(List.of(round.getName() + "（部门：自查乙部门，部门保密自查表 第"), selfInspectionLines("B1" + id, round)
                .stream().map(l -> l.substring(0, l.indexOf("第") + 1)).toList());
        List<String> officers = selfInspectionLines(officerNo, round);
        assertTrue(officers.stream().anyMatch(l -> l.startsWith(round.getName() + "（部门：自查甲部门，")),
                officers.toString());
        assertTrue(officers.stream().allMatch(l -> l.startsWith(round.getName() + "（部门：")), officers.toString());
    }

    /** The lines of a person's secrecy file about one round's self-inspections. */
    private List<String> selfInspectionLines(String employeeNo, InspectionRound round) {
        return records.file(employeeNo).orElseThrow().extra().stream().filter(x -> x.title().equals("保密自查"))
                .flatMap(x -> x.lines().stream()).filter(l -> l.startsWith(round.getName() + "（")).toList();
    }

    @Test
    void aDepartmentWithoutAHeadIsAnsweredByItsLiaisonWhoCanLogIn() {
        // A's liaison is A2, who has a login; B keeps its head even with a liaison of its own
        liaisons.appoint(deptA, "A2" + id, documents.today().minusDays(3), null, officer);
        // (the officer's own appointment is entered by another officer: nobody enters their own)
        liaisons.appoint(deptB, officerNo, documents.today().minusDays(3), null, "officer");
        InspectionRound round = open(InspectionScope.DEPARTMENT, "checklist.department");
        Map<String, String> respondentOf = new HashMap<>();
        inspections.of(round.getId()).forEach(s -> respondentOf.put(s.getDepartment().getCode(),
                s.getRespondent().getEmployeeNo()));
        assertEquals("A2" + id, respondentOf.get(deptA), "A has no head: its liaison");
        assertEquals("B1" + id, respondentOf.get(deptB), "the head of B before B's liaison");
        Rows.Task task = taskOf(employeeB, round);
        inspections.submit(task.id(), employeeB, answers(inspections.form(task.id(), employeeB), 1));
        assertEquals(1, completion(round, deptA).submitted());
    }

    private long notices(String login, String key) {
        return notifications.of(login).stream().filter(n -> n.getMessageKey().equals(key)).count();
    }

    @Test
    void whoHasNotSubmittedIsRemindedOncePerReminderDayAndTheHeadIsToldOfTheOverdue() throws Exception {
        LocalDate today = documents.today();
        InspectionRound round = inspections.open(new RoundDraft("IT-" + id + "-reminders", InspectionScope.PERSONAL,
                "checklist.personal", today.plusDays(1)), officer);
        followUp.remindDue();
        assertEquals(1, notices(employeeA, "inspections.notice.reminder"), "the day before the due day");
        assertEquals(1, notices(officer, "inspections.notice.reminder"), "the officer has one to fill in too");
        followUp.remindDue();
        assertEquals(1, notices(employeeA, "inspections.notice.reminder"), "once per reminder day");
        assertEquals(new InspectionFollowUp.Reminded(0, 2), followUp.remindNow(round.getId(), deptA, officer),
                "reminding by hand the same day reminds nobody twice");

        List<Rows.Respondent> inA = followUp.respondents(round.getId(), deptA);
        assertEquals(List.of("A1" + id, "A2" + id), inA.stream().map(Rows.Respondent::employeeNo).toList(),
                "department A only; the one not secret-related, not in post or gone was not asked");
        assertTrue(inA.stream().allMatch(r -> today.equals(r.lastReminded()) && !r.submitted() && !r.overdue()));
        Rows.Task task = taskOf(employeeA, round);
        inspections.submit(task.id(), employeeA, answers(inspections.form(task.id(), employeeA), 3));
        inA = followUp.respondents(round.getId(), deptA);
        assertEquals(List.of("A2" + id, "A1" + id), inA.stream().map(Rows.Respondent::employeeNo).toList(),
                "who has not submitted comes first");
        assertEquals(1, inA.get(1).findings());

        // two days pass (every date moved two days back): the due day is yesterday; the one who has not submitted
        // is told again, and the head of their department too (put back after the test: the round is evidence)
        movedBack.add(new Object[] {round.getId(), round.getDue(), round.getOpenedOn()});
        data.inTransaction(em -> em.createQuery("update InspectionRound r set r.due = :d, r.openedOn = :o "
                        + "where r.id = :id").setParameter("d", today.minusDays(1)).setParameter("o", today.minusDays(2))
                .setParameter("id", round.getId()).executeUpdate());
        data.inTransaction(em -> em.createQuery("update InspectionReminder r set r.day = :d "
                        + "where r.inspection.round.id = :id").setParameter("d", today.minusDays(2))
                .setParameter("id", round.getId()).executeUpdate());
        followUp.remindDue();
        assertEquals(1, notices(employeeB, "inspections.notice.overdue"));
        assertEquals(0, notices(employeeA, "inspections.notice.overdue"), "submitted");
        assertEquals(1, notices(officer, "inspections.notice.overdue"));
        assertEquals(1, notices(headB, "inspections.notice.overdueHead"), "the officer is in the head's department");
        assertTrue(followUp.respondents(round.getId(), deptA).get(0).overdue());
        assertEquals(List.of(round.getId()), followUp.rounds(deptB).stream().map(Rows.RoundSummary::id)
                .filter(r -> r == round.getId()).toList());

        // the head sees their own department; the office every department
        PortalClient head = new PortalClient(portalAddress(request));
        head.login(headB, PASSWORD);
        Page own = head.get("inspections/department.xhtml?round=" + round.getId());
        assertEquals(200, own.status());
        assertTrue(own.contains("乙二") && own.contains("B2" + id) && !own.contains("A2" + id), own.body());
        assertTrue(own.contains("已逾期"), own.body());
        assertTrue(head.get("index.xhtml").contains("本部门有 2 份自查表逾期未提交"), "the head and the officer of B");
        // found by an outside check: a head who is HR as well got 404 here; they follow up their own department too
        Employee b3 = data.inTransaction(em -> {
            Employee b1 = Employee.byNumber(em, "B1" + id).getSingleResult();
            Employee e = new Employee("B3" + id, "乙三", b1.getDepartment(), b1.getPost(), SecrecyClass.NONE,
                    EmployeeStatus.ACTIVE, LocalDate.of(2023, 3, 1));
            em.persist(e);
            return e;
        });
        PortalClient headAndHr = new PortalClient(portalAddress(request));
        headAndHr.login(login("hh", b3, Role.DEPT_HEAD, Role.HR, Role.EMPLOYEE), PASSWORD);
        Page alsoHr = headAndHr.get("inspections/department.xhtml?round=" + round.getId() + "&dept=" + deptA);
        assertEquals(200, alsoHr.status());
        assertTrue(alsoHr.contains("B2" + id) && !alsoHr.contains("A2" + id), "their own department: " + alsoHr.body());
        PortalClient office = new PortalClient(portalAddress(request));
        office.login(officer, PASSWORD);
        Page all = office.get("inspections/department.xhtml?round=" + round.getId());
        assertTrue(all.contains("自查甲部门") && all.contains("自查乙部门"), "every department, each a link");
        Page pageA = office.get("inspections/department.xhtml?round=" + round.getId() + "&dept=" + deptA);
        assertTrue(pageA.contains("A2" + id) && !pageA.contains("B2" + id), pageA.body());
        assertTrue(pageA.visible().contains("已提交 1/2；未提交 1 人"), "department A's own figures: " + pageA.visible());
        // found by an outside check: ?dept=NOPE showed "已提交 0/22；未提交 0 人" and an empty list without a word,
        // ?round=99999 the newest round
        Page nope = office.get("inspections/department.xhtml?round=" + round.getId() + "&dept=NOPE");
        assertEquals(200, nope.status());
        assertTrue(nope.visible().contains("“NOPE”不是本列表的筛选条件"), nope.visible());
        assertFalse(nope.contains("round-summary") || nope.contains("A2" + id) || nope.contains("B2" + id),
                "no figures and nobody listed: " + nope.visible());
        assertTrue(nope.contains("自查甲部门"), "the departments to choose from are still there");
        Page noRound = office.get("inspections/department.xhtml?round=999999999");
        assertTrue(noRound.visible().contains("“999999999”不是本列表的筛选条件"), noRound.visible());
        assertFalse(noRound.contains("round-heading") || noRound.contains("round-summary"), noRound.visible());
        assertFalse(head.get("inspections/department.xhtml?round=" + round.getId() + "&dept=" + deptA)
                .contains("A2" + id), "a head cannot look into another department");

        // A has no head: its liaison follows it up, from the home page too; a colleague gets 404
        long appointment = liaisons.appoint(deptA, "A2" + id, today.minusDays(1), null, officer);
        PortalClient liaison = new PortalClient(portalAddress(request));
        liaison.login(employeeB, PASSWORD);
        Page followed = liaison.get("inspections/department.xhtml?round=" + round.getId() + "&dept=" + deptB);
        assertEquals(200, followed.status());
        assertTrue(followed.contains("A1" + id) && !followed.contains("B2" + id) && followed.contains("兼职保密员"),
                "their own department whatever the link asks: " + followed.body());
        assertTrue(liaison.get("index.xhtml").contains("本部门有 1 份自查表逾期未提交"), "A2 themself; A1 submitted");
        PortalClient colleague = new PortalClient(portalAddress(request));
        colleague.login(employeeA, PASSWORD);
        assertEquals(404, colleague.get("inspections/department.xhtml?round=" + round.getId()).status());

        // found by an outside check: the appointment ended, the page the liaison kept open still reminded everyone
        liaisons.end(appointment, today, "调整兼职保密员", null, officer);
        Page refused = liaison.submit(followed, "remind", "remind:now", Map.of());
        assertTrue(refused.contains("已不是本部门的兼职保密员"), refused.body());
        long sent = data.inTransaction(em -> em.createQuery("select count(r) from InspectionReminder r "
                + "where r.inspection.round.id = :round and r.sentBy = :by", Long.class)
                .setParameter("round", round.getId()).setParameter("by", employeeB).getSingleResult());
        assertEquals(0, sent, "nothing was sent");
    }

    /**
     * Found by an outside check: two leavers stayed "未提交" on the follow-up for good ("已提交 0/7"), though nobody
     * reminds them. Someone who leaves before filling the form in is no longer counted as outstanding.
     */
    @Test
    void aRespondentWhoLeftBeforeFillingInIsNoLongerOutstanding() throws Exception {
        InspectionRound round = open(InspectionScope.PERSONAL, "checklist.personal");
        Rows.RoundSummary before = followUp.rounds(deptA).stream().filter(r -> r.id() == round.getId()).findFirst()
                .orElseThrow();
        // A2 opened the form while in post
        Rows.Task task = taskOf(employeeB, round);
        Rows.Form form = inspections.form(task.id(), employeeB);
        PortalClient leaver = browser();
        leaver.login(employeeB, PASSWORD);
        Page opened = leaver.get("inspections/fill.xhtml?id=" + task.id());
        assertTrue(opened.contains("inspection-item"), opened.visible());
        // A2's 离职 approved today, as the departure's approval records it
        LocalDate left = documents.today();
        data.inTransaction(em -> {
            Employee a2 = em.createNamedQuery(Employee.BY_NUMBER, Employee.class).setParameter("employeeNo", "A2" + id)
                    .getSingleResult();
            Employee.Snapshot was = a2.snapshot();
            a2.leave(EmployeeStatus.LEFT_UNIT);
            return history.changed(a2, was, "hr", ChangeSource.DEPARTURE, "离职", left);
        });
        Rows.RoundSummary after = followUp.rounds(deptA).stream().filter(r -> r.id() == round.getId()).findFirst()
                .orElseThrow();
        assertEquals(before.total() - 1, after.total(), "the leaver's form is no longer asked for");
        assertTrue(followUp.respondents(round.getId(), deptA).stream().noneMatch(r -> r.employeeNo().equals("A2" + id)),
                "nor listed as not submitted");

        // the workbook and the secrecy file keep the form, marked as no longer asked since the day they left (both
        // read 待填写 while the round pages left it out; outside check)
        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        List<String> a2 = section.sheet(zh, ZoneId.of("Asia/Shanghai")).rows().stream()
                .filter(r -> r.get(0).equals("A2" + id) && r.get(3).equals(round.getName())).findFirst().orElseThrow();
        assertEquals(List.of(left + " 离职后不再要求", "—", ""), a2.subList(6, 9));
        List<String> file = records.file("A2" + id).orElseThrow().extra().stream()
                .filter(x -> x.title().equals("保密自查")).findFirst().orElseThrow().lines();
        assertEquals(1, file.size(), file.toString());
        assertTrue(file.get(0).contains("：" + left + " 离职后不再要求，提交时间 —"), file.get(0));
        assertTrue(section.sheet(ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.ENGLISH),
                ZoneId.of("Asia/Shanghai")).rows().stream().anyMatch(r -> r.get(0).equals("A2" + id)
                        && r.get(6).equals("No longer asked: Left the unit on " + left)), "in English too");

        // and the leaver is not asked either: not on their list, home page or calendar, and the form is refused
        // (the home page and calendar still showed it, the fill page opened it; outside check)
        assertTrue(inspections.mine(employeeB).stream().noneMatch(t -> t.id() == task.id()), "not theirs to fill");
        assertTrue(dueDates.of(employeeB).stream().noneMatch(d -> d.uid().equals("inspection-" + task.id())),
                "not on the calendar");
        assertEquals(Reason.NO_LONGER_ASKED, refusal(() -> inspections.form(task.id(), employeeB)));
        assertEquals(Reason.NO_LONGER_ASKED, refusal(() -> inspections.submit(task.id(), employeeB, answers(form))));
        Page home = leaver.get("index.xhtml");
        assertFalse(home.contains(round.getName()), home.visible());
        Page calendar = leaver.get("calendar.xhtml");
        assertEquals(200, calendar.status());
        assertFalse(calendar.contains(round.getName()), calendar.visible());
        Page fill = leaver.get("inspections/fill.xhtml?id=" + task.id());
        assertTrue(fill.uri().getPath().endsWith("/inspections/mine.xhtml"), fill.uri().toString());
        assertTrue(fill.contains("不再要求您填写"), fill.visible());
        assertFalse(fill.contains(round.getName()), "nor on their list: " + fill.visible());
        // the page opened before they left: submitting it is refused, and nothing is saved
        Map<String, String> fields = new HashMap<>();
        java.util.regex.Matcher choice = java.util.regex.Pattern.compile("name=\"(fill:items:\\d+:choice)\"")
                .matcher(opened.body());
        while (choice.find()) {
            fields.put(choice.group(1), "YES");
        }
        Page sent = leaver.submit(opened, "fill", "fill:submit", fields);
        assertTrue(sent.contains("不再要求您填写"), sent.visible());
        assertTrue(inspections.of(round.getId()).stream().filter(s -> s.getId().equals(task.id())).findFirst()
                .orElseThrow().getStatus() == InspectionStatus.OPEN, "nothing saved");
    }

    @Test
    void remindingByHandRemindsWhoHasNotSubmittedInScopeAndKeepsWhoAsked() {
        InspectionRound round = open(InspectionScope.PERSONAL, "checklist.personal");
        followUp.remindDue();
        assertEquals(0, notices(employeeA, "inspections.notice.reminder"), "three weeks ahead: not on the schedule");
        Rows.Task task = taskOf(employeeA, round);
        inspections.submit(task.id(), employeeA, answers(inspections.form(task.id(), employeeA)));

        // the head of B reminds B only (the view passes the head's department): B2 and the head themself; A2 is in A
        assertEquals(new InspectionFollowUp.Reminded(2, 0), followUp.remindNow(round.getId(), deptB, headB));
        assertEquals(1, notices(officer, "inspections.notice.reminder"));
        assertEquals(0, notices(employeeB, "inspections.notice.reminder"));
        // the office reminds A: A2 (A1 submitted)
        assertEquals(new InspectionFollowUp.Reminded(1, 0), followUp.remindNow(round.getId(), deptA, officer));
        assertEquals(1, notices(employeeB, "inspections.notice.reminder"));
        assertEquals(0, notices(employeeA, "inspections.notice.reminder"), "submitted: not reminded");
        List<Object[]> kept = data.inTransaction(em -> em.createQuery("select r.inspection.respondent.employeeNo, "
                        + "r.kind, r.sentBy from InspectionReminder r where r.inspection.round.id = :round "
                        + "order by r.id", Object[].class).setParameter("round", round.getId()).getResultList());
        assertEquals(Set.of("B1" + id + "|MANUAL|" + headB, officerNo + "|MANUAL|" + headB, "A2" + id + "|MANUAL|"
                + officer), kept.stream().map(r -> r[0] + "|" + r[1] + "|" + r[2]).collect(Collectors.toSet()),
                "each reminder with who asked for it");
        assertEquals(documents.today(), followUp.respondents(round.getId(), deptA).get(0).lastReminded());
        // then every department (the round asked everyone in post, other tests' people too): ours not again
        assertEquals(3, followUp.remindNow(round.getId(), null, officer).alreadyToday());
        followUp.remindDue();
        assertEquals(1, notices(employeeB, "inspections.notice.reminder"), "the schedule adds nothing the same day");
    }

    /**
     * Found by an outside check: HR moved 李明 from 办公室 to 财务处; the follow-up still listed him under 办公室 (0/7),
     * its head could remind him, and 财务处 showed 0/1 without him, while every other page counts a moved person in
     * the new department. His open form follows him; the one submitted before a move stays where it was submitted.
     */
    @Test
    void anOpenFormFollowsItsRespondentMovedToAnotherDepartment() throws Exception {
        InspectionRound round = open(InspectionScope.PERSONAL, "checklist.personal");
        Rows.Task done = taskOf(employeeA, round);
        inspections.submit(done.id(), employeeA, answers(inspections.form(done.id(), employeeA)));
        Rows.DepartmentCompletion aBefore = completion(round, deptA);
        Rows.DepartmentCompletion bBefore = completion(round, deptB);

        roster.change("A2" + id, deptB, "IP" + id, SecrecyClass.GENERAL, "调到乙部门", "hr");
        roster.change("A1" + id, deptB, "IP" + id, SecrecyClass.IMPORTANT, "调到乙部门", "hr");
        Rows.DepartmentCompletion aAfter = completion(round, deptA);
        Rows.DepartmentCompletion bAfter = completion(round, deptB);
        assertEquals(aBefore.total() - 1, aAfter.total(), "A no longer counts A2's open form");
        assertEquals(aBefore.submitted(), aAfter.submitted(), "A1's form, submitted in A, stays there");
        assertEquals(bBefore.total() + 1, bAfter.total(), "B counts it");
        assertEquals(bBefore.submitted(), bAfter.submitted());
        assertTrue(followUp.respondents(round.getId(), deptA).stream().noneMatch(r -> r.employeeNo().equals("A2" + id)),
                "not listed in A");
        Rows.Respondent moved = followUp.respondents(round.getId(), deptB).stream()
                .filter(r -> r.employeeNo().equals("A2" + id)).findFirst().orElseThrow();
        assertEquals(InspectionStatus.OPEN, moved.status());
        assertEquals("自查乙部门", moved.departmentName());

        // chased in B, not in A
        assertEquals(new InspectionFollowUp.Reminded(0, 0), followUp.remindNow(round.getId(), deptA, officer),
                "nobody left to remind in A");
        followUp.remindNow(round.getId(), deptB, headB);
        assertEquals(1, notices(employeeB, "inspections.notice.reminder"), "B's head reminds A2");
        PortalClient head = browser();
        head.login(headB, PASSWORD);
        Page page = head.get("inspections/department.xhtml?round=" + round.getId());
        assertEquals(200, page.status());
        assertTrue(page.visible().contains("甲二"), "B's head sees A2: " + page.visible());
        // A2 still fills it in, and it is submitted in B
        inspections.submit(moved.inspectionId(), employeeB, answers(inspections.form(moved.inspectionId(), employeeB)));
        assertEquals(bBefore.submitted() + 1, completion(round, deptB).submitted());
    }

    @Test
    void whoLeftSinceTheRoundOpenedIsNotReminded() {
        InspectionRound round = open(InspectionScope.PERSONAL, "checklist.personal");
        data.inTransaction(em -> em.createQuery("update Employee e set e.status = :s where e.employeeNo = :no")
                .setParameter("s", EmployeeStatus.LEFT_UNIT).setParameter("no", "A2" + id).executeUpdate());
        assertEquals(new InspectionFollowUp.Reminded(1, 0), followUp.remindNow(round.getId(), deptA, officer),
                "A1 only");
        assertEquals(1, notices(employeeA, "inspections.notice.reminder"));
        assertEquals(0, notices(employeeB, "inspections.notice.reminder"), "A2 left the unit");
    }

    @Test
    void theSecrecyOfficeInspectsTheDepartmentsItChoseAndWhatItFindsGoesToEachDepartment() {
        LocalDate due = documents.today().plusWeeks(1);
        assertEquals(Reason.NO_DEPARTMENTS, refusal(() -> inspections.open(new RoundDraft("IT-" + id + "-office",
                InspectionScope.OFFICE, "checklist.department", due, List.of()), officer)));
        assertEquals(Reason.UNKNOWN_DEPARTMENT, refusal(() -> inspections.open(new RoundDraft("IT-" + id + "-office",
                InspectionScope.OFFICE, "checklist.department", due, List.of(deptA, "NO-SUCH-" + id)), officer)));
        InspectionRound round = inspections.open(new RoundDraft("IT-" + id + "-office", InspectionScope.OFFICE,
                "checklist.department", due, List.of(deptB, deptA, deptA)), officer);
        List<SelfInspection> asked = inspections.of(round.getId());
        assertEquals(List.of(deptA, deptB), asked.stream().map(s -> s.getDepartment().getCode()).toList(),
                "the departments chosen, each once, and no other");
        assertTrue(asked.stream().allMatch(s -> s.getRespondent().getEmployeeNo().equals(officerNo)),
                "the officer who opened it fills in each");

        // in B the office finds two problems: B's head owns them and is told; in A, with no head, the office
        Rows.Task inB = inspections.mine(officer).stream().filter(t -> t.roundName().equals(round.getName())
                && t.departmentName().equals("自查乙部门")).findFirst().orElseThrow();
        List<Finding> found = inspections.submit(inB.id(), officer, answers(inspections.form(inB.id(), officer), 1, 4));
        assertEquals(2, found.size());
        assertTrue(found.stream().allMatch(f -> f.getOwner().getEmployeeNo().equals("B1" + id)), "B's head");
        assertEquals(2, inspections.findingsOf(headB).size());
        assertEquals(1, notifications.of(headB).stream()
                .filter(n -> n.getMessageKey().equals("inspections.notice.officeFindings")).count());
        assertEquals(0, inspections.findingsOf(officer).size(), "not the inspector's to remediate");
        assertEquals(2, dueDates.of(headB).stream().filter(d -> d.key().equals("calendar.finding")
                && d.day().equals(inspections.findingsOf(headB).get(0).due())).count(), "in the head's calendar");
        Rows.Task inA = inspections.mine(officer).stream().filter(t -> t.roundName().equals(round.getName())
                && t.departmentName().equals("自查甲部门")).findFirst().orElseThrow();
        assertEquals(1, inspections.submit(inA.id(), officer, answers(inspections.form(inA.id(), officer), 2)).size());
        assertEquals(1, inspections.findingsOf(officer).size(), "A has no head nor liaison: the office itself");
        assertEquals(1, yearReports.figures(documents.today().getYear(), deptB).orElseThrow().selfInspection()
                .officeVisits(), "B's year report counts the office's inspection");
        inspections.remediate(inspections.findingsOf(headB).get(0).id(), headB, "已补登记并上锁");
        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        assertTrue(section.of(officerNo, zh, ZoneId.of("Asia/Shanghai")).lines().stream()
                .noneMatch(l -> l.contains(round.getName())), "the inspector's own file holds no inspection of others");
        assertEquals(2, section.sheet(zh, ZoneId.of("Asia/Shanghai")).rows().stream()
                .filter(r -> r.contains("保密办检查：" + round.getName())).count(), "the sheet has both departments");

        // found by an outside check: the officer reported A's finding remediated himself and closed it with no note,
        // the history reading "确认关闭：—". Closing says what was checked.
        long own = inspections.findingsOf(officer).get(0).id();
        inspections.remediate(own, officer, "已补登记台账");
        assertEquals(Reason.CLOSE_NOTE_REQUIRED, refusal(() -> inspections.close(own, officer, " ")));
        // a second outside check: " - ", "—", "…" and "无" were taken, the history reading "确认关闭：-"
        for (String says : List.of(" - ", "-", "—", "…", "无")) {
            assertEquals(Reason.CLOSE_NOTE_REQUIRED, refusal(() -> inspections.close(own, officer, says)), says);
        }
        assertEquals(FindingStatus.REMEDIATED, inspections.findingsOf(officer).get(0).status(), "not closed");
        inspections.close(own, officer, "现场查看了甲部门保密柜登记台账");
        Rows.FindingRow closed = inspections.findingsOf(officer).get(0);
        assertEquals(List.of("已补登记台账", "现场查看了甲部门保密柜登记台账"),
                closed.history().stream().map(Rows.FindingHistory::note).toList(), "the history says what was checked");
    }

    /**
     * Found by tester zg (defect 1): HR moved the head of 办公室 to 科研处; he kept 办公室's department form and the
     * office's findings there, submitted the form as 办公室's self-inspection and could report the findings
     * remediated, while 科研处's form stayed with the office. Both pass to whoever answers for the department now, each
     * finding with a dated step of its history naming both owners (the chain still verifies), both sides are told,
     * and someone no longer in the department is refused.
     */
    @Test
    void aHeadMovedToAnotherDepartmentHandsOverTheFormAndFindingsOfTheOneHeLeftAndTakesTheNewOnes() {
        InspectionRound departmentRound = open(InspectionScope.DEPARTMENT, "checklist.department");
        // the office answers for every department with neither head nor liaison, 自查甲部门 of other tests too: by code
        long formOfA = formOf(departmentRound, deptA).getId();
        long formOfB = formOf(departmentRound, deptB).getId();
        assertEquals(formOfB, taskOf(headB, departmentRound).id());
        assertEquals(officerNo, formOf(departmentRound, deptA).getRespondent().getEmployeeNo(), "A has no head");
        InspectionRound office = inspections.open(new RoundDraft("IT-" + id + "-office-move", InspectionScope.OFFICE,
                "checklist.department", documents.today().plusWeeks(1), List.of(deptB)), officer);
        Rows.Task visit = taskOf(officer, office);
        inspections.submit(visit.id(), officer, answers(inspections.form(visit.id(), officer), 1, 5));
        List<Rows.FindingRow> found = inspections.findingsOf(headB);
        assertEquals(2, found.size());
        inspections.remediate(found.get(0).id(), headB, "已补登记并上锁");

        java.time.Instant before = java.time.Instant.now();
        roster.change("B1" + id, deptA, "IP" + id, SecrecyClass.CORE, "调到甲部门", "hr");
        java.time.Instant after = java.time.Instant.now();

        // B's form and findings are the office's now (B has no other head nor liaison): the round's opener
        assertEquals(officerNo, formOf(departmentRound, deptB).getRespondent().getEmployeeNo(), "B's form");
        assertTrue(inspections.mine(headB).stream().noneMatch(t -> t.id() == formOfB), "not his any more");
        assertTrue(inspections.findingsOf(headB).isEmpty(), "B's findings left with B");
        List<Rows.FindingRow> handed = inspections.findingsOf(officer).stream()
                .filter(f -> f.roundName().equals(office.getName())).toList();
        assertEquals(2, handed.size());
        assertEquals(Set.of(FindingStatus.OPEN, FindingStatus.REMEDIATED),
                handed.stream().map(Rows.FindingRow::status).collect(Collectors.toSet()), "each as it was");
        for (Rows.FindingRow f : handed) {
            assertEquals(officerNo, f.ownerNo());
            Rows.FindingHistory last = f.history().get(f.history().size() - 1);
            assertEquals(FindingStep.Kind.HANDED_OVER, last.kind());
            assertEquals("hr", last.by());
            assertTrue(!last.at().isBefore(before) && !last.at().isAfter(after), "dated: " + last.at());
            assertTrue(last.note().indexOf("B1" + id) < last.note().indexOf(officerNo)
                    && last.note().contains("B1" + id), "from whom to whom: " + last.note());
        }
        assertEquals(List.of(FindingStep.Kind.REMEDIATED, FindingStep.Kind.HANDED_OVER), handed.stream()
                .filter(f -> f.status() == FindingStatus.REMEDIATED).findFirst().orElseThrow().history().stream()
                .map(Rows.FindingHistory::kind).toList(), "the earlier step is kept");
        // the steps logged under the earlier owner still read as logged; the hand-over is logged too
        List<Long> steps = data.inTransaction(em -> em.createQuery("select s.id from FindingStep s "
                + "where s.finding.id in :f", Long.class).setParameter("f", handed.stream().map(Rows.FindingRow::id)
                .toList()).getResultList());
        assertEquals(3, steps.size());
        assertEquals(List.of("B1" + id, officerNo, officerNo), data.inTransaction(em -> em.createQuery(
                "select e.employeeNo from EvidenceEntry e where e.kind = :k and e.recordId in :ids order by e.recordId",
                String.class).setParameter("k", EvidenceKind.FINDING_STEP).setParameter("ids", steps).getResultList()));
        assertTrue(evidence.verify().problems().stream().noneMatch(p -> p.recordKind() == EvidenceKind.FINDING_STEP
                && steps.contains(p.recordId())), "the chain verifies for them");
        assertEquals(1, notices(officer, "inspections.notice.handedOver"), "the office is told once for B");

        // A's form, with the office for want of a head, is the new head's
        assertEquals("B1" + id, formOf(departmentRound, deptA).getRespondent().getEmployeeNo(), "A's head answers");
        assertTrue(inspections.mine(headB).stream().anyMatch(t -> t.id() == formOfA));
        assertTrue(inspections.mine(officer).stream().noneMatch(t -> t.id() == formOfA));
        assertEquals(1, notices(headB, "inspections.notice.handedOver"), "told of what he took");
        assertEquals(1, notices(headB, "inspections.notice.handedAway"), "and of what he gave");
        assertEquals(1, notices(officer, "inspections.notice.handedAway"), "the office gave A's form");

        // the moved head can no longer submit B's form nor remediate B's findings; the office can
        assertEquals(Reason.NOT_YOURS, refusal(() -> inspections.submit(formOfB, headB,
                answers(inspections.form(formOfB, officer)))));
        assertEquals(Reason.NOT_YOURS, refusal(() -> inspections.remediate(handed.stream()
                .filter(f -> f.status() == FindingStatus.OPEN).findFirst().orElseThrow().id(), headB, "已整改完毕")));
        inspections.submit(formOfB, officer, answers(inspections.form(formOfB, officer)));
        // a head no longer in the department whose form stayed with him (moved before this fix) is refused
        data.inTransaction(em -> em.createQuery("update Employee e set e.department = :b where e.employeeNo = :no")
                .setParameter("b", em.createQuery("select d from Department d where d.code = :b", Department.class)
                        .setParameter("b", deptB).getSingleResult()).setParameter("no", "B1" + id).executeUpdate());
        assertEquals(Reason.NO_LONGER_ANSWERS, refusal(() -> inspections.submit(formOfA, headB,
                answers(inspections.form(formOfA, headB)))));
        assertEquals(InspectionStatus.OPEN, formOf(departmentRound, deptA).getStatus(), "nothing stored");
    }

    /**
     * Found by an outside check (ex-s38f 2): 批量调整 moved everyone out of a department mid-round; its department form
     * passed to the office to fill, stayed counted (0/1), listed, reminded and would go overdue, and the round could
     * never be complete. It is no longer asked: kept with its last holder, marked with the day and the grounds of the
     * change that emptied the department, not counted, listed, reminded nor fillable; one submitted before stays as
     * it is; someone concerned in post there again, it is asked again of whoever answers for the department.
     */
    @Test
    void aDepartmentEmptiedMidRoundIsNoLongerAskedAndIsAskedAgainOnceSomeoneIsInPostThere() {
        InspectionRound earlier = inspections.open(new RoundDraft("IT-" + id + "-earlier", InspectionScope.DEPARTMENT,
                "checklist.department", documents.today().plusWeeks(2)), officer);
        long doneOfA = formOf(earlier, deptA).getId();
        Map<String, AnswerInput> allYes = answers(inspections.form(doneOfA, officer));
        inspections.submit(doneOfA, officer, allYes);
        InspectionRound round = open(InspectionScope.DEPARTMENT, "checklist.department");
        long formOfA = formOf(round, deptA).getId();
        assertEquals(officerNo, formOf(round, deptA).getRespondent().getEmployeeNo(), "A has no head");
        assertTrue(inspections.mine(officer).stream().anyMatch(t -> t.id() == formOfA));
        LocalDate today = documents.today();
        String grounds = "院办〔2026〕31号：甲部门并入乙部门";

        roster.changeMany(deptA, List.of("A1" + id, "A2" + id), deptB, null, null, grounds, "hr");

        SelfInspection kept = formOf(round, deptA);
        assertEquals(InspectionStatus.OPEN, kept.getStatus(), "kept");
        assertEquals(officerNo, kept.getRespondent().getEmployeeNo(), "with its last holder");
        assertTrue(followUp.handOvers(round.getId(), deptA).isEmpty(), "not handed to anyone");
        assertTrue(inspections.mine(officer).stream().noneMatch(t -> t.id() == formOfA), "not the office's to fill");
        assertTrue(dueDates.of(officer).stream().noneMatch(d -> d.uid().equals("inspection-" + formOfA)),
                "not on the calendar");
        Rows.RoundSummary summary = inspections.rounds().stream().filter(r -> r.id() == round.getId()).findFirst()
                .orElseThrow();
        assertTrue(summary.departments().stream().noneMatch(d -> d.code().equals(deptA)), "not counted: "
                + summary.departments());
        assertTrue(followUp.rounds(deptA).stream().noneMatch(r -> r.id() == round.getId()), "A's follow-up");
        assertTrue(followUp.respondents(round.getId(), null).stream().noneMatch(r -> r.inspectionId() == formOfA),
                "not listed as due");
        assertEquals(0, followUp.remindNow(round.getId(), deptA, officer).reminded(), "not reminded");
        assertEquals(Reason.DEPARTMENT_EMPTIED, refusal(() -> inspections.form(formOfA, officer)));
        assertEquals(Reason.DEPARTMENT_EMPTIED, refusal(() -> inspections.submit(formOfA, officer, allYes)));
        assertEquals(InspectionStatus.OPEN, formOf(round, deptA).getStatus(), "nothing stored");
        // the form submitted before the merge stays as it is, counted
        Rows.DepartmentCompletion done = followUp.rounds(deptA).stream().filter(r -> r.id() == earlier.getId())
                .findFirst().orElseThrow().departments().get(0);
        assertEquals(List.of(1L, 1L), List.of(done.submitted(), done.total()));
        // marked in the workbook with the day and the grounds of the change that emptied the department
        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        assertEquals(1, section.sheet(zh, ZoneId.of("Asia/Shanghai")).rows().stream()
                .filter(r -> r.get(3).equals(round.getName()) && r.get(0).equals(officerNo)
                        && r.get(6).equals(today + " 部门已无在岗涉密人员，不再要求（" + grounds + "）")).count());
        assertEquals(1, section.sheet(ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.ENGLISH),
                ZoneId.of("Asia/Shanghai")).rows().stream().filter(r -> r.get(3).equals(round.getName())
                        && r.get(6).equals("No longer asked: no secret-related person in post in the department since "
                                + today + " (" + grounds + ")")).count(), "in English too");

        // someone secret-related in post there again (the change undone): asked again, of whoever answers for it
        roster.change("A1" + id, deptA, "IP" + id, SecrecyClass.IMPORTANT, "撤销合并，调回甲部门", "hr");
        assertTrue(inspections.mine(officer).stream().anyMatch(t -> t.id() == formOfA), "asked again");
        assertTrue(inspections.rounds().stream().filter(r -> r.id() == round.getId()).findFirst().orElseThrow()
                .departments().stream().anyMatch(d -> d.code().equals(deptA) && d.total() == 1), "counted again");
    }

    /**
     * Found by an outside check (ex-s38f 5): 批量调整 moved a department's head and its liaison together; the department
     * went from the head to the liaison and at once to the office (two hand-overs in the same second), the head was
     * told the liaison had it, and the liaison was handed it and had it taken away. One change gives one hand-over, to
     * whoever answers once the whole change is done.
     */
    @Test
    void aHeadAndALiaisonMovedTogetherHandTheDepartmentOnceToWhoeverAnswersAfterTheWholeChange() {
        // A stays concerned (A6), its head A1 and its liaison A2 are moved to B in one batch
        data.inTransaction(em -> {
            Employee a6 = new Employee("A6" + id, "甲六", em.createQuery("select d from Department d where d.code = :a",
                    Department.class).setParameter("a", deptA).getSingleResult(), em.createQuery(
                            "select p from Post p where p.code = :p", Post.class).setParameter("p", "IP" + id)
                    .getSingleResult(), SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, LocalDate.of(2023, 3, 1));
            em.persist(a6);
            return a6.getEmployeeNo();
        });
        accountAdmin.grant(employeeA, Role.DEPT_HEAD, "任甲部门负责人", "admin");
        liaisons.appoint(deptA, "A2" + id, documents.today(), null, "officer");
        InspectionRound round = open(InspectionScope.DEPARTMENT, "checklist.department");
        long formOfA = formOf(round, deptA).getId();
        assertEquals("A1" + id, formOf(round, deptA).getRespondent().getEmployeeNo(), "the head answers");
        InspectionRound office = inspections.open(new RoundDraft("IT-" + id + "-office-batch", InspectionScope.OFFICE,
                "checklist.department", documents.today().plusWeeks(1), List.of(deptA)), officer);
        Rows.Task visit = taskOf(officer, office);
        inspections.submit(visit.id(), officer, answers(inspections.form(visit.id(), officer), 2, 6));
        assertEquals(2, inspections.findingsOf(employeeA).size(), "the head owns A's findings");

        roster.changeMany(deptA, List.of("A1" + id, "A2" + id), deptB, null, null, "院办〔2026〕32号：甲部门人员调整",
                "hr");

        // the office answers for A now: one row, one step each, straight from the head
        assertEquals(officerNo, formOf(round, deptA).getRespondent().getEmployeeNo());
        List<Rows.HandOver> rows = followUp.handOvers(round.getId(), deptA);
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(List.of("A1" + id, officerNo), List.of(rows.get(0).fromNo(), rows.get(0).toNo()));
        List<Rows.FindingRow> found = inspections.findingsOf(officer).stream()
                .filter(f -> f.roundName().equals(office.getName())).toList();
        assertEquals(2, found.size());
        handedOver(found, "A1" + id, officerNo, "hr");
        for (Rows.FindingRow f : found) {
            assertEquals(1, f.history().stream().filter(h -> h.kind() == FindingStep.Kind.HANDED_OVER).count(),
                    "one hand-over: " + f.history());
        }
        // the head is told the office has it, the liaison is told nothing
        List<List<String>> away = notifications.of(employeeA).stream()
                .filter(n -> n.getMessageKey().equals("inspections.notice.handedAway"))
                .map(org.shoumi.portal.notifications.entity.Notification::getArguments).toList();
        assertEquals(1, away.size(), away.toString());
        assertEquals(formOf(round, deptA).getRespondent().getName(), away.get(0).get(0), "names who holds it now");
        assertEquals(0, notices(employeeB, "inspections.notice.handedOver"));
        assertEquals(0, notices(employeeB, "inspections.notice.handedAway"));
        assertEquals(1, notices(officer, "inspections.notice.handedOver"));
        assertTrue(inspections.mine(officer).stream().anyMatch(t -> t.id() == formOfA));
    }

    /** The last step of each finding's history, which must be a hand-over by {@code by} from one to the other. */
    private static void handedOver(List<Rows.FindingRow> findings, String fromNo, String toNo, String by) {
        for (Rows.FindingRow f : findings) {
            Rows.FindingHistory last = f.history().get(f.history().size() - 1);
            assertEquals(FindingStep.Kind.HANDED_OVER, last.kind(), "handed over: " + f.history());
            assertEquals(by, last.by());
            assertTrue(last.note().contains(fromNo) && last.note().indexOf(fromNo) < last.note().indexOf(toNo),
                    "from whom to whom: " + last.note());
        }
    }

    /**
     * Found by two outside testers (ex-s36e 1–2, ex-s36f 1): the department head's role withdrawn, he stayed in the
     * department and kept its form and the office's findings there, could still report them remediated, and the
     * office was told nothing; the role granted to someone else, the new head got neither the form nor the findings.
     * A change of role hands over as a move does: each finding with a dated step naming both owners, both sides told.
     */
    @Test
    void theHeadsRoleWithdrawnHandsTheDepartmentOverAndTheRoleGrantedTakesItOver() {
        InspectionRound departmentRound = open(InspectionScope.DEPARTMENT, "checklist.department");
        long formOfA = formOf(departmentRound, deptA).getId();
        long formOfB = formOf(departmentRound, deptB).getId();
        InspectionRound office = inspections.open(new RoundDraft("IT-" + id + "-office-role", InspectionScope.OFFICE,
                "checklist.department", documents.today().plusWeeks(1), List.of(deptA, deptB)), officer);
        for (Rows.Task visit : inspections.mine(officer).stream().filter(t -> t.roundName().equals(office.getName()))
                .toList()) {
            inspections.submit(visit.id(), officer, answers(inspections.form(visit.id(), officer), 1, 5));
        }
        assertEquals(2, inspections.findingsOf(headB).size(), "B's head owns B's");
        long aFindings = inspections.findingsOf(officer).stream().filter(f -> f.roundName().equals(office.getName()))
                .count();
        assertEquals(2, aFindings, "A has no head nor liaison: the office holds A's");
        inspections.remediate(inspections.findingsOf(headB).get(0).id(), headB, "已补登记并上锁");

        accountAdmin.withdraw(headB, Role.DEPT_HEAD, "不再担任部门负责人", "admin");
        // B has no head now, nor liaison: its form and findings are the office's, each with a dated step
        assertEquals(officerNo, formOf(departmentRound, deptB).getRespondent().getEmployeeNo(), "B's form");
        assertTrue(inspections.findingsOf(headB).isEmpty(), "the former head holds nothing");
        List<Rows.FindingRow> ofB = inspections.findingsOf(officer).stream()
                .filter(f -> f.roundName().equals(office.getName()) && f.departmentName().equals("自查乙部门")).toList();
        assertEquals(2, ofB.size());
        assertEquals(Set.of(FindingStatus.OPEN, FindingStatus.REMEDIATED),
                ofB.stream().map(Rows.FindingRow::status).collect(Collectors.toSet()), "each as it was");
        handedOver(ofB, "B1" + id, officerNo, "admin");
        assertEquals(1, notices(officer, "inspections.notice.handedOver"), "the office is told");
        assertEquals(1, notices(headB, "inspections.notice.handedAway"), "and so is the former head");
        assertEquals(Reason.NOT_YOURS, refusal(() -> inspections.submit(formOfB, headB,
                answers(inspections.form(formOfB, officer)))));
        assertEquals(Reason.NOT_YOURS, refusal(() -> inspections.remediate(ofB.stream()
                .filter(f -> f.status() == FindingStatus.OPEN).findFirst().orElseThrow().id(), headB, "已整改完毕")));

        // the role granted to A1, in A: A's form and the findings the office held for want of a head are hers
        accountAdmin.grant(employeeA, Role.DEPT_HEAD, "任甲部门负责人", "admin");
        assertEquals("A1" + id, formOf(departmentRound, deptA).getRespondent().getEmployeeNo(), "A's form");
        assertTrue(inspections.mine(employeeA).stream().anyMatch(t -> t.id() == formOfA));
        List<Rows.FindingRow> ofA = inspections.findingsOf(employeeA);
        assertEquals(2, ofA.size(), "A's findings");
        handedOver(ofA, officerNo, "A1" + id, "admin");
        assertTrue(inspections.findingsOf(officer).stream().noneMatch(f -> f.departmentName().equals("自查甲部门")));
        assertEquals(1, notices(employeeA, "inspections.notice.handedOver"), "the new head is told");
        inspections.remediate(ofA.get(0).id(), employeeA, "已补登记并上锁");
        // the role given back to B1: B's form and findings go back to him from the office
        accountAdmin.grant(headB, Role.DEPT_HEAD, "重新担任部门负责人", "admin");
        assertEquals(2, inspections.findingsOf(headB).size(), "B's findings are his again");
        assertEquals("B1" + id, formOf(departmentRound, deptB).getRespondent().getEmployeeNo());
    }

    /**
     * Found by two outside testers (ex-s36e 1–2): a liaison appointed for a department without a head got neither its
     * form nor the findings the office held, and one whose appointment ended kept the office's finding and reported
     * it remediated. An appointment and its end hand over as a move does.
     */
    @Test
    void aLiaisonAppointedTakesTheDepartmentOverAndOneWhoseAppointmentEndedHandsItBack() {
        InspectionRound departmentRound = open(InspectionScope.DEPARTMENT, "checklist.department");
        long formOfA = formOf(departmentRound, deptA).getId();
        InspectionRound office = inspections.open(new RoundDraft("IT-" + id + "-office-liaison",
                InspectionScope.OFFICE, "checklist.department", documents.today().plusWeeks(1), List.of(deptA)),
                officer);
        Rows.Task visit = taskOf(officer, office);
        inspections.submit(visit.id(), officer, answers(inspections.form(visit.id(), officer), 8));
        assertEquals(1, inspections.findingsOf(officer).stream().filter(f -> f.roundName().equals(office.getName()))
                .count(), "the office holds A's finding for want of a head or liaison");

        long appointment = liaisons.appoint(deptA, "A2" + id, documents.today(), null, "officer");
        assertEquals("A2" + id, formOf(departmentRound, deptA).getRespondent().getEmployeeNo(), "the liaison's");
        List<Rows.FindingRow> taken = inspections.findingsOf(employeeB);
        assertEquals(1, taken.size());
        handedOver(taken, officerNo, "A2" + id, "officer");
        assertEquals(1, notices(employeeB, "inspections.notice.handedOver"));

        liaisons.end(appointment, documents.today(), "工作调整，不再担任兼职保密员", null, "officer");
        assertEquals(officerNo, formOf(departmentRound, deptA).getRespondent().getEmployeeNo(), "back to the office");
        assertTrue(inspections.findingsOf(employeeB).isEmpty(), "the former liaison holds nothing");
        List<Rows.FindingRow> back = inspections.findingsOf(officer).stream()
                .filter(f -> f.roundName().equals(office.getName())).toList();
        assertEquals(1, back.size());
        handedOver(back, "A2" + id, officerNo, "officer");
        assertEquals(1, notices(employeeB, "inspections.notice.handedAway"));
        assertEquals(Reason.NOT_YOURS, refusal(() -> inspections.remediate(back.get(0).id(), employeeB, "已补登两项")));
        assertEquals(Reason.NOT_YOURS, refusal(() -> inspections.submit(formOfA, employeeB,
                answers(inspections.form(formOfA, officer)))));
    }

    /**
     * Found by an outside check (ex-s38f 1): the secrecy officer's role withdrawn, the department forms and the
     * findings the office held stayed with him, refused to him (with a message saying they had passed on) and given
     * to nobody, while the officer granted the role had none of them. The office's answering follows the role: what
     * the former officer held passes to the office as it is now (the round's opener while an officer, else the
     * officer in post with the lowest staff number), each form with a row, each finding with a dated 移交 step, both
     * sides told.
     */
    @Test
    void theOfficersRoleWithdrawnHandsWhatTheOfficeHeldToTheOfficerNow() {
        InspectionRound departmentRound = open(InspectionScope.DEPARTMENT, "checklist.department");
        long formOfA = formOf(departmentRound, deptA).getId();
        InspectionRound office = inspections.open(new RoundDraft("IT-" + id + "-office-officer",
                InspectionScope.OFFICE, "checklist.department", documents.today().plusWeeks(1), List.of(deptA)),
                officer);
        Rows.Task visit = taskOf(officer, office);
        inspections.submit(visit.id(), officer, answers(inspections.form(visit.id(), officer), 8));
        long finding = inspections.findingsOf(officer).stream().filter(f -> f.roundName().equals(office.getName()))
                .findFirst().orElseThrow().id();
        // another officer, whose staff number comes before any other officer's of the tests
        Employee b2 = data.inTransaction(em -> Employee.byNumber(em, officerNo).getSingleResult());
        Employee next = new Employee("0P" + id, "新保密员", b2.getDepartment(), b2.getPost(), SecrecyClass.IMPORTANT,
                EmployeeStatus.ACTIVE, LocalDate.of(2023, 3, 1));
        data.persist(next);
        String nextLogin = login("sn", next, Role.EMPLOYEE);
        accountAdmin.grant(nextLogin, Role.SECRECY_OFFICER, "院办〔2026〕34号：兼任保密办公室工作人员", "admin");
        assertEquals(officerNo, formOf(departmentRound, deptA).getRespondent().getEmployeeNo(),
                "the opener is still an officer: he keeps what the office holds");
        assertTrue(followUp.handOvers(departmentRound.getId(), deptA).isEmpty());

        java.time.Instant before = java.time.Instant.now();
        accountAdmin.withdraw(officer, Role.SECRECY_OFFICER, "院办〔2026〕35号：调离保密办公室岗位", "admin");
        assertEquals("0P" + id, formOf(departmentRound, deptA).getRespondent().getEmployeeNo(), "the office now");
        List<Rows.HandOver> handed = followUp.handOvers(departmentRound.getId(), deptA);
        assertEquals(1, handed.size());
        assertEquals(List.of(officerNo, "0P" + id, "admin"), List.of(handed.get(0).fromNo(), handed.get(0).toNo(),
                handed.get(0).by()));
        assertEquals(org.shoumi.portal.inspections.entity.InspectionHandOver.Cause.OFFICER, handed.get(0).cause());
        assertFalse(handed.get(0).at().isBefore(before), "dated");
        List<Rows.FindingRow> taken = inspections.findingsOf(nextLogin).stream()
                .filter(f -> f.roundName().equals(office.getName())).toList();
        assertEquals(1, taken.size(), "the office's finding in A");
        handedOver(taken, officerNo, "0P" + id, "admin");
        assertTrue(notices(nextLogin, "inspections.notice.handedOver") > 0, "the officer now is told");
        assertTrue(notices(officer, "inspections.notice.handedAway") > 0, "and so is the former one");
        assertTrue(inspections.mine(officer).stream().noneMatch(t -> t.id() == formOfA), "not his any more");
        assertTrue(inspections.findingsOf(officer).stream().noneMatch(f -> f.id() == finding));
        assertEquals(Reason.NOT_YOURS, refusal(() -> inspections.submit(formOfA, officer,
                answers(inspections.form(formOfA, nextLogin)))));
        assertEquals(Reason.NOT_YOURS, refusal(() -> inspections.remediate(finding, officer, "门禁系统已启用并登记")));
        // the officer now answers them
        inspections.remediate(finding, nextLogin, "门禁系统已启用并登记");
        inspections.submit(formOfA, nextLogin, answers(inspections.form(formOfA, nextLogin)));
        assertEquals(InspectionStatus.SUBMITTED, formOf(departmentRound, deptA).getStatus());
        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        assertEquals("保密员角色授予或收回", zh.getString("enum.InspectionHandOver.Cause.OFFICER"));
    }

    /**
     * Found by an outside check (ex-s38f 3): after a 离职 was approved the finding of the leaver's own self-inspection
     * stayed theirs, the office could neither take it over nor close it, and the leaver, still able to log in, reported
     * it remediated. It passes with a dated 移交 step to whoever answers for the department it was raised in (here its
     * liaison), both are told, and the leaver's report is refused with a message of its own.
     */
    @Test
    void aLeaversOwnFindingPassesToWhoeverAnswersForTheDepartmentAndTheLeaverMayNoLongerReportIt() {
        InspectionRound round = open(InspectionScope.PERSONAL, "checklist.personal");
        Rows.Task task = taskOf(employeeA, round);
        List<Finding> found = inspections.submit(task.id(), employeeA, answers(inspections.form(task.id(), employeeA), 4));
        long finding = found.get(0).getId();
        assertEquals(1, inspections.findingsOf(employeeA).size());
        liaisons.appoint(deptA, "A2" + id, documents.today(), null, "officer");
        assertEquals(1, inspections.findingsOf(employeeA).size(), "her own while she is in post");

        LocalDate left = documents.today();
        data.inTransaction(em -> {
            Employee a1 = Employee.byNumber(em, "A1" + id).getSingleResult();
            Employee.Snapshot was = a1.snapshot();
            a1.leave(EmployeeStatus.LEFT_UNIT);
            return history.changed(a1, was, "hr", ChangeSource.DEPARTURE, "本人辞职，调往外单位工作", left);
        });
        assertTrue(inspections.findingsOf(employeeA).isEmpty(), "no longer the leaver's");
        List<Rows.FindingRow> taken = inspections.findingsOf(employeeB);
        assertEquals(List.of(finding), taken.stream().map(Rows.FindingRow::id).toList(), "A's liaison has it");
        assertEquals(FindingStatus.OPEN, taken.get(0).status(), "as it was");
        handedOver(taken, "A1" + id, "A2" + id, "hr");
        assertEquals(1, notices(employeeB, "inspections.notice.leaverFindingsTaken"), "the liaison is told");
        assertEquals(1, notices(employeeA, "inspections.notice.leaverFindingsAway"), "and so is the leaver");
        assertTrue(inspections.openFindings(deptA).stream().anyMatch(f -> f.id() == finding && f.ownerNo()
                .equals("A2" + id)), "the office's list names who follows it up");

        // the leaver's login still works for the 脱密期 page: the report is refused and nothing is stored
        assertEquals(Reason.LEFT_THE_POST, refusal(() -> inspections.remediate(finding, employeeA,
                "已将手机充电线交回，办公电脑USB口已封闭")));
        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.getString("inspection.refused.LEFT_THE_POST").startsWith("您已离岗或离职"));
        assertEquals(FindingStatus.OPEN, inspections.findingsOf(employeeB).get(0).status(), "nothing stored");

        // the liaison reports it remediated and the office closes it
        inspections.remediate(finding, employeeB, "已收回手机充电线，办公电脑USB口已封闭");
        inspections.close(finding, officer, "现场查看办公电脑USB口已封闭");
        assertTrue(inspections.openFindings(deptA).stream().noneMatch(f -> f.id() == finding), "closed");
        List<Long> steps = data.inTransaction(em -> em.createQuery("select s.id from FindingStep s "
                + "where s.finding.id = :f", Long.class).setParameter("f", finding).getResultList());
        assertEquals(3, steps.size(), "handed over, remediated, closed");
        assertTrue(evidence.verify().problems().stream().noneMatch(p -> p.recordKind() == EvidenceKind.FINDING_STEP
                && steps.contains(p.recordId())), "the steps verify");
    }

    /**
     * Found by an outside tester (ex-s36h 1): a login opened for a serving liaison who had none left the department's
     * forms and the office's finding with the office, while the next round's form went to the liaison; the office and
     * the liaison each answered for one department. Whether the liaison can log in is half of the rule: the login
     * opened hands the department over as an appointment does, with a row, a step and both sides told.
     */
    @Test
    void aLoginOpenedForAServingLiaisonHandsTheDepartmentOver() {
        InspectionRound departmentRound = open(InspectionScope.DEPARTMENT, "checklist.department");
        InspectionRound office = inspections.open(new RoundDraft("IT-" + id + "-office-login",
                InspectionScope.OFFICE, "checklist.department", documents.today().plusWeeks(1), List.of(deptA)),
                officer);
        Rows.Task visit = taskOf(officer, office);
        inspections.submit(visit.id(), officer, answers(inspections.form(visit.id(), officer), 8));
        Employee a1 = data.inTransaction(em -> Employee.byNumber(em, "A1" + id).getSingleResult());
        Employee a6 = new Employee("A6" + id, "甲六", a1.getDepartment(), a1.getPost(), SecrecyClass.GENERAL,
                EmployeeStatus.ACTIVE, LocalDate.of(2023, 3, 1));
        data.persist(a6);

        liaisons.appoint(deptA, "A6" + id, documents.today(), null, "officer");
        assertEquals(officerNo, formOf(departmentRound, deptA).getRespondent().getEmployeeNo(),
                "a liaison without a login does not answer: the office still does");
        assertTrue(followUp.handOvers(departmentRound.getId(), deptA).isEmpty());

        String name = Deployments.uniqueName("a6");
        accounts.createRecorded(name, PASSWORD.toCharArray(), Set.of(Role.EMPLOYEE), a6, "hr");
        assertEquals("A6" + id, formOf(departmentRound, deptA).getRespondent().getEmployeeNo(), "the liaison's now");
        List<Rows.HandOver> handed = followUp.handOvers(departmentRound.getId(), deptA);
        assertEquals(1, handed.size());
        assertEquals(List.of(officerNo, "A6" + id, "hr"), List.of(handed.get(0).fromNo(), handed.get(0).toNo(),
                handed.get(0).by()));
        assertEquals(org.shoumi.portal.inspections.entity.InspectionHandOver.Cause.LOGIN, handed.get(0).cause());
        List<Rows.FindingRow> taken = inspections.findingsOf(name);
        assertEquals(1, taken.size(), "the office's finding in A too");
        handedOver(taken, officerNo, "A6" + id, "hr");
        assertTrue(inspections.findingsOf(officer).stream().noneMatch(f -> f.roundName().equals(office.getName())));
        assertEquals(1, notices(name, "inspections.notice.handedOver"), "the liaison is told");

        // a change of that login that does not change who answers hands nothing over again
        accountAdmin.resetPassword(name, "本人忘记密码，申请重置", "admin");
        assertEquals(1, followUp.handOvers(departmentRound.getId(), deptA).size());
    }

    /**
     * Found by an outside tester (ex-s36f 3): handing a department form to a new respondent overwrote the respondent
     * with no record, and the reminders counted per form: the new respondent showed "最近提醒" he never got and was
     * skipped by 提醒未提交的人员. Each hand-over is a dated, attributed row shown on the follow-up page, and a reminder
     * counts for the person it reached.
     */
    @Test
    void aHandedOverFormKeepsWhoHeldItAndItsNewRespondentIsRemindedOfIt() throws Exception {
        InspectionRound round = open(InspectionScope.DEPARTMENT, "checklist.department");
        long formOfA = formOf(round, deptA).getId();
        assertEquals(new InspectionFollowUp.Reminded(1, 0), followUp.remindNow(round.getId(), deptA, officer));
        assertEquals(documents.today(), followUp.respondents(round.getId(), deptA).get(0).lastReminded());
        assertTrue(followUp.handOvers(round.getId(), deptA).isEmpty());

        java.time.Instant before = java.time.Instant.now();
        liaisons.appoint(deptA, "A2" + id, documents.today(), null, "officer");
        assertEquals("A2" + id, formOf(round, deptA).getRespondent().getEmployeeNo());
        List<Rows.HandOver> handed = followUp.handOvers(round.getId(), deptA);
        assertEquals(1, handed.size());
        Rows.HandOver h = handed.get(0);
        assertEquals(formOfA, h.inspectionId());
        assertEquals(List.of(officerNo, "A2" + id, "officer"), List.of(h.fromNo(), h.toNo(), h.by()));
        assertEquals(org.shoumi.portal.inspections.entity.InspectionHandOver.Cause.LIAISON, h.cause());
        assertFalse(h.at().isBefore(before), "dated: " + h.at());
        // in the evidence chain, and in the workbook's 保密自查 sheet: a deleted row went unnoticed and the workbook
        // showed the form as always its present holder's (outside check ex-s36h 4)
        long row = data.inTransaction(em -> em.createQuery("select h.id from InspectionHandOver h "
                + "where h.inspection.id = :s", Long.class).setParameter("s", formOfA).getSingleResult());
        assertEquals(1L, (long) data.inTransaction(em -> em.createQuery("select count(e) from EvidenceEntry e "
                + "where e.kind = :k and e.recordId = :id", Long.class)
                .setParameter("k", EvidenceKind.INSPECTION_HAND_OVER).setParameter("id", row).getSingleResult()));
        assertTrue(evidence.verify().problems().stream().noneMatch(p -> p.recordKind()
                == EvidenceKind.INSPECTION_HAND_OVER && Long.valueOf(row).equals(p.recordId())), "and the chain verifies for it");
        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        RecordSection.Sheet sheet = section.sheet(zh, ZoneId.of("Asia/Shanghai"));
        assertEquals("移交记录", sheet.header().get(11));
        List<String> ofA = sheet.rows().stream().filter(r -> r.get(3).equals(round.getName())
                && r.get(2).equals("自查甲部门") && r.get(0).equals("A2" + id)).findFirst().orElseThrow();
        assertTrue(ofA.get(11).matches(".*（" + officerNo + "）→ 甲二（A2" + id + "）（兼职保密员任职或离任；officer）"),
                ofA.get(11));

        Rows.Respondent now = followUp.respondents(round.getId(), deptA).get(0);
        assertEquals("A2" + id, now.employeeNo());
        assertEquals(null, now.lastReminded(), "the office's reminder did not reach her");
        assertEquals(new InspectionFollowUp.Reminded(1, 0), followUp.remindNow(round.getId(), deptA, officer),
                "she is reminded, though the form was reminded today");
        assertEquals(1, notices(employeeB, "inspections.notice.reminderFor"));
        assertEquals(documents.today(), followUp.respondents(round.getId(), deptA).get(0).lastReminded());
        assertEquals(new InspectionFollowUp.Reminded(0, 1), followUp.remindNow(round.getId(), deptA, officer),
                "not twice on one day");
        assertEquals(List.of(officerNo, "A2" + id), data.inTransaction(em -> em.createQuery("select r.respondent"
                        + ".employeeNo from InspectionReminder r where r.inspection.id = :s order by r.id", String.class)
                .setParameter("s", formOfA).getResultList()), "each reminder names whom it reached");

        PortalClient office = new PortalClient(portalAddress(request));
        office.login(officer, PASSWORD);
        Page page = office.get("inspections/department.xhtml?round=" + round.getId() + "&dept=" + deptA);
        assertEquals(200, page.status());
        assertTrue(page.visible().contains("自查表移交记录"), page.visible());
        assertTrue(page.visible().matches("(?s).*原填写人.*" + officerNo + ".*A2" + id + ".*兼职保密员任职或离任.*officer.*"),
                page.visible());
    }

    /**
     * Found by an outside tester (ex-s36h 3): one press of 提醒未提交的人员 reminded the office five times (one per
     * department form it holds for want of a head or a liaison with a login), with five identical lines naming no
     * department, and the page counted 7 people for the 3 it reached. Each person is reminded once per press and
     * day, in one notice naming their departments; the count is of people.
     */
    @Test
    void onePressRemindsEachPersonOnceNamingTheirDepartmentsAndCountsPeople() {
        Department c = new Department("IC" + id, "自查丙部门", null);
        Employee c1 = data.inTransaction(em -> Employee.byNumber(em, "A1" + id).getSingleResult());
        data.persist(c, new Employee("C1" + id, "丙一", c, c1.getPost(), SecrecyClass.GENERAL, EmployeeStatus.ACTIVE,
                LocalDate.of(2023, 3, 1)));
        InspectionRound round = open(InspectionScope.DEPARTMENT, "checklist.department");
        assertEquals(officerNo, formOf(round, deptA).getRespondent().getEmployeeNo());
        assertEquals(officerNo, formOf(round, "IC" + id).getRespondent().getEmployeeNo());
        List<SelfInspection> asked = inspections.of(round.getId());
        long officersForms = asked.stream().filter(s -> s.getRespondent().getEmployeeNo().equals(officerNo)).count();
        long people = asked.stream().filter(s -> s.getRespondent().isInPost())
                .map(s -> s.getRespondent().getEmployeeNo()).distinct().count();

        assertEquals(new InspectionFollowUp.Reminded((int) people, 0), followUp.remindNow(round.getId(), null,
                officer), "people, not forms");
        List<org.shoumi.portal.notifications.entity.Notification> told = notifications.of(officer).stream()
                .filter(n -> n.getMessageKey().equals("inspections.notice.reminderFor")).toList();
        assertEquals(1, told.size(), "the office once, for all its forms");
        assertTrue(told.get(0).getArguments().get(2).contains("自查甲部门")
                && told.get(0).getArguments().get(2).contains("自查丙部门"), "naming the departments: " + told);
        assertEquals("/inspections/mine.xhtml", told.get(0).getLink(), "several forms: the list of them");
        assertEquals(1, notices(headB, "inspections.notice.reminderFor"));
        assertEquals(officersForms, (long) data.inTransaction(em -> em.createQuery("select count(r) from "
                + "InspectionReminder r where r.inspection.round.id = :round and r.respondent.employeeNo = :no",
                Long.class).setParameter("round", round.getId()).setParameter("no", officerNo).getSingleResult()),
                "each form shows the day it was reminded");
        assertEquals(new InspectionFollowUp.Reminded(0, (int) people), followUp.remindNow(round.getId(), null,
                officer), "not again that day");
        assertEquals(1, notices(officer, "inspections.notice.reminderFor"));
    }

    /** The self-inspection a round asked of a department, found by its code. */
    private SelfInspection formOf(InspectionRound round, String department) {
        return inspections.of(round.getId()).stream().filter(s -> s.getDepartment().getCode().equals(department))
                .findFirst().orElseThrow(() -> new AssertionError(round.getName() + " asked nothing of " + department));
    }

    /**
     * Found by tester zg (defect 3): the inspector's 我的保密自查 showed 0 findings for an office inspection that raised
     * 2 (counted by owner; the findings are the department's head's). Every page counts the findings the form raised.
     */
    @Test
    void theInspectorsOwnListCountsTheFindingsHisFormRaised() {
        InspectionRound round = inspections.open(new RoundDraft("IT-" + id + "-office-count", InspectionScope.OFFICE,
                "checklist.department", documents.today().plusWeeks(1), List.of(deptB)), officer);
        Rows.Task inB = taskOf(officer, round);
        assertEquals(2, inspections.submit(inB.id(), officer, answers(inspections.form(inB.id(), officer), 1, 4))
                .size());
        assertEquals(2, taskOf(officer, round).findings(), "the two the form raised, owned by B's head");
        assertEquals(2, inspections.findingsOf(headB).size());
        assertTrue(inspections.mine(headB).stream().noneMatch(t -> t.roundName().equals(round.getName())),
                "the head fills in no form of the office's inspection");
    }

    /**
     * Found by tester zg (defect 5): a department's year report counted every round of the year (自查轮次 3 for a
     * department round 3 never visited), and a finding reported remediated (已整改，待确认) was counted as 未整改. A
     * department's report counts the rounds that asked it; the findings figures say 未关闭 (awaiting confirmation
     * included) and 已关闭.
     */
    @Test
    void aDepartmentsYearReportCountsTheRoundsThatAskedItAndSaysWhatTheFindingsFiguresAre() {
        int year = documents.today().getYear();
        InspectionRound round = inspections.open(new RoundDraft("IT-" + id + "-office-report", InspectionScope.OFFICE,
                "checklist.department", documents.today().plusWeeks(1), List.of(deptB)), officer);
        assertEquals(0, yearReports.figures(year, deptA).orElseThrow().selfInspection().rounds(),
                "the office's inspection never visited A");
        assertEquals(1, yearReports.figures(year, deptB).orElseThrow().selfInspection().rounds());
        Rows.Task inB = taskOf(officer, round);
        inspections.submit(inB.id(), officer, answers(inspections.form(inB.id(), officer), 1, 2, 3));
        List<Rows.FindingRow> found = inspections.findingsOf(headB);
        inspections.remediate(found.get(0).id(), headB, "已补登记并上锁");
        inspections.remediate(found.get(1).id(), headB, "已召开部门保密工作会议");
        inspections.close(found.get(1).id(), officer, "查看了会议记录和签到表");
        YearFigures.SelfInspection b = yearReports.figures(year, deptB).orElseThrow().selfInspection();
        assertEquals(2, b.findingsOpen(), "one open and one reported remediated, awaiting confirmation: not closed");
        assertEquals(1, b.findingsClosed());
        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        assertEquals("未关闭问题（含已整改待确认）", zh.getString("report.inspection.findingsOpen"));
        assertEquals("已关闭问题（整改已确认）", zh.getString("report.inspection.findingsClosed"));
        open(InspectionScope.PERSONAL, "checklist.personal");
        assertEquals(1, yearReports.figures(year, deptA).orElseThrow().selfInspection().rounds(),
                "the personal round asked A's people");
    }

    /**
     * Found by tester zg (defect 4): a finding was reported remediated with the note "-" and closed with "同意". Both
     * notes need words that say what was done or checked; a refusal stores nothing.
     */
    @Test
    void aRemediationOrCloseNoteOfADashOrABareApprovalIsRefused() {
        InspectionRound round = open(InspectionScope.PERSONAL, "checklist.personal");
        Rows.Task task = taskOf(employeeA, round);
        inspections.submit(task.id(), employeeA, answers(inspections.form(task.id(), employeeA), 2));
        long finding = inspections.findingsOf(employeeA).get(0).id();
        for (String says : List.of("-", " — ", "…", "无", "同意", "可以", "好", "ok", "已阅")) {
            assertEquals(Reason.REMEDIATION_NOTE_REQUIRED,
                    refusal(() -> inspections.remediate(finding, employeeA, says)), says);
        }
        Rows.FindingRow still = inspections.findingsOf(employeeA).get(0);
        assertEquals(FindingStatus.OPEN, still.status(), "nothing stored");
        assertTrue(still.history().isEmpty(), "no step recorded: " + still.history());
        inspections.remediate(finding, employeeA, "已召开部门保密工作会议");
        for (String says : List.of("同意", "可以", "好", "OK", "已阅")) {
            assertEquals(Reason.CLOSE_NOTE_REQUIRED, refusal(() -> inspections.close(finding, officer, says)), says);
        }
        assertEquals(FindingStatus.REMEDIATED, inspections.findingsOf(employeeA).get(0).status(), "not closed");
        inspections.close(finding, officer, "查看了会议记录和签到表");
        assertEquals(List.of("已召开部门保密工作会议", "查看了会议记录和签到表"), inspections.findingsOf(employeeA).get(0)
                .history().stream().map(Rows.FindingHistory::note).toList());
    }

    @Test
    void aRoundIsOpenedOnlyByAnOfficerWithANewNameAndADueDateNotPast() {
        LocalDate due = documents.today().plusDays(10);
        assertEquals(Reason.NOT_OFFICER, refusal(() -> inspections.open(
                new RoundDraft("IT-" + id + "-x", InspectionScope.PERSONAL, "checklist.personal", due), employeeA)));
        assertEquals(Reason.DUE_IN_PAST, refusal(() -> inspections.open(new RoundDraft("IT-" + id + "-x",
                InspectionScope.PERSONAL, "checklist.personal", documents.today().minusDays(1)), officer)));
        assertEquals(Reason.NAME_REQUIRED, refusal(() -> inspections.open(
                new RoundDraft(" ", InspectionScope.PERSONAL, "checklist.personal", due), officer)));
        assertEquals(Reason.NO_CHECKLIST, refusal(() -> inspections.open(
                new RoundDraft("IT-" + id + "-x", InspectionScope.PERSONAL, "rules.none", due), officer)));
        assertEquals(Reason.CHECKLIST_SCOPE, refusal(() -> inspections.open(new RoundDraft("IT-" + id + "-x",
                InspectionScope.DEPARTMENT, "checklist.personal", due), officer)), "outside check: 部门自查：个人保密自查表");
        inspections.open(new RoundDraft("IT-" + id + "-x", InspectionScope.PERSONAL, "checklist.personal", due), officer);
        assertEquals(Reason.DUPLICATE_NAME, refusal(() -> inspections.open(
                new RoundDraft("IT-" + id + "-x", InspectionScope.PERSONAL, "checklist.personal", due), officer)));
        // nor one that reads the same: a full-width letter, a space, another case (outside check ex-s38f 4)
        for (String same : List.of("IT-" + id + "-Ｘ", "IT-" + id + "- x", ("IT-" + id + "-x").toLowerCase(Locale.ROOT),
                "IT-" + id + "-X")) {
            assertEquals(Reason.DUPLICATE_NAME, refusal(() -> inspections.open(
                    new RoundDraft(same, InspectionScope.DEPARTMENT, "checklist.department", due), officer)), same);
        }
        assertEquals(1, inspections.rounds().stream().filter(r -> r.name().startsWith("IT-" + id)).count(),
                "nothing opened");
    }

    /**
     * Found by an outside check: the inspector who submitted an office inspection with a finding was told "发现 1 个问题
     * 需要整改，列在下方" above "您没有整改事项" (the finding is the department's), and the head read the inspector's note as
     * "您的备注".
     */
    @Test
    void theInspectorIsToldTheFindingsWentToTheDepartment() throws Exception {
        InspectionRound round = inspections.open(new RoundDraft("IT-" + id + "-visit", InspectionScope.OFFICE,
                "checklist.department", documents.today().plusWeeks(1), List.of(deptB)), officer);
        Rows.Task task = inspections.mine(officer).stream().filter(t -> t.roundName().equals(round.getName()))
                .findFirst().orElseThrow();
        PortalClient inspector = browser();
        inspector.login(officer, PASSWORD);
        Page fill = inspector.get("inspections/fill.xhtml?id=" + task.id());
        // and the form did not promise the inspector the findings (it said "系统将其列为您的整改事项"; outside check)
        assertTrue(fill.visible().contains("系统将其列为被检查部门的整改事项"), fill.visible());
        assertFalse(fill.visible().contains("您的整改事项"), fill.visible());
        Map<String, String> fields = new java.util.HashMap<>();
        java.util.regex.Matcher choice = java.util.regex.Pattern.compile("name=\"(fill:items:(\\d+):choice)\"")
                .matcher(fill.body());
        while (choice.find()) {
            fields.put(choice.group(1), choice.group(2).equals("0") ? "NO" : "YES");
        }
        fields.put("fill:items:0:note", "台账未更新 " + id);
        Page done = inspector.submit(fill, "fill", "fill:submit", fields);
        assertTrue(done.contains("已交被检查部门"), done.body());
        assertFalse(done.contains("列在下方"), done.body());
        PortalClient head = browser();
        head.login(headB, PASSWORD);
        Page findings = head.get("inspections/findings.xhtml");
        assertTrue(findings.contains("检查时的备注：台账未更新 " + id), findings.body());
        assertFalse(findings.contains("您的备注"), "the head wrote no note");
    }

    /**
     * Found by an outside check: a self-inspection posted twice (a double click) said for the second post that the
     * page had expired and the last change might not have been saved; it says the form was sent already.
     */
    @Test
    void aSelfInspectionPostedTwiceSaysItWasSentAlready() throws Exception {
        InspectionRound round = open(InspectionScope.PERSONAL, "checklist.personal");
        Rows.Task task = taskOf(employeeA, round);
        PortalClient employee = browser();
        employee.login(employeeA, PASSWORD);
        Page fill = employee.get("inspections/fill.xhtml?id=" + task.id());
        Map<String, String> fields = new java.util.HashMap<>();
        java.util.regex.Matcher choice = java.util.regex.Pattern.compile("name=\"(fill:items:(\\d+):choice)\"")
                .matcher(fill.body());
        while (choice.find()) {
            fields.put(choice.group(1), choice.group(2).equals("0") ? "NO" : "YES");
        }
        fields.put("fill:items:0:note", "未更新 " + id);
        Page done = employee.submit(fill, "fill", "fill:submit", fields);
        assertTrue(done.contains("1"), done.visible());
        Page again = employee.submit(fill, "fill", "fill:submit", fields);
        assertTrue(again.contains("这张表单刚刚已经提交过"), again.visible());
        assertFalse(again.contains("页面已过期"), again.visible());
    }

    @Test
    void theRoundPagesAreForOfficersAndAuditorsAndTheFillPageForItsOwner() throws Exception {
        InspectionRound round = open(InspectionScope.PERSONAL, "checklist.personal");
        Rows.Task task = taskOf(employeeA, round);
        PortalClient employee = browser();
        employee.login(employeeA, PASSWORD);
        assertEquals(403, employee.get("inspections/rounds.xhtml").status());
        Page home = employee.get("index.xhtml");
        assertTrue(home.contains(round.getName()), "the self-inspection is a task at home");
        Page fill = employee.get("inspections/fill.xhtml?id=" + task.id());
        assertEquals(200, fill.status());
        assertTrue(fill.contains("inspection-item"));

        PortalClient other = browser();
        other.login(employeeB, PASSWORD);
        assertEquals(404, other.get("inspections/fill.xhtml?id=" + task.id()).status());

        String auditorName = Deployments.uniqueName("au");
        accounts.create(auditorName, PASSWORD.toCharArray(), Set.of(Role.AUDITOR), null);
        PortalClient auditor = browser();
        auditor.login(auditorName, PASSWORD);
        Page rounds = auditor.get("inspections/rounds.xhtml");
        assertEquals(200, rounds.status());
        assertTrue(rounds.contains(round.getName()));
        assertFalse(rounds.contains("id=\"open-round\""), "auditors only read");
        assertEquals(200, auditor.get("inspections/open-findings.xhtml").status());
        PortalClient officerBrowser = browser();
        officerBrowser.login(officer, PASSWORD);
        Page officerRounds = officerBrowser.get("inspections/rounds.xhtml");
        assertTrue(officerRounds.contains("id=\"open-round\""));
        // found by an outside check: the checklist's name showed in Chinese on the English page; the content pack has
        // no English names, so it stays Chinese as document titles do, marked as Chinese for screen readers
        assertTrue(officerRounds.contains("<span class=\"checklist-title\" lang=\"zh-CN\">个人保密自查表</span>"
                + "<span class=\"checklist-version\">（第 "), officerRounds.body());
    }

    private PortalClient browser() {
        return new PortalClient(portalAddress(request));
    }

    private Rows.DepartmentCompletion completion(InspectionRound round, String department) {
        return inspections.rounds().stream().filter(r -> r.id() == round.getId()).findFirst().orElseThrow()
                .departments().stream().filter(d -> d.code().equals(department)).findFirst().orElseThrow();
    }
}
