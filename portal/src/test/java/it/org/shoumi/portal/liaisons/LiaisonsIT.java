package it.org.shoumi.portal.liaisons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.TestData;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.shoumi.portal.departures.boundary.Departures;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.employees.boundary.Roster;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.liaisons.boundary.LiaisonRecordSection;
import org.shoumi.portal.liaisons.boundary.LiaisonRefusedException;
import org.shoumi.portal.liaisons.boundary.LiaisonRefusedException.Reason;
import org.shoumi.portal.liaisons.boundary.LiaisonRows;
import org.shoumi.portal.liaisons.boundary.Liaisons;
import org.shoumi.portal.liaisons.control.LiaisonRules.Cover;
import org.shoumi.portal.liaisons.control.LiaisonRules.Standing;
import org.shoumi.portal.liaisons.entity.LiaisonEntryKind;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.shared.RecordSection;

/**
 * The register of part-time secrecy liaisons on a started server, with this test's own departments and people: a
 * vacant department covered by an appointment (the person told, the entry in the evidence log), a liaison who moves
 * or leaves showing the department as to be replaced, an appointment ended and its history kept, bad input refused
 * with nothing stored, and the page: the officer appoints, the auditor only reads.
 */
class LiaisonsIT extends FromInside {

    private static final String PASSWORD = "Liaison-Register-2026";

    @Inject
    Liaisons liaisons;

    @Inject
    Accounts accounts;

    @Inject
    Roster roster;

    @Inject
    EvidenceLog evidence;

    @Inject
    LiaisonRecordSection section;

    @Inject
    TestData data;

    @Inject
    HttpServletRequest request;

    @Inject
    Departures departures;

    private String department;
    private String other;
    private String first;
    private String second;
    private String outsider;

    @BeforeEach
    void departmentsWithPeople() {
        String tail = TestData.uniqueTail();
        department = "LD_" + tail;
        other = "LO_" + tail;
        Department d = new Department(department, "联络测试部门" + tail, "Liaison test " + tail);
        Department o = new Department(other, "另一联络部门" + tail, null);
        data.persist(d, o);
        first = person("L" + tail + "-1", d);
        second = person("L" + tail + "-2", d);
        outsider = person("L" + tail + "-3", o);
    }

    private String person(String no, Department in) {
        data.persist(new Employee(no, "联" + no.substring(no.length() - 1), in, data.anyPost(), SecrecyClass.GENERAL,
                EmployeeStatus.ACTIVE, LocalDate.now().minusYears(2)));
        Employee stored = employee(no);
        data.inTransaction(em -> accounts.create(no.toLowerCase(Locale.ROOT), PASSWORD.toCharArray(),
                Set.of(Role.EMPLOYEE), stored));
        return no;
    }

    private Employee employee(String no) {
        return data.inTransaction(em -> em.createNamedQuery(Employee.BY_NUMBER, Employee.class)
                .setParameter("employeeNo", no).getSingleResult());
    }

    private LiaisonRows.DepartmentCover cover(String code) {
        return liaisons.covers().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private long entries() {
        return data.inTransaction(em -> em.createQuery("select count(l) from LiaisonEntry l where l.department.code "
                + "in :d", Long.class).setParameter("d", List.of(department, other)).getSingleResult());
    }

    /** The demo officer's notices that a liaison moved away. */
    private long movedNotices() {
        return data.<Long>inTransaction(em -> em.createQuery("select count(n) from Notification n "
                + "where n.recipient = 'officer' and n.messageKey = 'liaisons.notice.moved'", Long.class)
                .getSingleResult());
    }

    private static Reason refusal(Executable step) {
        return assertThrows(LiaisonRefusedException.class, step).reason();
    }

    @Test
    void aDepartmentIsCoveredThenToBeReplacedWhenItsLiaisonMovesAndTheHistoryStays() throws Exception {
        LocalDate today = liaisons.today();
        assertEquals(Cover.VACANT, cover(department).cover());
        long appointment = liaisons.appoint(department, first, today.minusMonths(6), "办〔2026〕7号", "officer");
        LiaisonRows.DepartmentCover covered = cover(department);
        assertEquals(Cover.COVERED, covered.cover());
        assertEquals(List.of(first), covered.liaisons().stream().map(LiaisonRows.Serving::employeeNo).toList());
        assertEquals(Long.valueOf(1), data.<Long>inTransaction(em -> em.createQuery("select count(n) from Notification n "
                + "where n.recipient = :r and n.messageKey = 'liaisons.notice.appointed'", Long.class)
                .setParameter("r", first.toLowerCase(Locale.ROOT)).getSingleResult()), "the person is told");
        assertEquals(Long.valueOf(1), data.<Long>inTransaction(em -> em.createQuery("select count(e) from EvidenceEntry e "
                + "where e.kind = :k and e.recordId = :id", Long.class).setParameter("k", EvidenceKind.LIAISON_ENTRY)
                .setParameter("id", appointment).getSingleResult()), "the appointment is in the evidence log");

        // the liaison moves to another department: the department needs a replacement at once, and the office is told
        long toldBefore = movedNotices();
        roster.change(first, other, employee(first).getPost().getCode(), SecrecyClass.GENERAL, "调到另一部门", "hr");
        assertEquals(toldBefore + 1, movedNotices(), "the demo officer is told under the bell");
        roster.change(first, other, employee(first).getPost().getCode(), SecrecyClass.IMPORTANT, "定为重要", "hr");
        assertEquals(toldBefore + 1, movedNotices(), "a later change of someone no longer serving tells nobody");
        LiaisonRows.DepartmentCover stale = cover(department);
        assertEquals(Cover.NEEDS_REPLACEMENT, stale.cover());
        assertEquals(Standing.MOVED, stale.liaisons().get(0).standing());
        // the register gives the day of the move, as the file does (a left item of an earlier check)
        assertEquals(today, stale.liaisons().get(0).awaySince());
        PortalClient officer = new PortalClient(portalAddress(request));
        officer.login("officer", "Shoumi@2026");
        PortalClient.Page register = officer.get("liaisons/manage.xhtml");
        // (the page's text as read: each element's text set apart by a space)
        assertTrue(register.visible().replaceAll("\\s+", "").contains("已调到其他部门，需增补（自" + today + "起）"),
                register.visible());
        // the secrecy file says so too, with the day of the move (it read only "起任…兼职保密员"; outside check)
        ResourceBundle zhFile = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        String served = section.of(first, zhFile, ZoneId.of("Asia/Shanghai")).lines().get(0);
        assertTrue(served.contains("起任联络测试部门") && served.endsWith("；已调到其他部门（" + today + "），需增补"), served);

        liaisons.appoint(department, second, today, null, "officer");
        assertEquals(Cover.COVERED, cover(department).cover(), "a replacement covers it again");
        liaisons.end(appointment, today, "调到另一部门", null, "officer");
        assertEquals(List.of(second), cover(department).liaisons().stream().map(LiaisonRows.Serving::employeeNo)
                .toList(), "the ended appointment is no longer current");
        assertEquals(Reason.NOT_CURRENT, refusal(() -> liaisons.end(appointment, today, "再次", null, "officer")));

        List<LiaisonRows.Entry> history = liaisons.of(first);
        assertEquals(List.of(LiaisonEntryKind.APPOINTED, LiaisonEntryKind.ENDED),
                history.stream().map(LiaisonRows.Entry::kind).toList(), "appointment and end both kept");
        assertEquals("调到另一部门", history.get(1).reason());
        assertTrue(history.get(0).department("en").startsWith("Liaison test "), "in English, the English name");
        assertTrue(history.get(0).department("zh").startsWith("联络测试部门"));
        assertTrue(evidence.verify().intact(), () -> "chain intact: " + evidence.verify().first());

        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        RecordSection.FileSection file = section.of(first, zh, ZoneId.of("Asia/Shanghai"));
        assertEquals(2, file.lines().size());
        assertFalse(file.lines().get(0).contains("已调到其他部门"), "an ended appointment needs no note: " + file.lines());
        assertTrue(file.lines().get(0).contains("起任联络测试部门") && file.lines().get(0).contains("办〔2026〕7号"),
                file.lines().get(0));
        // the entry's number, who recorded it and when, as the workbook says (the file did not; outside check)
        assertTrue(file.lines().get(0).contains("（编号 " + history.get(0).id() + "，登记：黄海涛，"), file.lines().get(0));
        assertTrue(file.lines().get(1).contains("（编号 " + history.get(1).id() + "，登记：黄海涛，"), file.lines().get(1));
        assertTrue(section.sheet(zh, ZoneId.of("Asia/Shanghai")).rows().stream()
                .anyMatch(r -> r.contains(second) && r.get(0).equals("任职")));
    }

    @Test
    void aLiaisonWhoLeavesTheUnitLeavesTheDepartmentToBeReplaced() {
        liaisons.appoint(department, first, liaisons.today(), null, "officer");
        data.inTransaction(em -> {
            em.createQuery("update Employee e set e.status = :s where e.employeeNo = :no")
                    .setParameter("s", EmployeeStatus.LEFT_UNIT).setParameter("no", first).executeUpdate();
            return null;
        });
        assertEquals(Cover.NEEDS_REPLACEMENT, cover(department).cover());
        assertEquals(Standing.LEFT_UNIT, cover(department).liaisons().get(0).standing());
        assertEquals(Reason.PERSON_GONE, refusal(() -> liaisons.appoint(department, first, liaisons.today(), null,
                "officer")), "no one who left is appointed");
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        LocalDate today = liaisons.today();
        assertEquals(Reason.DEPARTMENT_MISSING, refusal(() -> liaisons.appoint(" ", first, today, null, "officer")));
        assertEquals(Reason.UNKNOWN_DEPARTMENT, refusal(() -> liaisons.appoint("NO_SUCH", first, today, null,
                "officer")));
        assertEquals(Reason.PERSON_MISSING, refusal(() -> liaisons.appoint(department, null, today, null, "officer")));
        assertEquals(Reason.UNKNOWN_PERSON, refusal(() -> liaisons.appoint(department, "NOBODY-1", today, null,
                "officer")));
        assertEquals(Reason.NOT_IN_DEPARTMENT, refusal(() -> liaisons.appoint(department, outsider, today, null,
                "officer")), "a liaison is one of the department's own people");
        assertEquals(Reason.DAY_MISSING, refusal(() -> liaisons.appoint(department, first, null, null, "officer")));
        assertEquals(Reason.DAY_IN_FUTURE, refusal(() -> liaisons.appoint(department, first, today.plusDays(1), null,
                "officer")));
        assertEquals(Reason.REFERENCE_TOO_LONG, refusal(() -> liaisons.appoint(department, first, today,
                "号".repeat(101), "officer")));
        // found by an outside check: the officer appointed himself; another officer enters one's own appointment
        assertEquals(Reason.OWN_RECORD, refusal(() -> liaisons.appoint(department, first, today, null,
                first.toLowerCase(Locale.ROOT))));
        assertEquals(0, entries(), "nothing stored");

        long appointment = liaisons.appoint(department, first, today.minusDays(10), null, "officer");
        assertEquals(Reason.ALREADY_SERVING, refusal(() -> liaisons.appoint(department, first, today, null,
                "officer")));
        assertEquals(Reason.ENDS_BEFORE_START, refusal(() -> liaisons.end(appointment, today.minusDays(11), "理由",
                null, "officer")));
        // found by an outside check: a future 离任日期 was answered "日期：不能晚于今天", naming no field
        assertEquals(Reason.END_DAY_IN_FUTURE, refusal(() -> liaisons.end(appointment, today.plusDays(1), "理由",
                null, "officer")));
        assertEquals(Reason.END_DAY_MISSING, refusal(() -> liaisons.end(appointment, null, "理由", null,
                "officer")));
        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        assertEquals("离任日期：不能晚于今天。", zh.getString("liaisons.refused.END_DAY_IN_FUTURE"));
        assertTrue(zh.getString("liaisons.refused.DAY_IN_FUTURE").startsWith("任职日期："));
        assertEquals(Reason.REASON_MISSING, refusal(() -> liaisons.end(appointment, today, " ", null, "officer")));
        // found by an outside check (ex-s36h 2): "-" was kept for good in the register as the reason of an end
        for (String saysNothing : new String[] {"-", "无无", "ＯＫ", "同意"}) {
            assertEquals(Reason.REASON_MISSING, refusal(() -> liaisons.end(appointment, today, saysNothing, null,
                    "officer")), saysNothing);
        }
        assertTrue(zh.getString("liaisons.refused.REASON_MISSING").startsWith("离任理由："));
        assertEquals(Reason.REASON_TOO_LONG, refusal(() -> liaisons.end(appointment, today, "由".repeat(201), null,
                "officer")));
        assertEquals(Reason.NOT_CURRENT, refusal(() -> liaisons.end(999_999_999L, today, "理由", null, "officer")));
        assertEquals(Reason.OWN_RECORD, refusal(() -> liaisons.end(appointment, today, "理由", null,
                first.toLowerCase(Locale.ROOT))), "nor ends it");
        assertEquals(1, entries(), "only the appointment");
    }

    @Test
    void theOfficerAppointsOnThePageAndTheAuditorOnlyReads() throws Exception {
        URI base = portalAddress(request);
        PortalClient auditor = new PortalClient(base);
        auditor.login("auditor", "Shoumi@2026");
        PortalClient.Page read = auditor.get("liaisons/manage.xhtml");
        assertEquals(200, read.status());
        assertTrue(read.contains("联络测试部门") && !read.contains("id=\"appoint\""), "the auditor reads only");

        PortalClient officer = new PortalClient(base);
        officer.login("officer", "Shoumi@2026");
        PortalClient.Page page = officer.get("liaisons/manage.xhtml");
        PortalClient.Page wrong = officer.submit(page, "appoint", "appoint:submit", Map.of("appoint:department",
                department, "appoint:employeeNo", outsider, "appoint:appointedOn_input", liaisons.today().toString()));
        assertTrue(wrong.contains("此人不在该部门"), wrong.body());
        PortalClient.Page done = officer.submit(wrong, "appoint", "appoint:submit", Map.of("appoint:department",
                department, "appoint:employeeNo", first, "appoint:appointedOn_input", liaisons.today().toString(),
                "appoint:reference", "办〔2026〕9号"));
        assertTrue(done.contains("任职已登记") && done.contains("办〔2026〕9号"), done.body());
        assertEquals(Cover.COVERED, cover(department).cover());
        // the register shows each entry's number and which appointment an end closed, as the workbook's sheet does
        // (its "编号 4（2025-12-06 起任）" was found nowhere on the page; outside check)
        long appointed = liaisons.of(first).get(0).id();
        assertTrue(done.contains("<span class=\"history-id\">" + appointed + "</span>"), done.body());
        liaisons.end(cover(department).liaisons().get(0).appointmentId(), liaisons.today(), "岗位调整", null, "officer");
        PortalClient.Page ended = officer.get("liaisons/manage.xhtml");
        assertTrue(ended.contains("编号 " + appointed + "（" + liaisons.today() + " 起任）"), ended.body());
        // found by an outside check: once its liaison's appointment ended, the department read 未配备 (as one never
        // given a liaison); it needs a successor, and the page says whose appointment ended when
        assertEquals(Cover.NEEDS_REPLACEMENT, cover(department).cover());
        String after = ended.visible().substring(ended.visible().indexOf(cover(department).name("zh")));
        String cell = after.substring(0, Math.min(after.length(), 40)); // the department's row: name, cover
        assertTrue(cell.contains("需增补") && !cell.contains("未配备"), cell);
        assertTrue(ended.visible().contains(employee(first).getName() + "（" + first + "）已于 " + liaisons.today()
                + " 离任，需增补"), ended.visible());
    }

    /**
     * Found by an outside check: an appointment back-dated before the end of the person's earlier appointment (the
     * register read 任职 12-06, 离任 12-06, 任职 11-01) or before they joined the department (moved in today, appointed
     * as of 2025) was accepted. Refused, naming the earliest day; the workbook says which appointment an end closed.
     */
    @Test
    void anAppointmentIsNotDatedBeforeTheEndOfAnEarlierOneNorBeforeJoiningTheDepartment() throws Exception {
        LocalDate today = liaisons.today();
        long appointment = liaisons.appoint(department, first, today, null, "officer");
        liaisons.end(appointment, today, "换届", null, "officer");
        LiaisonRefusedException refused = assertThrows(LiaisonRefusedException.class,
                () -> liaisons.appoint(department, first, today.minusDays(35), null, "officer"));
        assertEquals(Reason.BEFORE_EARLIER_END, refused.reason());
        assertEquals(today, refused.day(), "the earliest day allowed");

        PortalClient officer = new PortalClient(portalAddress(request));
        officer.login("officer", "Shoumi@2026");
        PortalClient.Page page = officer.get("liaisons/manage.xhtml");
        PortalClient.Page wrong = officer.submit(page, "appoint", "appoint:submit", Map.of("appoint:department",
                department, "appoint:employeeNo", first, "appoint:appointedOn_input", today.minusDays(35).toString()));
        assertTrue(wrong.contains("新的任职不能早于 " + today), wrong.body());
        assertEquals(2, entries(), "nothing stored");
        liaisons.appoint(department, first, today, null, "officer");

        // moved in today: not the other department's liaison as of last year
        roster.change(second, other, employee(second).getPost().getCode(), SecrecyClass.GENERAL, "调入", "hr");
        LiaisonRefusedException before = assertThrows(LiaisonRefusedException.class,
                () -> liaisons.appoint(other, second, today.minusYears(1), null, "officer"));
        assertEquals(Reason.BEFORE_JOINING, before.reason());
        assertEquals(today, before.day());
        liaisons.appoint(other, second, today, null, "officer");

        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        assertTrue(section.sheet(zh, ZoneId.of("Asia/Shanghai")).rows().stream().anyMatch(r -> r.get(0).equals("离任")
                && r.contains(first) && r.contains("编号 " + appointment + "（" + today + " 起任）")),
                "the end names the appointment it closed");
    }

    private long notices(String recipient, String key) {
        return data.<Long>inTransaction(em -> em.createQuery("select count(n) from Notification n "
                + "where n.recipient = :r and n.messageKey = :k", Long.class).setParameter("r", recipient)
                .setParameter("k", key).getSingleResult());
    }

    /**
     * Found by an outside check: a liaison was not told that their appointment ended, and the officers were told to
     * appoint another liaison for a department that still had one serving.
     */
    @Test
    void theLiaisonIsToldOfTheEndAndTheOfficersToReplaceOnlyWhenNoneServes() {
        LocalDate today = liaisons.today();
        long appointment = liaisons.appoint(department, first, today, null, "officer");
        liaisons.appoint(department, second, today, null, "officer");
        long moved = movedNotices();
        long covered = notices("officer", "liaisons.notice.moved.covered");
        roster.change(first, other, employee(first).getPost().getCode(), SecrecyClass.GENERAL, "调到另一部门", "hr");
        assertEquals(moved, movedNotices(), "not told to appoint another: the department still has one");
        assertEquals(covered + 1, notices("officer", "liaisons.notice.moved.covered"));

        String login = first.toLowerCase(Locale.ROOT);
        assertEquals(0, notices(login, "liaisons.notice.ended"));
        liaisons.end(appointment, today, "调到另一部门", null, "officer");
        assertEquals(1, notices(login, "liaisons.notice.ended"), "the liaison is told the appointment ended");
    }

    /** Found by an outside check: " l…-2 " or a full-width staff number was refused as not a staff number. */
    @Test
    void aStaffNumberTypedInLowerCaseWithSpacesOrFullWidthIsAccepted() throws Exception {
        PortalClient officer = new PortalClient(portalAddress(request));
        officer.login("officer", "Shoumi@2026");
        PortalClient.Page page = officer.get("liaisons/manage.xhtml");
        PortalClient.Page done = officer.submit(page, "appoint", "appoint:submit", Map.of("appoint:department",
                department, "appoint:employeeNo", " " + first.toLowerCase(Locale.ROOT) + " ",
                "appoint:appointedOn_input", liaisons.today().toString()));
        assertTrue(done.contains("任职已登记"), done.body());
        StringBuilder wide = new StringBuilder();
        second.chars().forEach(c -> wide.append((char) (c + 0xFEE0)));
        PortalClient.Page again = officer.submit(done, "appoint", "appoint:submit", Map.of("appoint:department",
                department, "appoint:employeeNo", wide.toString(), "appoint:appointedOn_input",
                liaisons.today().toString()));
        assertTrue(again.contains("任职已登记"), again.body());
        assertEquals(List.of(first, second), cover(department).liaisons().stream()
                .map(LiaisonRows.Serving::employeeNo).toList());
    }

    /**
     * Found by an outside check (ex-s37e 2): a person whose 离岗 HR had opened, their carriers being taken back, was
     * appointed a department's liaison and the department read 已配备 until the approval. Leaving starts when HR opens
     * the 离岗 or 离职, as for topic pledges: the appointment is refused naming the open departure, nothing is stored,
     * the page keeps the input; once the departure is withdrawn (opened by mistake) the appointment goes through.
     */
    @Test
    void aPersonWhoseDepartureIsOpenIsNotAppointed() throws Exception {
        LocalDate today = liaisons.today();
        long leavingPost = departures.open(first, DepartureKind.LEAVE_POST, today.plusDays(14), "调任非涉密岗位", "hr");
        LiaisonRefusedException refused = assertThrows(LiaisonRefusedException.class,
                () -> liaisons.appoint(department, first, today, "办〔2026〕99号", "officer"));
        assertEquals(Reason.LEAVING_POST, refused.reason());
        assertEquals(List.of(String.valueOf(leavingPost), today.plusDays(14).toString()), refused.args(),
                "the message names the open departure");
        long leavingUnit = departures.open(second, DepartureKind.LEAVE_UNIT, today.plusDays(10), "辞职", "hr");
        assertEquals(Reason.LEAVING_UNIT, refusal(() -> liaisons.appoint(department, second, today, null, "officer")));
        assertEquals(0, entries(), "nothing stored");
        assertEquals(Cover.VACANT, cover(department).cover());

        PortalClient officer = new PortalClient(portalAddress(request));
        officer.login("officer", "Shoumi@2026");
        PortalClient.Page page = officer.get("liaisons/manage.xhtml");
        PortalClient.Page wrong = officer.submit(page, "appoint", "appoint:submit", Map.of("appoint:department",
                department, "appoint:employeeNo", first, "appoint:appointedOn_input", today.toString(),
                "appoint:reference", "办〔2026〕99号"));
        assertTrue(wrong.visible().contains("工号：此人正在办理离岗（离岗离职记录 " + leavingPost + "，计划最后工作日 "
                + today.plusDays(14) + "）"), wrong.visible());
        assertTrue(wrong.contains("办〔2026〕99号"), "the reference typed is kept");
        assertEquals(0, entries(), "nothing stored");

        departures.withdraw(leavingPost, "误开：此人留任原岗位", "hr");
        liaisons.appoint(department, first, today, "办〔2026〕99号", "officer");
        assertEquals(Cover.COVERED, cover(department).cover());
        departures.withdraw(leavingUnit, "误开：此人未辞职", "hr");
    }

    /**
     * Found by an outside re-check (ex-s37i 4): the office's liaison had her 离职 opened; the letters list said she was
     * handing over (正在办理离岗或离职，移交职责), but the register read 已配备 with no mark. The department still counts as
     * covered until the approval (she serves and hands over), and the register marks her and the department, with the
     * planned last day, so that a successor is arranged; a second liaison serving covers it plainly again, and a
     * withdrawn departure takes the mark away.
     */
    @Test
    void aServingLiaisonWhoseDepartureIsOpenIsMarkedAndTheDepartmentStillCovered() throws Exception {
        LocalDate today = liaisons.today();
        liaisons.appoint(department, first, today, null, "officer");
        long leaving = departures.open(first, DepartureKind.LEAVE_UNIT, today.plusDays(21), "个人原因辞职", "hr");

        LiaisonRows.DepartmentCover marked = cover(department);
        assertEquals(Cover.COVERED, marked.cover(), "covered until the approval");
        assertTrue(marked.isHandingOver(), "but handing over");
        LiaisonRows.Leaving mark = marked.liaisons().get(0).leaving();
        assertTrue(mark != null && mark.leavesUnit(), "the liaison is marked as leaving the unit");
        assertEquals(today.plusDays(21), mark.plannedLastDay());

        PortalClient officer = new PortalClient(portalAddress(request));
        officer.login("officer", "Shoumi@2026");
        String page = officer.get("liaisons/manage.xhtml").visible();
        assertTrue(page.contains("已配备（正在交接）"), page);
        assertTrue(page.contains("正在办理离职（计划最后工作日 " + today.plusDays(21) + "），需安排接任"), page);
        assertTrue(page.contains("个部门的兼职保密员正在办理离岗或离职：批准前仍算已配备"), page);
        // and so does the workbook's 兼职保密员 sheet, in a column of its own (it gave no mark; left by the last stop)
        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        List<List<String>> sheet = section.sheet(zh, ZoneId.of("Asia/Shanghai")).rows();
        assertTrue(sheet.stream().anyMatch(r -> r.get(0).equals("任职") && r.contains(first)
                && r.get(r.size() - 1).equals("在任 · 正在办理离职（计划最后工作日 " + today.plusDays(21) + "），需安排接任")),
                sheet.toString());

        liaisons.appoint(department, second, today, null, "officer");
        assertFalse(cover(department).isHandingOver(), "another liaison serves");
        departures.withdraw(leaving, "误开：此人未辞职", "hr");
        assertTrue(cover(department).liaisons().stream().allMatch(l -> l.leaving() == null), "the mark is gone");
    }
}
