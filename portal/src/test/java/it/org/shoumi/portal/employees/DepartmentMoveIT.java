package it.org.shoumi.portal.employees;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.boundary.ChangeOutcome;
import org.shoumi.portal.employees.boundary.ChangeRefusedException;
import org.shoumi.portal.employees.boundary.ChangeRefusedException.Reason;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.boundary.HistoryRow;
import org.shoumi.portal.employees.boundary.PersonnelHistory;
import org.shoumi.portal.employees.boundary.Roster;
import org.shoumi.portal.employees.entity.ChangeSource;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;

/**
 * 部门调整 on a started server, with departments and people of its own: several people moved at once keep post and
 * class, each with a history entry and an evidence entry; a move that cannot be made whole stores nothing; the page
 * lists the department's people and moves the ones ticked.
 */
class DepartmentMoveIT extends FromInside {

    private static final String PASSWORD = "Tide-Lamp-739";
    private static final String GROUNDS = "机构调整，院办〔2026〕12号";

    @Inject
    TestData data;

    @Inject
    Roster roster;

    @Inject
    Employees employees;

    @Inject
    PersonnelHistory history;

    @Inject
    EvidenceLog evidence;

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    private String id;
    private String from;
    private String to;

    /** Department X: two in post (one core), one being onboarded, one who left; department Y: one person. */
    @BeforeEach
    void twoDepartments() {
        id = Long.toString(System.nanoTime(), 36).toUpperCase();
        Department x = new Department("MX" + id, "调整前部门" + id, "Before " + id);
        Department y = new Department("MY" + id, "调整后部门" + id, "After " + id);
        Post post = new Post("MP" + id, "调整岗位", null);
        LocalDate hired = LocalDate.of(2022, 5, 1);
        data.persist(x, y, post,
                new Employee("X1" + id, "调一", x, post, SecrecyClass.CORE, EmployeeStatus.ACTIVE, hired),
                new Employee("X2" + id, "调二", x, post, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, hired),
                new Employee("X3" + id, "调三", x, post, SecrecyClass.NONE, EmployeeStatus.ONBOARDING, hired),
                new Employee("X4" + id, "调四", x, post, SecrecyClass.GENERAL, EmployeeStatus.LEFT_UNIT, hired),
                new Employee("Y1" + id, "乙一", y, post, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, hired));
        from = x.getCode();
        to = y.getCode();
    }

    private Reason refusal(List<String> who, String department, String reason) {
        return assertThrows(ChangeRefusedException.class, () -> roster.changeMany(null, who, department, null, null, reason,
                "hr")).reason();
    }

    private String departmentOf(String no) {
        return employees.byNumber(no).map(EmployeeRow::getDepartmentCode).orElseThrow();
    }

    @Test
    void severalPeopleMoveAtOnceKeepingPostAndClassEachWithHistoryAndEvidence() {
        assertEquals(List.of("X1" + id, "X2" + id, "X3" + id), employees.stayingIn(from).stream()
                .map(EmployeeRow::getEmployeeNo).toList(), "whoever has not left the unit");

        List<ChangeOutcome> moved = roster.changeMany(null, List.of("X1" + id, " X3" + id + " ", "Y1" + id), to, null, null,
                GROUNDS, "hr");
        assertEquals(List.of("X1" + id, "X3" + id, "Y1" + id), moved.stream().map(ChangeOutcome::employeeNo).toList());
        assertEquals(List.of(true, true, false), moved.stream().map(ChangeOutcome::changed).toList(),
                "Y1 was there already");
        EmployeeRow x1 = employees.byNumber("X1" + id).orElseThrow();
        assertEquals(to, x1.getDepartmentCode());
        assertEquals(SecrecyClass.CORE, x1.getSecrecyClass(), "class kept");
        assertEquals("MP" + id, x1.getPostCode(), "post kept");
        assertEquals(EmployeeStatus.ONBOARDING, employees.byNumber("X3" + id).orElseThrow().getStatus());
        assertEquals(from, departmentOf("X2" + id), "not chosen, not moved");

        HistoryRow entry = history.of("X1" + id).stream().filter(h -> h.getSource() == ChangeSource.BULK)
                .findFirst().orElseThrow();
        assertEquals(GROUNDS, entry.getReason());
        assertEquals("hr", entry.getChangedBy());
        assertEquals(from, entry.getOldDepartment().code());
        assertEquals(to, entry.getNewDepartment().code());
        assertTrue(entry.isDepartmentChanged() && !entry.isPostChanged() && !entry.isClassChanged());
        List<Long> changes = data.inTransaction(em -> em.createQuery("select c.id from PersonnelChange c "
                + "where c.employee.employeeNo in :nos and c.source = :s", Long.class)
                .setParameter("nos", Set.of("X1" + id, "X3" + id)).setParameter("s", ChangeSource.BULK)
                .getResultList());
        assertEquals(2, changes.size());
        long logged = data.inTransaction(em -> em.createQuery("select count(e) from EvidenceEntry e "
                + "where e.kind = :k and e.recordId in :ids", Long.class).setParameter("k", EvidenceKind.PERSONNEL_CHANGE)
                .setParameter("ids", changes).getSingleResult());
        assertEquals(2, logged, "each move is in the evidence chain");
        assertTrue(evidence.verify().problems().stream().noneMatch(p -> p.recordKind() == EvidenceKind.PERSONNEL_CHANGE
                && changes.contains(p.recordId())));
    }

    @Test
    void aMoveThatCannotBeMadeWholeStoresNothing() {
        assertEquals(Reason.NOBODY_CHOSEN, refusal(List.of(), to, GROUNDS));
        assertEquals(Reason.NOBODY_CHOSEN, refusal(List.of(" "), to, GROUNDS));
        assertEquals(Reason.REASON_REQUIRED, refusal(List.of("X1" + id), to, "  "));
        // grounds that say nothing are no grounds: kept for good in each entry and as a departure's reason (ex-s37f 3)
        assertEquals(Reason.REASON_REQUIRED, refusal(List.of("X1" + id), to, "-"));
        assertEquals(Reason.REASON_REQUIRED, refusal(List.of("X1" + id), to, "无"));
        assertEquals(Reason.REASON_TOO_LONG, refusal(List.of("X1" + id), to, "调".repeat(201)));
        assertEquals(Reason.UNKNOWN_DEPARTMENT, refusal(List.of("X1" + id), "NO-SUCH-" + id, GROUNDS));
        assertEquals(Reason.UNKNOWN_EMPLOYEE, refusal(List.of("X1" + id, "NOBODY" + id), to, GROUNDS));
        assertEquals(Reason.HAS_LEFT_UNIT, refusal(List.of("X1" + id, "X4" + id), to, GROUNDS));
        // chosen from X's list, but Y1 is in Y (moved out after the list was shown): not changed on X's grounds
        ChangeRefusedException stale = assertThrows(ChangeRefusedException.class, () -> roster.changeMany(from,
                List.of("X1" + id, "Y1" + id), to, null, null, GROUNDS, "hr"));
        assertEquals(Reason.NOT_IN_DEPARTMENT, stale.reason());
        assertEquals("Y1" + id, stale.employeeNo());
        assertEquals(from, departmentOf("X1" + id), "nobody was moved");
        assertTrue(history.of("X1" + id).stream().noneMatch(h -> h.getSource() == ChangeSource.BULK));
    }

    @Test
    void aClassChangedForSeveralFollowsTheOnePersonRulesAndOnePersonRefusedRefusesAll() {
        // X3 (非涉密, being onboarded) into 一般: onboarding; X2 is 一般 already: no change
        List<ChangeOutcome> raised = roster.changeMany(null, List.of("X2" + id, "X3" + id), null, null, SecrecyClass.GENERAL,
                GROUNDS, "hr");
        assertEquals(List.of(false, true), raised.stream().map(ChangeOutcome::changed).toList());
        assertTrue(raised.get(1).programme() != null, "X3 is given onboarding: " + raised.get(1));
        assertEquals(SecrecyClass.GENERAL, employees.byNumber("X3" + id).orElseThrow().getSecrecyClass());

        // X2 (一般, in post) lowered to 非涉密: a departure instead, the class kept until it is approved
        ChangeOutcome lowered = roster.changeMany(null, List.of("X2" + id), null, null, SecrecyClass.NONE, GROUNDS, "hr")
                .get(0);
        assertTrue(lowered.departureOpened(), lowered.toString());
        assertEquals(SecrecyClass.GENERAL, employees.byNumber("X2" + id).orElseThrow().getSecrecyClass());

        // X1 would be lowered too, but X2 already has a departure open: refused, naming X2, and X1 keeps nothing
        ChangeRefusedException refused = assertThrows(ChangeRefusedException.class, () -> roster.changeMany(null,
                List.of("X1" + id, "X2" + id), null, null, SecrecyClass.NONE, GROUNDS, "hr"));
        assertEquals(Reason.DEPARTURE_OPEN, refused.reason());
        assertEquals("X2" + id, refused.employeeNo());
        long departuresOfX1 = data.inTransaction(em -> em.createQuery("select count(d) from Departure d "
                + "where d.employee.employeeNo = :no", Long.class).setParameter("no", "X1" + id).getSingleResult());
        assertEquals(0, departuresOfX1, "X1's departure went with the refusal");
        assertEquals(Reason.NOTHING_TO_CHANGE, assertThrows(ChangeRefusedException.class, () -> roster.changeMany(null,
                List.of("X1" + id), null, null, null, GROUNDS, "hr")).reason());
    }

    /**
     * Found by an outside check: 批量调整 refused for an open hand-over showed the message's bare placeholders ("由 {0}
     * 岗位转至 {1} 岗位，{4} 开启"), the refusal having lost what it names. It names the posts and the day, as the
     * one-person form does.
     */
    @Test
    void aSecondChangeOfPostDuringTheHandOverIsRefusedNamingItsPostsAndDay() throws Exception {
        Post second = new Post("MQ" + id, "第二岗位" + id, "Second post " + id);
        Post third = new Post("MR" + id, "第三岗位" + id, "Third post " + id);
        data.persist(second, third);
        ChangeOutcome moved = roster.changeMany(null, List.of("X1" + id), null, second.getCode(), null, GROUNDS, "hr")
                .get(0);
        assertEquals("TRANSFER", moved.programme(), "a change of post in post opens the hand-over: " + moved);
        String today = roster.today().toString();

        ChangeRefusedException refused = assertThrows(ChangeRefusedException.class, () -> roster.changeMany(null,
                List.of("X1" + id, "X2" + id), null, third.getCode(), null, GROUNDS, "hr"));
        assertEquals(Reason.HANDOVER_OPEN_MOVE, refused.reason());
        assertEquals("X1" + id, refused.employeeNo());
        assertTrue(refused.details().contains("调整岗位") && refused.details().contains("第二岗位" + id)
                && refused.details().contains(today), refused.details().toString());
        assertEquals("MP" + id, employees.byNumber("X2" + id).orElseThrow().getPostCode(), "nobody was changed");

        String hr = Deployments.uniqueName("mvhr");
        Employee person = data.inTransaction(em -> em.createQuery("select e from Employee e where e.employeeNo = :n",
                Employee.class).setParameter("n", "Y1" + id).getSingleResult());
        accounts.create(hr, PASSWORD.toCharArray(), Set.of(Role.HR, Role.EMPLOYEE), person);
        PortalClient client = new PortalClient(portalAddress(request));
        client.login(hr, PASSWORD);
        Page page = client.get("employees/move.xhtml?from=" + from);
        String answer = client.submit(page, "move", "move:submit", Map.of("move:people", "X1" + id,
                "move:post", third.getCode(), "move:reason", GROUNDS)).visible();
        assertTrue(answer.contains("工号 X1" + id) && answer.contains("由 调整岗位 岗位转至 第二岗位" + id + " 岗位，" + today
                + " 开启"), answer);
        assertFalse(answer.contains("{0}") || answer.contains("{4}"), answer);
        assertEquals("MQ" + id, employees.byNumber("X1" + id).orElseThrow().getPostCode());
    }

    @Test
    void hrTicksPeopleOnThePageAndMovesThem() throws Exception {
        String hr = Deployments.uniqueName("mvhr");
        Employee person = data.inTransaction(em -> em.createQuery("select e from Employee e where e.employeeNo = :n",
                Employee.class).setParameter("n", "Y1" + id).getSingleResult());
        accounts.create(hr, PASSWORD.toCharArray(), Set.of(Role.HR, Role.EMPLOYEE), person);
        PortalClient client = new PortalClient(portalAddress(request));
        client.login(hr, PASSWORD);
        Page page = client.get("employees/move.xhtml?from=" + from);
        assertEquals(200, page.status());
        assertTrue(page.contains("X1" + id) && page.contains("调一") && page.contains("X3" + id), page.body());
        assertFalse(page.contains("X4" + id), "who left the unit is not offered");

        Page nothing = client.submit(page, "move", "move:submit", Map.of("move:people", "X2" + id,
                "move:reason", GROUNDS));
        assertTrue(nothing.contains("请至少选择一项要调整的内容"), nothing.body());
        // a browser posts the empty grounds field
        Page noGrounds = client.submit(page, "move", "move:submit", Map.of("move:people", "X2" + id, "move:to", to,
                "move:reason", ""));
        assertTrue(noGrounds.contains("调整依据：请写明"), noGrounds.body());
        assertEquals(from, departmentOf("X2" + id));
        // "-" says nothing: refused naming the field, nothing saved, the form keeps what was typed (ex-s37f 3)
        Page dash = client.submit(page, "move", "move:submit", Map.of("move:people", "X2" + id, "move:to", to,
                "move:reason", "-"));
        assertTrue(dash.contains("调整依据：请写明") && dash.contains("只填“-”“无”“同意”或“ok”不算"), dash.body());
        assertTrue(dash.body().matches("(?s).*<textarea[^>]*name=\"move:reason\"[^>]*>-</textarea>.*"), dash.body());
        assertEquals(from, departmentOf("X2" + id));
        assertTrue(history.of("X2" + id).stream().noneMatch(h -> h.getSource() == ChangeSource.BULK));

        Page done = client.submit(page, "move", "move:submit", Map.of("move:people", "X2" + id, "move:to", to,
                "move:reason", GROUNDS));
        assertTrue(done.contains("已调整 1 人（0 人无需调整）；开启培训 0 人，开启离岗手续 0 人，降低涉密类别（仍在岗）0 人"
                + "（批准后才调整）。"), done.body());
        assertEquals(to, departmentOf("X2" + id));
        assertFalse(done.contains("X2" + id), "the list shows who is left in the department");
        assertTrue(client.get("employees/list.xhtml").contains("move-link"), "the roster links to the page");

        // X1 (核心) lowered to 一般: a lowering in post, not a 离岗, and nobody changed yet (ex-s37f 4)
        Page lowered = client.submit(page, "move", "move:submit", Map.of("move:people", "X1" + id,
                "move:secrecyClass", "GENERAL", "move:reason", GROUNDS));
        assertTrue(lowered.contains("已调整 0 人（0 人无需调整）；开启培训 0 人，开启离岗手续 0 人，降低涉密类别（仍在岗）1 人"
                + "（批准后才调整）。"), lowered.body());
        assertEquals(SecrecyClass.CORE, employees.byNumber("X1" + id).orElseThrow().getSecrecyClass());
    }
}
