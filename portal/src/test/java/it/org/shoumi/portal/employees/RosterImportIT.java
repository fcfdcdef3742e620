package it.org.shoumi.portal.employees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.AtOnce;
import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.TestData;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.campaigns.boundary.PlanItemDraft;
import org.shoumi.portal.campaigns.boundary.Plans;
import org.shoumi.portal.campaigns.entity.Audience;
import org.shoumi.portal.campaigns.entity.EducationPlan;
import org.shoumi.portal.cluster.entity.TrackedTask;
import org.shoumi.portal.employees.boundary.ChangeOutcome;
import org.shoumi.portal.employees.boundary.ChangeRefusedException;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.boundary.Roster;
import org.shoumi.portal.employees.boundary.RosterCheck;
import org.shoumi.portal.employees.boundary.RosterImportBusyException;
import org.shoumi.portal.employees.boundary.RosterImportJob;
import org.shoumi.portal.employees.boundary.RosterImportJobs;
import org.shoumi.portal.employees.boundary.RosterImportOutcome;
import org.shoumi.portal.employees.boundary.RosterImportRefusedException;
import org.shoumi.portal.employees.control.RosterColumn;
import org.shoumi.portal.employees.control.RosterProblem;
import org.shoumi.portal.employees.entity.ChangeSource;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.programmes.entity.ProgrammeKind;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;

/**
 * Roster import in the server: all or nothing, hires with onboarding, changes with the programme they call
 * for, a second import of the same file changing nothing; the import on the managed executor; a change of
 * post or class for one person.
 */
class RosterImportIT extends FromInside {

    private static final String HEADER = "工号,姓名,部门,岗位,涉密类别,入职日期,登录名\n";

    @Inject
    TestData data;

    @Inject
    Roster roster;

    @Inject
    RosterImportJobs jobs;

    @Inject
    Employees employees;

    @Inject
    Plans plans;

    @Inject
    Accounts accounts;

    @Inject
    org.shoumi.portal.security.boundary.AccountAdmin accountAdmin;

    @Inject
    HttpServletRequest request;

    private String id;
    private String dept;
    private String otherDept;
    private String postA;
    private String postB;

    /** A department, a second one and two posts of its own, with two people already on the roster. */
    @BeforeEach
    void unit() {
        id = Long.toString(System.nanoTime(), 36).toUpperCase();
        dept = "RD" + id;
        otherDept = "RE" + id;
        postA = "RA" + id;
        postB = "RB" + id;
        Department department = new Department(dept, "导入部门" + id, null);
        Department other = new Department(otherDept, "另一部门" + id, null);
        Post a = new Post(postA, "导入岗位甲" + id, null);
        Post b = new Post(postB, "导入岗位乙" + id, null);
        LocalDate d = LocalDate.of(2020, 5, 1);
        data.persist(department, other, a, b,
                new Employee(no(1), "老员工一", department, a, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, d),
                new Employee(no(2), "老员工二", department, a, SecrecyClass.NONE, EmployeeStatus.ACTIVE, d),
                new Employee(no(3), "老员工三", department, a, SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, d));
    }

    private String no(int n) {
        return "R" + id.substring(Math.max(0, id.length() - 10)) + "-" + n;
    }

    private static byte[] gbk(String body) {
        return (HEADER + body).getBytes(Charset.forName("GBK"));
    }

    private List<ProgrammeKind> programmesOf(String employeeNo) {
        return data.inTransaction(em -> em.createQuery(
                        "select a.kind from Assignment a where a.employee.employeeNo = :no order by a.id", ProgrammeKind.class)
                .setParameter("no", employeeNo).getResultList());
    }

    private String goodFile(String login) {
        return no(10) + ",新人甲,导入部门" + id + ",导入岗位甲" + id + ",核心,2026-11-02,\n"
                + no(11) + ",新人乙," + dept + "," + postB + ",非涉密,2026/11/3," + login + "\n"
                + no(1) + ",老员工一," + dept + "," + postB + ",一般,2020-05-01,\n"      // post changes: transfer
                + no(2) + ",老员工二," + otherDept + "," + postA + ",重要,2020-05-01,\n" // into a secret class: onboarding
                + no(3) + ",老员工三," + dept + "," + postA + ",重要,2020-05-01,\n";      // unchanged
    }

    @Test
    void aFileWithOneBadRowImportsNothing() {
        byte[] file = gbk(no(20) + ",新人丙," + dept + "," + postA + ",核心,2026-11-02,\n"
                + no(1) + ",老员工一," + dept + "," + postB + ",一般,2020-05-01,\n"
                + no(21) + ",新人丁,不存在的部门," + postA + ",一般,2026-11-02,\n");
        RosterCheck checked = roster.check("roster.csv", file);
        assertFalse(checked.isImportable());
        assertEquals(List.of(4), checked.getProblems().stream().map(RosterProblem::row).toList());
        assertEquals(RosterProblem.Kind.DEPARTMENT_UNKNOWN, checked.getProblems().get(0).kind());

        RosterImportRefusedException refused = assertThrows(RosterImportRefusedException.class,
                () -> roster.importFile("roster.csv", file, "hr", (done, total) -> { }));
        assertEquals(1, refused.problems().size());
        assertTrue(employees.byNumber(no(20)).isEmpty(), "no hire");
        assertEquals("RA" + id, employees.byNumber(no(1)).orElseThrow().getPostCode(), "no change");
        assertEquals(List.of(), programmesOf(no(1)));
    }

    /**
     * Found by an outside check: a file with a bad date and a staff number twice was refused with those alone; once
     * they were fixed, a second check named a 离岗 person's class lowered and a move of someone whose departure is
     * open, with a bare 涉密类别 or 部门 where the others read "F 入职日期". One check names them all, each at its
     * column's letter.
     */
    @Test
    void oneCheckListsEveryProblemOfEveryRowEachAtItsColumnLetter() {
        data.inTransaction(em -> {
            Department department = em.createQuery("select d from Department d where d.code = :c", Department.class)
                    .setParameter("c", dept).getSingleResult();
            Post a = em.createQuery("select p from Post p where p.code = :c", Post.class).setParameter("c", postA)
                    .getSingleResult();
            em.persist(new Employee(no(4), "离岗员工", department, a, SecrecyClass.IMPORTANT, EmployeeStatus.LEFT_POST,
                    LocalDate.of(2020, 5, 1)));
            return null;
        });
        roster.change(no(3), null, postB, SecrecyClass.NONE, "调离涉密岗位", "hr"); // a 离岗 departure is open
        RosterCheck checked = roster.check("roster.csv", gbk(
                no(4) + ",离岗员工," + dept + "," + postA + ",非涉密,2020-05-01,\n"        // 离岗 lowered
                + no(3) + ",老员工三," + otherDept + "," + postA + ",重要,2020-05-01,\n"  // moved, departure open
                + no(30) + ",新人甲," + dept + "," + postA + ",一般,2099-01-01,\n"        // hire date too late
                + no(31) + ",新人乙," + dept + "," + postA + ",一般,2026-02-30,\n"        // no such day
                + no(32) + ",新人丙," + dept + "," + postA + ",一般,2024-01-01,\n"
                + no(32).toLowerCase() + ",新人丙," + dept + "," + postA + ",一般,2024-01-01,\n")); // twice
        assertEquals(List.of(RosterProblem.Kind.CLASS_NOT_IN_POST, RosterProblem.Kind.DEPARTURE_OPEN_CHANGE,
                        RosterProblem.Kind.DATE_OUT_OF_RANGE, RosterProblem.Kind.DATE_INVALID,
                        RosterProblem.Kind.EMPLOYEE_NO_DUPLICATE),
                checked.getProblems().stream().map(RosterProblem::kind).toList(), checked.getProblems().toString());
        assertEquals(List.of("E 涉密类别", "C 部门", "F 入职日期", "F 入职日期", "A 工号"),
                checked.getProblems().stream().map(RosterProblem::where).toList());
        assertFalse(checked.isImportable());
    }

    /**
     * Found by an outside check: a known person's row with another hire date (SM019 with 2019-01-01) was counted
     * 不变 with no note that the file's date was not used. The file is still importable, the row still unchanged, and
     * the preview lists it saying that the hire date stays the roster's; importing keeps it.
     */
    @Test
    void anotherHireDateOfAKnownPersonIsKeptAndTheCheckSaysSo() throws Exception {
        byte[] file = gbk(no(3) + ",老员工三," + dept + "," + postA + ",重要,2019-01-01,\n");
        RosterCheck checked = roster.check("roster.csv", file);
        assertEquals(List.of(), checked.getProblems(), "not refused");
        assertTrue(checked.isImportable());
        assertEquals(1, checked.getUnchangedCount());
        assertEquals(1, checked.getChanges().size(), "listed in the preview");
        assertTrue(checked.getChanges().get(0).hireDateKept());
        assertEquals(LocalDate.of(2020, 5, 1), checked.getChanges().get(0).before().hireDate());
        RosterImportOutcome outcome = await(jobs.start("roster.csv", file, "hr")).outcome();
        assertEquals(1, outcome.unchanged());
        assertEquals(LocalDate.of(2020, 5, 1), employees.byNumber(no(3)).orElseThrow().getHireDate(), "kept");
    }

    @Test
    void aGoodFileHiresAndChangesOnTheExecutorAndAgainChangesNothing() throws Exception {
        String login = Deployments.uniqueName("imp");
        byte[] file = gbk(goodFile(login));
        RosterCheck checked = roster.check("roster.csv", file);
        assertEquals(List.of(), checked.getProblems());
        assertEquals(2, checked.getNewCount());
        assertEquals(2, checked.getChangedCount());
        assertEquals(1, checked.getUnchangedCount());
        assertEquals(3, checked.getProgrammeCount());

        RosterImportJob job = jobs.start("roster.csv", file, "hr");
        assertTrue(jobs.job(job.id(), "someone-else").isEmpty(), "only its owner sees a job");
        RosterImportJob finished = await(job);
        assertEquals(TrackedTask.State.DONE, finished.state());
        RosterImportOutcome outcome = finished.outcome();
        assertEquals(2, outcome.added());
        assertEquals(2, outcome.changed());
        assertEquals(1, outcome.unchanged());
        assertEquals(3, outcome.programmes().size());

        var core = employees.byNumber(no(10)).orElseThrow();
        assertEquals(EmployeeStatus.ONBOARDING, core.getStatus());
        assertEquals(LocalDate.of(2026, 11, 2), core.getHireDate());
        assertEquals(List.of(ProgrammeKind.ONBOARDING), programmesOf(no(10)));
        assertEquals(EmployeeStatus.ACTIVE, employees.byNumber(no(11)).orElseThrow().getStatus());
        assertEquals(List.of(), programmesOf(no(11)));
        assertEquals(postB, employees.byNumber(no(1)).orElseThrow().getPostCode());
        assertEquals(List.of(ProgrammeKind.TRANSFER), programmesOf(no(1)));
        assertEquals(otherDept, employees.byNumber(no(2)).orElseThrow().getDepartmentCode());
        assertEquals(List.of(ProgrammeKind.ONBOARDING), programmesOf(no(2)));
        // 非涉密 in post raised into a secret class: not in post until the onboarding is done (stayed 在岗; outside check)
        assertEquals(EmployeeStatus.ONBOARDING, employees.byNumber(no(2)).orElseThrow().getStatus());
        assertEquals(List.of(), programmesOf(no(3)));

        // the login opened by the import works with the first password shown once, as an employee who must change it
        assertEquals(1, outcome.logins().size());
        var opened = outcome.logins().get(0);
        assertEquals(login, opened.username());
        var loggedIn = accounts.authenticate(login, opened.password().toCharArray());
        assertTrue(loggedIn.succeeded(), loggedIn.toString());
        assertEquals(Set.of(Role.EMPLOYEE), loggedIn.roles());
        assertTrue(loggedIn.passwordChangeRequired(), "a first password must be changed at the first login");
        // and is in the record of login changes, by whom and with its first roles (it was in none; outside check)
        var record = accountAdmin.changes(login, 10);
        assertEquals(1, record.size(), record.toString());
        assertEquals("OPENED", record.get(0).getKind().name());
        assertEquals("hr", record.get(0).getBy());
        assertEquals("EMPLOYEE", record.get(0).getNewRoles());
        jobs.forget(job.id(), "hr");
        assertTrue(jobs.job(job.id(), "hr").isEmpty(), "the passwords are gone with the job");

        // the same file again: nothing to do
        RosterCheck again = roster.check("roster.csv", file);
        assertEquals(0, again.getNewCount());
        assertEquals(0, again.getChangedCount());
        assertEquals(5, again.getUnchangedCount());
        RosterImportOutcome second = roster.importFile("roster.csv", file, "hr", (done, total) -> { });
        assertEquals(0, second.added());
        assertEquals(0, second.changed());
        assertEquals(List.of(), second.programmes());
        assertEquals(List.of(), second.logins());
        assertEquals(List.of(ProgrammeKind.TRANSFER), programmesOf(no(1)));
        assertEquals(List.of(ProgrammeKind.ONBOARDING), programmesOf(no(10)));
    }

    /**
     * Outside check: an import of 400 rows with two-letter Latin names and three-letter logins failed at random,
     * "导入失败" and nothing stored, because a drawn first password held the login or the name (PASSWORD_WEAK). A draw
     * as it came broke such a name's rule about once in 70 rows, so this file failed nearly always; the first
     * passwords are now drawn by each login's rule and the import opens every login.
     */
    @Test
    void anImportOfShortNamesAndLoginsNeverFailsOnItsOwnFirstPasswords() throws Exception {
        String prefix = Deployments.uniqueName("fp").replace("-", "");
        StringBuilder body = new StringBuilder();
        int rows = 150;
        for (int i = 0; i < rows; i++) {
            body.append(no(3000 + i)).append(",Ab,").append(dept).append(',').append(postA)
                    .append(",非涉密,2026-12-01,").append(prefix).append(i).append('\n');
        }
        byte[] file = (HEADER + body).getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), roster.check("short.csv", file).getProblems());
        RosterImportOutcome outcome = roster.importFile("short.csv", file, "hr", (done, total) -> { });
        assertEquals(rows, outcome.added());
        assertEquals(rows, outcome.logins().size());
        for (var opened : outcome.logins()) {
            assertFalse(opened.password().toLowerCase(java.util.Locale.ROOT).contains("ab"), opened.password());
            assertFalse(opened.password().toLowerCase(java.util.Locale.ROOT).contains(opened.username()),
                    opened.password());
        }
        var first = outcome.logins().get(0);
        assertTrue(accounts.authenticate(first.username(), first.password().toCharArray()).succeeded());
    }

    @Test
    void twoThousandRowsImportOnTheExecutorWithinTheTransaction() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            body.append(no(1000 + i)).append(",批量").append(i).append(',').append(dept).append(',').append(postA)
                    .append(',').append(i % 2 == 0 ? "一般" : "非涉密").append(",2026-10-01,\n");
        }
        byte[] file = (HEADER + body).getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        RosterImportJob job = jobs.start("many.csv", file, "hr");
        int seen = -1;
        boolean sawProgress = false;
        while (job.running()) {
            int percent = job.percent();
            sawProgress |= percent > 0 && percent < 100;
            assertTrue(percent >= seen, "progress never goes back");
            seen = percent;
            Thread.sleep(50);
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.println("RosterImportIT: 2000 rows imported in " + seconds + " s");
        assertEquals(TrackedTask.State.DONE, job.state());
        assertEquals(2000, job.outcome().added());
        assertEquals(1000, job.outcome().programmes().size());
        assertEquals(100, job.percent());
        assertTrue(sawProgress, "the progress was visible while the import ran");
        assertEquals(List.of(ProgrammeKind.ONBOARDING), programmesOf(no(1000)));
    }

    /**
     * Found by an outside check (ex-s37f 1): a 5,000-row import with logins ran past its transaction timeout and
     * locked everyone out, as each login it opened read the whole roster to see who answers for a department (an
     * observer of the self-inspections) and Derby escalated the import's row locks to table locks. The observer skips
     * logins that cannot change that, and a login during an import with logins is answered (timed for the report).
     */
    @Test
    void anImportWithLoginsIsQuickAndLeavesLoginsOpen() throws Exception {
        int rows = 600;
        String prefix = Deployments.uniqueName("lk").replace("-", "");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            body.append(no(5000 + i)).append(",登录").append(i).append(',').append(dept).append(',').append(postA)
                    .append(',').append(i % 2 == 0 ? "一般" : "非涉密").append(",2026-10-01,").append(prefix).append(i)
                    .append('\n');
        }
        byte[] file = (HEADER + body).getBytes(StandardCharsets.UTF_8);
        String other = Deployments.uniqueName("lkin");
        accounts.create(other, "Shoumi@2026-lk".toCharArray(), Set.of(Role.EMPLOYEE), null);
        long start = System.nanoTime();
        RosterImportJob job = jobs.start("logins.csv", file, "hr");
        while (job.running() && job.percent() < 60) {
            Thread.sleep(20);
        }
        long loginStart = System.nanoTime();
        var during = accounts.authenticate(other, "Shoumi@2026-lk".toCharArray());
        long loginMillis = (System.nanoTime() - loginStart) / 1_000_000L;
        boolean stillRunning = job.running();
        while (job.running()) {
            Thread.sleep(50);
        }
        long millis = (System.nanoTime() - start) / 1_000_000L;
        System.out.println("RosterImportIT: " + rows + " rows with logins imported in " + millis + " ms; a login "
                + (stillRunning ? "during" : "at the end of") + " it took " + loginMillis + " ms");
        assertTrue(during.succeeded(), "a login during the import is answered: " + during.status());
        assertEquals(TrackedTask.State.DONE, job.state());
        assertEquals(rows, job.outcome().logins().size());
        assertTrue(loginMillis < 30_000, "the login did not wait for the import: " + loginMillis + " ms");
    }

    /**
     * Found by an outside check (ex-s37f 2): a new staff number whose row says the person retired in 2020 was hired
     * as 待上岗 with onboarding and a login. The row is refused at the column that says so, in the user's language;
     * nothing is stored. A row of someone on the roster keeps the warning.
     */
    @Test
    void aNewStaffNumberTheFileMarksAsLeftIsRefusedAtItsColumn() throws Exception {
        byte[] file = ("工号,姓名,部门,岗位,涉密类别,入职日期,在职状态,离职日期,登录名\n"
                + no(40) + ",退休甲," + dept + "," + postA + ",重要,2001-03-01,退休,2020-06-30,\n"
                + no(41) + ",离职乙," + dept + "," + postA + ",核心,2015-03-01,,2025-06-30,\n"
                + no(1) + ",老员工一," + dept + "," + postA + ",一般,2020-05-01,离职,2026-12-01,\n")
                .getBytes(Charset.forName("GBK"));
        RosterCheck checked = roster.check("left.csv", file);
        assertEquals(List.of(RosterProblem.Kind.HIRE_MARKED_LEFT, RosterProblem.Kind.HIRE_MARKED_LEFT),
                checked.getProblems().stream().map(RosterProblem::kind).toList());
        assertEquals(List.of("2 G 在职状态", "3 H 离职日期"), checked.getProblems().stream()
                .map(p -> p.row() + " " + p.where()).toList());
        assertThrows(RosterImportRefusedException.class,
                () -> roster.importFile("left.csv", file, "hr", (done, total) -> { }));
        assertTrue(employees.byNumber(no(40)).isEmpty() && employees.byNumber(no(41)).isEmpty(), "nobody hired");

        PortalClient browser = new PortalClient(portalAddress(request));
        browser.login("hr", "Shoumi@2026");
        String refused = checkOnPage(browser, "left.csv", file).visible();
        assertTrue(refused.contains("G 在职状态") && refused.contains(no(40) + " 退休甲 不在名册中，而文件将此人标为已离职"
                + "（G 在职状态）：已离职的人员不作为新入职导入"), refused);

        byte[] known = ("工号,姓名,部门,岗位,涉密类别,入职日期,在职状态\n"
                + no(1) + ",老员工一," + dept + "," + postA + ",一般,2020-05-01,离职\n").getBytes(Charset.forName("GBK"));
        RosterCheck warned = roster.check("known.csv", known);
        assertEquals(List.of(), warned.getProblems());
        assertEquals(1, warned.getMarkedLeftCount(), "someone on the roster keeps the warning");
    }

    /**
     * Found by an outside check: HR raised her own class on the change form (the history read 操作人 徐慧, 原因
     * "自己"). Nobody changes their own entry, on the form, several at once or by an import; an import file with the
     * importer's own row unchanged still passes.
     */
    @Test
    void nobodyChangesTheirOwnEntryButAnImportWithTheirOwnRowUnchangedPasses() {
        String login = Deployments.uniqueName("rown");
        data.inTransaction(em -> accounts.create(login, "Tide-Lamp-739".toCharArray(), Set.of(Role.EMPLOYEE),
                em.createNamedQuery(Employee.BY_NUMBER, Employee.class).setParameter("employeeNo", no(3))
                        .getSingleResult()));
        assertEquals(ChangeRefusedException.Reason.OWN_RECORD, assertThrows(ChangeRefusedException.class,
                () -> roster.change(no(3), null, postA, SecrecyClass.CORE, "自己", login)).reason());
        ChangeRefusedException many = assertThrows(ChangeRefusedException.class, () -> roster.changeMany(null,
                List.of(no(1), no(3)), null, null, SecrecyClass.CORE, "调整", login));
        assertEquals(ChangeRefusedException.Reason.OWN_RECORD, many.reason());
        assertEquals(no(3), many.employeeNo());
        assertEquals(SecrecyClass.GENERAL, employees.byNumber(no(1)).orElseThrow().getSecrecyClass(),
                "all or nothing");
        assertEquals(SecrecyClass.IMPORTANT, employees.byNumber(no(3)).orElseThrow().getSecrecyClass());

        byte[] changesOwn = gbk(no(3) + ",老员工三," + dept + "," + postA + ",核心,2020-05-01,\n");
        assertEquals(List.of(RosterProblem.Kind.OWN_ROW), roster.check("roster.csv", changesOwn, login)
                .getProblems().stream().map(RosterProblem::kind).toList());
        assertThrows(RosterImportRefusedException.class, () -> roster.importFile("roster.csv", changesOwn, login,
                (done, total) -> { }));
        assertEquals(SecrecyClass.IMPORTANT, employees.byNumber(no(3)).orElseThrow().getSecrecyClass());

        byte[] ownUnchanged = gbk(no(3) + ",老员工三," + dept + "," + postA + ",重要,2020-05-01,\n"
                + no(1) + ",老员工一," + dept + "," + postB + ",一般,2020-05-01,\n");
        assertTrue(roster.check("roster.csv", ownUnchanged, login).isImportable());
        roster.importFile("roster.csv", ownUnchanged, login, (done, total) -> { });
        assertEquals(postB, employees.byNumber(no(1)).orElseThrow().getPostCode(), "the others' rows are imported");
        // another HR officer changes them
        assertTrue(roster.change(no(3), null, postA, SecrecyClass.CORE, "调入核心岗位", "hr").changed());
    }

    @Test
    void aChangeOfPostOrClassGivesItsProgramme() {
        ChangeOutcome moved = roster.change(no(1), null, postB, SecrecyClass.GENERAL, "调到 B 岗", "hr");
        assertTrue(moved.changed());
        assertEquals("TRANSFER", moved.programme());
        assertTrue(moved.due().isAfter(LocalDate.now().minusDays(1)));
        assertEquals(List.of(ProgrammeKind.TRANSFER), programmesOf(no(1)));

        ChangeOutcome secret = roster.change(no(2), null, postA, SecrecyClass.CORE, null, "hr");
        assertEquals("ONBOARDING", secret.programme());

        ChangeOutcome none = roster.change(no(3), null, postB, SecrecyClass.NONE, "不再接触涉密事项", "hr");
        assertTrue(none.changed());
        assertTrue(none.departureOpened(), "leaving the secret-related classes is a departure");
        assertNull(none.programme(), "no programme of the change itself; the departure gives the exit programme");
        assertEquals(SecrecyClass.IMPORTANT, employees.byNumber(no(3)).orElseThrow().getSecrecyClass(),
                "nothing changes before the departure is approved");
        assertEquals(List.of(ProgrammeKind.EXIT), programmesOf(no(3)));

        ChangeOutcome same = roster.change(no(1), null, postB, SecrecyClass.GENERAL, null, "hr");
        assertFalse(same.changed());

        assertEquals(ChangeRefusedException.Reason.UNKNOWN_EMPLOYEE, assertThrows(ChangeRefusedException.class,
                () -> roster.change("NOPE-" + id, null, postA, SecrecyClass.CORE, null, "hr")).reason());
        assertEquals(ChangeRefusedException.Reason.UNKNOWN_POST, assertThrows(ChangeRefusedException.class,
                () -> roster.change(no(1), null, "NOPOST" + id, SecrecyClass.CORE, null, "hr")).reason());
        assertEquals(ChangeRefusedException.Reason.UNKNOWN_DEPARTMENT, assertThrows(ChangeRefusedException.class,
                () -> roster.change(no(1), "NODEPT" + id, postA, SecrecyClass.CORE, null, "hr")).reason());
        assertEquals(ChangeRefusedException.Reason.REASON_TOO_LONG, assertThrows(ChangeRefusedException.class,
                () -> roster.change(no(1), null, postA, SecrecyClass.CORE, "长".repeat(201), "hr")).reason());
        assertEquals(postB, employees.byNumber(no(1)).orElseThrow().getPostCode(), "refusals changed nothing");
        assertEquals(ChangeRefusedException.Reason.DEPARTURE_OPEN, assertThrows(ChangeRefusedException.class,
                () -> roster.change(no(3), null, postA, SecrecyClass.GENERAL, null, "hr")).reason(),
                "a second lowering while the departure is open");

        // an import moving them to another department while the departure is under way: refused, nothing stored
        RosterImportRefusedException moving = assertThrows(RosterImportRefusedException.class, () -> roster.importFile(
                "roster.csv", gbk(no(3) + ",老员工三," + otherDept + "," + postA + ",重要,2020-05-01,\n"), "hr",
                (done, total) -> { }));
        assertEquals(List.of(RosterProblem.Kind.DEPARTURE_OPEN_CHANGE),
                moving.problems().stream().map(RosterProblem::kind).toList());
        assertEquals(dept, employees.byNumber(no(3)).orElseThrow().getDepartmentCode());
        // found by an outside check: the check passed what the import then refused
        assertEquals(List.of(RosterProblem.Kind.DEPARTURE_OPEN_CHANGE), roster.check("roster.csv",
                gbk(no(3) + ",老员工三," + otherDept + "," + postA + ",重要,2020-05-01,\n")).getProblems().stream()
                .map(RosterProblem::kind).toList());
        assertEquals(List.of(RosterProblem.Kind.DEPARTURE_OPEN), roster.check("roster.csv",
                gbk(no(3) + ",老员工三," + dept + "," + postA + ",一般,2020-05-01,\n")).getProblems().stream()
                .map(RosterProblem::kind).toList(), "a lowering while one is under way");
        // found by an outside check: with a problem in another row the check left this one out, and it named 部门
        // for a change of post
        List<RosterProblem> both = roster.check("roster.csv", gbk(no(3) + ",老员工三," + dept + "," + postB
                + ",重要,2020-05-01,\n" + "NX" + id + ",新人员," + dept + "," + postA + ",一般,2020-05-01,admin\n"))
                .getProblems();
        assertEquals(List.of(RosterProblem.Kind.DEPARTURE_OPEN_CHANGE, RosterProblem.Kind.USERNAME_TAKEN),
                both.stream().map(RosterProblem::kind).toList(), both.toString());
        assertEquals(RosterColumn.POST, both.get(0).column(), "the post is what changed");
    }

    @Test
    void onlyHrAndAdministratorsOpenTheImportAndChangePages() throws Exception {
        String password = "Correct-Horse-8";
        String officer = Deployments.uniqueName("off");
        String hr = Deployments.uniqueName("hr");
        accounts.create(officer, password.toCharArray(), Set.of(Role.SECRECY_OFFICER), null);
        accounts.create(hr, password.toCharArray(), Set.of(Role.HR), null);
        URI base = portalAddress(request);

        PortalClient secrecyOffice = new PortalClient(base);
        secrecyOffice.login(officer, password);
        assertEquals(200, secrecyOffice.get("employees/list.xhtml").status(), "the officer reads the roster");
        assertEquals(403, secrecyOffice.get("employees/import.xhtml").status());
        assertEquals(403, secrecyOffice.get("employees/change.xhtml?no=" + no(1)).status());

        PortalClient personnel = new PortalClient(base);
        personnel.login(hr, password);
        PortalClient.Page importPage = personnel.get("employees/import.xhtml");
        assertEquals(200, importPage.status());
        assertTrue(importPage.contains("导入人员名册") && importPage.contains("Excel 模板"));
        PortalClient.Page change = personnel.get("employees/change.xhtml?no=" + no(1));
        assertEquals(200, change.status());
        assertTrue(change.contains("老员工一"));
        assertEquals(404, personnel.get("employees/change.xhtml?no=NOPE-" + id).status());
    }

    /**
     * Found by an outside check: 导入 pressed three times at once (three ajax presses from one page) started three
     * imports; one saved the file, two failed on its staff numbers, and the page said "导入失败，未保存任何内容" while
     * the hires were on the roster and their login's first password had been shown to nobody. One import runs;
     * the other presses are told it is under way, and the page shows the result of the one that ran, with the
     * first password, which works.
     */
    @Test
    void threePressesAtOnceImportOnceAndThePageShowsWhatItDidWithTheFirstPassword() throws Exception {
        String password = "Correct-Horse-8";
        String hr = Deployments.uniqueName("hrdbl");
        String login = Deployments.uniqueName("dbl");
        accounts.create(hr, password.toCharArray(), Set.of(Role.HR), null);
        PortalClient browser = new PortalClient(portalAddress(request));
        browser.login(hr, password);
        PortalClient.Page checked = checkOnPage(browser, "r.csv", gbk(
                no(40) + ",双击一," + dept + "," + postA + ",一般,2026-11-01," + login + "\n"
                + no(41) + ",双击二," + dept + "," + postA + ",非涉密,2026-11-01,\n"));
        assertTrue(checked.contains("导入此文件将新增 2 人"), checked.visible());

        List<PortalClient.Page> presses = AtOnce.results(3, () -> browser.ajax(checked, "run", "run:import", "action",
                "work upload:import-messages", Map.of("run:import", "run:import")));
        // no press says the import failed, and the pages that reached the page's action see it under way (a press
        // was told so when it reached the action while it ran). Once, on a loaded CI machine, one of the three
        // presses came back with the page's work area empty and no message: the server had answered it with a new
        // view of the page instead of the one the other presses restored at the same moment (a browser sends a
        // page's ajax presses one after another, so only parallel scripts meet this). It lost and started nothing.
        for (PortalClient.Page press : presses) {
            assertFalse(press.contains("导入失败"), press.body());
            assertTrue(press.contains("正在导入，请稍候") || !press.contains("<form id=\"run\""), press.body());
        }
        assertTrue(presses.stream().filter(p -> p.contains("正在导入，请稍候")).count() >= 1,
                presses.stream().map(PortalClient.Page::body).collect(Collectors.joining("\n")));
        assertTrue(presses.stream().filter(p -> p.contains("此文件已在导入中，未再次导入")).count() <= 2);
        List<TrackedTask> started = data.inTransaction(em -> em.createQuery(
                "select t from TrackedTask t where t.owner = :hr", TrackedTask.class).setParameter("hr", hr)
                .getResultList());
        assertEquals(1, started.size(), "one import ran");
        for (int i = 0; i < 600 && running(started.get(0).getId()); i++) {
            Thread.sleep(100);
        }

        // the progress bar reached 100 % and says so (each page that polled it may say it once)
        List<PortalClient.Page> completes = AtOnce.results(2, () -> browser.ajax(checked, "run", "progress:bar",
                "complete", "work upload:import-messages", Map.of()));
        String shown = completes.stream().map(PortalClient.Page::body).collect(Collectors.joining());
        assertFalse(shown.contains("导入失败"), shown);
        if (!shown.contains("导入完成")) {
            // both parallel polls were answered with a new view of the page, as one press once was (above; in two
            // of the last three fresh clones): the import's result waits uncollected, and the page opened again
            // shows it, as to someone who reloads
            shown = browser.get("employees/import.xhtml").body();
        }
        assertTrue(shown.contains("导入完成：新增 2 人"), shown);
        Matcher first = Pattern.compile(Pattern.quote(login) + "</td>.*?<code>([^<]+)</code>", Pattern.DOTALL)
                .matcher(shown);
        assertTrue(first.find(), "the first password is shown: " + shown);
        assertTrue(accounts.authenticate(login, first.group(1).toCharArray()).succeeded(), "and it works");
        assertEquals(2, List.of(no(40), no(41)).stream().filter(n -> employees.byNumber(n).isPresent()).count());
    }

    /**
     * Found by an outside check: 导入 pressed, then the page reloaded (F5, or the tab reopened): the reloaded page
     * showed neither "导入正在进行" nor the result, and the first passwords of the logins the import opened could be
     * collected only by the page left behind. The page opened again after the import ended (the page left behind
     * unloaded, as the browser asks when it leaves a page) shows the result with the first password, which works;
     * once: opened once more it shows neither.
     */
    @Test
    void aPageOpenedAgainAfterTheImportShowsItsResultAndFirstPasswordOnce() throws Exception {
        String password = "Correct-Horse-8";
        String hr = Deployments.uniqueName("hrre");
        String login = Deployments.uniqueName("rel");
        accounts.create(hr, password.toCharArray(), Set.of(Role.HR), null);
        PortalClient browser = new PortalClient(portalAddress(request));
        browser.login(hr, password);
        PortalClient.Page opened = browser.get("employees/import.xhtml");
        PortalClient.Page checked = checkOnPage(browser, opened, "r.csv", gbk(
                no(60) + ",重开一," + dept + "," + postA + ",一般,2026-11-01," + login + "\n"));
        PortalClient.Page pressed = browser.ajax(checked, "run", "run:import", "action",
                "work upload:import-messages", Map.of("run:import", "run:import"));
        assertTrue(pressed.contains("正在导入，请稍候"), pressed.body());
        TrackedTask started = data.inTransaction(em -> em.createQuery(
                "select t from TrackedTask t where t.owner = :hr", TrackedTask.class).setParameter("hr", hr)
                .getSingleResult());
        for (int i = 0; i < 600 && running(started.getId()); i++) {
            Thread.sleep(100);
        }
        // the page left behind is unloaded (it let go of the result and its first passwords); its script to ask for
        // that came with the page as first opened
        Matcher unload = Pattern.compile("OmniFaces\\.Unload\\.init\\('([^']+)'\\)").matcher(opened.body());
        assertTrue(unload.find(), "the page asks for its beans to end when left");
        Matcher state = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(checked.body());
        assertTrue(state.find());
        browser.post("employees/import.xhtml", List.of(Map.entry("omnifaces.event", "unload"),
                Map.entry("id", unload.group(1)), Map.entry("jakarta.faces.ViewState",
                        state.group(1).replace("&#58;", ":"))), Map.of());

        PortalClient.Page reopened = browser.get("employees/import.xhtml");
        assertTrue(reopened.contains("导入完成：新增 1 人"), reopened.visible());
        Matcher first = Pattern.compile(Pattern.quote(login) + "</td>.*?<code>([^<]+)</code>", Pattern.DOTALL)
                .matcher(reopened.body());
        assertTrue(first.find(), "the first password is shown: " + reopened.visible());
        assertTrue(accounts.authenticate(login, first.group(1).toCharArray()).succeeded(), "and it works");

        PortalClient.Page once = browser.get("employees/import.xhtml");
        assertFalse(once.contains("导入完成") || once.contains(first.group(1)), "shown once: " + once.visible());
    }

    /**
     * Found by an outside check: the page reloaded while its import ran showed nothing of it; and another HR's start
     * was refused naming the login ("导入正在进行（hr 于 … 开始）"), where records name the person. The page the
     * importer opens again shows the import running, its bar polling from the start; the refusal names 徐慧.
     */
    @Test
    void aPageOpenedAgainWhileTheImportRunsShowsItAndAnotherStartNamesThePerson() throws Exception {
        String password = "Correct-Horse-8";
        String other = Deployments.uniqueName("hrbz");
        accounts.create(other, password.toCharArray(), Set.of(Role.HR), null);
        PortalClient otherBrowser = new PortalClient(portalAddress(request));
        otherBrowser.login(other, password);
        PortalClient.Page checked = checkOnPage(otherBrowser, "r.csv", gbk(
                no(70) + ",另一人," + dept + "," + postA + ",一般,2026-11-01,\n"));
        PortalClient personnel = new PortalClient(portalAddress(request));
        personnel.login("hr", "Shoumi@2026");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            body.append(no(1000 + i)).append(",重开").append(i).append(',').append(dept).append(',').append(postA)
                    .append(",非涉密,2026-10-01,\n");
        }
        RosterImportJob job = jobs.start("big.csv", gbk(body.toString()), "hr");
        try {
            PortalClient.Page refused = otherBrowser.ajax(checked, "run", "run:import", "action",
                    "work upload:import-messages", Map.of("run:import", "run:import"));
            assertTrue(refused.contains("导入正在进行（徐慧 于") && !refused.contains("（hr 于"), refused.body());

            PortalClient.Page reopened = personnel.get("employees/import.xhtml");
            assertTrue(job.running(), "the import ran while the page was opened again");
            assertTrue(reopened.contains("正在导入，请稍候") && reopened.contains("开始的导入仍在进行")
                    && reopened.contains("resumeImportBar"), reopened.visible());
        } finally {
            await(job);
            jobs.forget(job.id(), "hr");
        }
        assertEquals(TrackedTask.State.DONE, job.state());
    }

    /**
     * The same check across pages and sessions: while one roster import runs, another start (the same file from a
     * second tab, or anyone's file) is refused, saying whose import runs; presses at once start exactly one.
     */
    @Test
    void whileOneImportRunsAnotherStartIsRefusedWhoeverAsks() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            body.append(no(500 + i)).append(",并发").append(i).append(',').append(dept).append(',').append(postA)
                    .append(",非涉密,2026-10-01,\n");
        }
        byte[] file = gbk(body.toString());
        List<String> outcomes = AtOnce.outcomes(3, () -> {
            try {
                return "started " + jobs.start("r.csv", file, "hr").id().isEmpty();
            } catch (RosterImportBusyException busy) {
                return "busy " + busy.owner();
            }
        });
        assertEquals(List.of("busy hr", "busy hr", "started false"), outcomes);
        RosterImportBusyException again = assertThrows(RosterImportBusyException.class,
                () -> jobs.start("other.csv", file, "someone-else"));
        assertEquals("hr", again.owner());
        List<TrackedTask> running = data.inTransaction(em -> em.createQuery("select t from TrackedTask t "
                        + "where t.kind = 'ROSTER_IMPORT' and t.state = :running", TrackedTask.class)
                .setParameter("running", TrackedTask.State.RUNNING).getResultList());
        assertEquals(1, running.size());
        for (int i = 0; i < 1200 && running(running.get(0).getId()); i++) {
            Thread.sleep(100);
        }
        assertEquals(TrackedTask.State.DONE, jobs.job(running.get(0).getId(), "hr").orElseThrow().state());
        assertEquals(100, data.inTransaction(em -> em.createQuery("select count(e) from Employee e "
                + "where e.employeeNo like :no", Long.class).setParameter("no", no(5) + "%").getSingleResult())
                .intValue(), "imported once");
        jobs.forget(running.get(0).getId(), "hr");
        // once it ended, the next import starts
        RosterImportJob next = jobs.start("r.csv", file, "someone-else");
        assertEquals(TrackedTask.State.DONE, await(next).state());
        assertEquals(0, next.outcome().added(), "the same file again changes nothing");
    }

    /**
     * Found by an outside check: with the year's plan started, a 非涉密 hire by the import was previewed as "将开启培训
     * 0 项" and reported as "开启培训 0 项", yet had the plan's programmes. The preview counts and names the plan items
     * a hire would get, and the result lists those it gave, with their due day, as the person's programmes have them.
     */
    @Test
    void theYearlyPlansProgrammesAreInThePreviewAndTheResult() throws Exception {
        int year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        String title = "导入部门非涉密教育" + id;
        EducationPlan plan = plans.create(year, year + "年度导入部门计划" + id, "officer");
        plans.addItem(plan.getId(), new PlanItemDraft(Audience.NON_SECRET, Set.of(dept), title, null,
                PledgeKind.AGREEMENT, java.math.BigDecimal.ONE, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        plans.start(plan.getId(), "officer");
        byte[] file = gbk(no(60) + ",计划新人," + dept + "," + postA + ",非涉密,2026-11-01,\n"
                + no(61) + ",别处新人," + otherDept + "," + postA + ",非涉密,2026-11-01,\n");

        String password = "Correct-Horse-8";
        String hr = Deployments.uniqueName("hrplan");
        accounts.create(hr, password.toCharArray(), Set.of(Role.HR), null);
        PortalClient browser = new PortalClient(portalAddress(request));
        browser.login(hr, password);
        PortalClient.Page preview = checkOnPage(browser, "plan.csv", file);
        assertTrue(preview.visible().contains("将开启培训 1 项"), preview.visible());
        assertTrue(preview.contains(title), "the plan item is named beside the hire");

        RosterImportOutcome outcome = roster.importFile("plan.csv", file, hr, (done, total) -> { });
        assertEquals(1, outcome.programmes().size(), outcome.toString());
        RosterImportOutcome.GivenProgramme given = outcome.programmes().get(0);
        assertEquals(no(60), given.employeeNo());
        assertEquals(title, given.title());
        LocalDate due = data.inTransaction(em -> em.createQuery("select a.due from Assignment a "
                        + "where a.employee.employeeNo = :no and a.campaignCode = :code", LocalDate.class)
                .setParameter("no", no(60)).setParameter("code", given.campaignCode()).getSingleResult());
        assertEquals(due, given.due(), "as the person's programme has it");
        assertEquals(List.of(ProgrammeKind.IN_POST), programmesOf(no(60)));
        assertEquals(List.of(), programmesOf(no(61)), "another department: nothing");

        // the hire form says the same of a hire
        var hired = roster.hireTelling(new org.shoumi.portal.employees.boundary.HireDraft(no(62), "表单新人", dept,
                postA, SecrecyClass.NONE, LocalDate.now(), Deployments.uniqueName("plh"),
                "Tide-Lamp-739".toCharArray()), hr);
        assertTrue(hired.training().isEmpty());
        assertEquals(List.of(title), hired.plans().stream().map(t -> t.title()).toList());
    }

    /**
     * Found by outside checks: a row raising SM020 (离岗, under a 脱密期) put him back on a secret-related post with the
     * same wording as any raise, where the change form asks for a tick; and a row saying 离职 in the export's 在职状态
     * column read 不变. The preview says both, on the row and above the rows.
     */
    @Test
    void thePreviewSaysWhoReturnsFromALeftPostAndWhomTheFileMarksAsLeft() throws Exception {
        Department department = data.inTransaction(em -> em.createQuery("select d from Department d where d.code = :c",
                Department.class).setParameter("c", dept).getSingleResult());
        Post post = data.inTransaction(em -> em.createQuery("select p from Post p where p.code = :c", Post.class)
                .setParameter("c", postA).getSingleResult());
        data.persist(new Employee(no(30), "离岗回岗", department, post, SecrecyClass.NONE, EmployeeStatus.LEFT_POST,
                LocalDate.of(2020, 5, 1)));
        byte[] file = ("工号,姓名,部门,岗位,涉密类别,入职日期,在职状态,离职日期\n"
                + no(30) + ",离岗回岗," + dept + "," + postA + ",一般,2020-05-01,在职,\n"
                + no(1) + ",老员工一," + dept + "," + postA + ",一般,2020-05-01,离职,2026-12-01\n")
                .getBytes(Charset.forName("GBK"));
        PortalClient browser = new PortalClient(portalAddress(request));
        browser.login("hr", "Shoumi@2026");
        String preview = checkOnPage(browser, "status.csv", file).visible();
        assertTrue(preview.contains("请注意：其中 1 人目前离岗，文件中的涉密类别将使其按新上岗重新上涉密岗位"), preview);
        assertTrue(preview.contains("离岗 → 待上岗：按新上岗重新上涉密岗位，开启上岗前教育"), preview);
        assertTrue(preview.contains("请注意：文件的在职状态或离职日期列将其中 1 人标为离职"), preview);
        assertTrue(preview.contains("此人在文件中标为离职：导入不办理离职，请在“离岗离职”中开启"), preview);
        assertTrue(preview.contains(no(1)), "the unchanged row is listed, to say so");
    }

    /**
     * Found by an outside check: every history entry an import wrote read "原因：无" (a class raised into 核心 included),
     * and the 离岗 a row opened had no reason, nothing saying it came from an import. Each entry, and the departure,
     * names the import and its file.
     */
    @Test
    void theEntriesAndTheDepartureAnImportWritesNameTheImportAndItsFile() {
        String fileName = "名册" + id + ".csv";
        byte[] file = gbk(no(20) + ",原因新人," + dept + "," + postA + ",一般,2026-11-02,\n"
                + no(2) + ",老员工二," + dept + "," + postA + ",核心,2020-05-01,\n"   // 非涉密 → 核心
                + no(3) + ",老员工三," + dept + "," + postA + ",一般,2020-05-01,\n"); // 重要 lowered: a 离岗
        RosterImportOutcome outcome = roster.importFile(fileName, file, "hr", (done, total) -> { });
        assertEquals(1, outcome.departuresOpened());
        String grounds = "名册导入（" + roster.today() + "，文件“" + fileName + "”）";
        for (String no : List.of(no(20), no(2))) {
            List<String> reasons = data.inTransaction(em -> em.createQuery("select c.reason from PersonnelChange c "
                            + "where c.employee.employeeNo = :no and c.source = :s", String.class)
                    .setParameter("no", no).setParameter("s", ChangeSource.ROSTER_IMPORT).getResultList());
            assertEquals(List.of(grounds), reasons, no);
        }
        String departureReason = data.inTransaction(em -> em.createQuery("select d.reason from Departure d "
                + "where d.employee.employeeNo = :no", String.class).setParameter("no", no(3)).getSingleResult());
        assertEquals(grounds, departureReason);
    }

    /**
     * Found by an outside check: an import moving SM006 out of 信息中心 closed his 信息中心专项培训 without a word in the
     * preview ("变更 部门 信息中心 → 办公室") or the result, where the change form and 批量调整 name each programme closed.
     * The preview names the programmes a row would close and warns of them; the result lists those it closed.
     */
    @Test
    void theProgrammesAnImportClosesAreInThePreviewAndTheResult() throws Exception {
        int year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        String title = "导入部门全员教育" + id;
        EducationPlan plan = plans.create(year, year + "年度导入部门全员计划" + id, "officer");
        plans.addItem(plan.getId(), new PlanItemDraft(Audience.ALL_STAFF, Set.of(dept), title, null,
                PledgeKind.AGREEMENT, java.math.BigDecimal.ONE, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        plans.start(plan.getId(), "officer");
        String code = data.inTransaction(em -> em.createQuery("select a.campaignCode from Assignment a "
                        + "where a.employee.employeeNo = :no and a.campaignCode is not null", String.class)
                .setParameter("no", no(1)).getSingleResult());
        // no(1) moves to the other department (the item no longer concerns them); no(2) stays and changes post
        byte[] file = gbk(no(1) + ",老员工一," + otherDept + "," + postA + ",一般,2020-05-01,\n"
                + no(2) + ",老员工二," + dept + "," + postB + ",非涉密,2020-05-01,\n");

        RosterCheck checked = roster.check("move.csv", file);
        assertEquals(List.of(code), checked.closingOf(no(1)).stream().map(t -> t.campaignCode()).toList());
        assertEquals(List.of(), checked.closingOf(no(2)), "still in the department");
        PortalClient browser = new PortalClient(portalAddress(request));
        browser.login("hr", "Shoumi@2026");
        String preview = checkOnPage(browser, "move.csv", file).visible();
        assertTrue(preview.contains("请注意：1 人的 1 项培训（专项培训或年度计划培训）将因部门、岗位或涉密类别调整不再适用而关闭"),
                preview);
        assertTrue(preview.contains("不再适用、将关闭的培训：“" + title + "”（" + code + "）"), preview);

        RosterImportOutcome outcome = roster.importFile("move.csv", file, "hr", (done, total) -> { });
        assertEquals(List.of(no(1) + " " + code + " " + title), outcome.closed().stream()
                .map(c -> c.employeeNo() + " " + c.campaignCode() + " " + c.title()).toList());
        boolean open = data.inTransaction(em -> em.createQuery("select a from Assignment a "
                        + "where a.employee.employeeNo = :no and a.campaignCode = :code",
                        org.shoumi.portal.programmes.entity.Assignment.class).setParameter("no", no(1))
                .setParameter("code", code).getSingleResult().isOpen());
        assertFalse(open, "closed by the move");
    }

    /**
     * Found by an outside check: SM006 (一般, never vetted) imported as 核心 and then as 一般 again got "1 人调出涉密类别或调低
     * 类别，已为其开启离岗手续", a 离岗 opened and 核心 kept until its approval, and the check's preview had not warned that
     * a 离岗 would be opened. The import sets back a raise never taken up as the change form does (a correction in the
     * history, no departure), and the preview says which rows are corrections and which open a 离岗.
     */
    @Test
    void aRaiseNeverTakenUpSetBackByAnImportIsACorrectionAndThePreviewSaysWhichRowsOpenADeparture()
            throws Exception {
        RosterImportOutcome up = roster.importFile("up.csv", gbk(no(1) + ",老员工一," + dept + "," + postA
                + ",核心,2020-05-01,\n"), "hr", (done, total) -> { });
        assertEquals(1, up.changed());
        assertEquals(SecrecyClass.CORE, employees.byNumber(no(1)).orElseThrow().getSecrecyClass());
        byte[] back = gbk(no(1) + ",老员工一," + dept + "," + postA + ",一般,2020-05-01,\n"
                + no(3) + ",老员工三," + dept + "," + postA + ",一般,2020-05-01,\n"); // 重要 held: lowered by a 离岗

        PortalClient browser = new PortalClient(portalAddress(request));
        browser.login("hr", "Shoumi@2026");
        String preview = checkOnPage(browser, "back.csv", back).visible();
        // a lowering within the secret-related classes keeps the person in post: no 离岗 announced (ex-s37f 4)
        assertTrue(preview.contains("请注意：其中 1 人为在岗人员降低涉密类别（仍在岗，如重要调为一般），导入时不直接修改，"
                + "而是为其开启降低涉密类别手续（本人仍在涉密岗位，不是离岗"), preview);
        assertFalse(preview.contains("开启离岗手续（脱密期"), preview);
        assertFalse(preview.contains("调出涉密类别或调低类别"), preview);
        assertTrue(preview.contains("其中 1 人改回调升前的涉密类别"), preview);
        assertTrue(preview.contains("改回调升前的涉密类别：调升后未通过上岗审查，作为更正保存，不开启离岗手续"), preview);
        assertTrue(preview.contains("降低涉密类别（仍在岗）：不直接修改，开启降低涉密类别手续（本人仍在涉密岗位，不是离岗），批准后调整"),
                preview);

        RosterImportOutcome outcome = roster.importFile("back.csv", back, "hr", (done, total) -> { });
        assertEquals(1, outcome.raisesCorrected());
        assertEquals(1, outcome.departuresOpened());
        assertEquals(1, outcome.loweringsInPost(), "counted apart from a departure from the post");
        assertEquals(SecrecyClass.GENERAL, employees.byNumber(no(1)).orElseThrow().getSecrecyClass(), "at once");
        long departures = data.inTransaction(em -> em.createQuery("select count(d) from Departure d "
                + "where d.employee.employeeNo = :no", Long.class).setParameter("no", no(1)).getSingleResult());
        assertEquals(0, departures, "no 离岗 for the correction");
        List<ChangeSource> sources = data.inTransaction(em -> em.createQuery("select c.source from PersonnelChange c "
                        + "where c.employee.employeeNo = :no order by c.changedAt, c.id", ChangeSource.class)
                .setParameter("no", no(1)).getResultList());
        assertEquals(ChangeSource.RAISE_CORRECTION, sources.get(sources.size() - 1), sources.toString());
        assertEquals(SecrecyClass.IMPORTANT, employees.byNumber(no(3)).orElseThrow().getSecrecyClass(),
                "the other waits for its 离岗's approval");
    }

    /**
     * Found by an outside check (tester zh, defect 1): once a row had opened a 离岗 (a class lowering), importing the
     * same file again was refused for the whole file ("已有正在办理的离岗离职，导入不能再降低其涉密类别"). A row asking for
     * exactly what the open departure carries out is no new change (previewed as 离岗办理中); the rest of the file
     * imports; a row asking for something else for that person is still refused.
     */
    @Test
    void theSameFileImportedAgainWhileItsDepartureIsUnderWayChangesNothingAndTheRestImports() throws Exception {
        byte[] lowering = gbk(no(3) + ",老员工三," + dept + "," + postA + ",一般,2020-05-01,\n");
        RosterImportOutcome first = roster.importFile("lower.csv", lowering, "hr", (done, total) -> { });
        assertEquals(1, first.departuresOpened());

        RosterCheck again = roster.check("lower.csv", lowering);
        assertEquals(List.of(), again.getProblems(), "the same file again is not refused");
        assertEquals(0, again.getChangedCount());
        PortalClient browser = new PortalClient(portalAddress(request));
        browser.login("hr", "Shoumi@2026");
        String preview = checkOnPage(browser, "lower.csv", lowering).visible();
        assertTrue(preview.contains("降低涉密类别手续办理中：批准后按此调整，本次不再变更"), preview);

        // with another row changing someone else, and the name corrected: the file imports, no second 离岗
        RosterImportOutcome second = roster.importFile("again.csv", gbk(no(3) + ",老员工叁," + dept + "," + postA
                + ",一般,2020-05-01,\n" + no(1) + ",老员工一," + dept + "," + postB + ",一般,2020-05-01,\n"), "hr",
                (done, total) -> { });
        assertEquals(0, second.departuresOpened());
        assertEquals(2, second.changed());
        var three = employees.byNumber(no(3)).orElseThrow();
        assertEquals("老员工叁", three.getName(), "the name is corrected");
        assertEquals(SecrecyClass.IMPORTANT, three.getSecrecyClass(), "the class waits for the departure's approval");
        assertEquals(postB, employees.byNumber(no(1)).orElseThrow().getPostCode());
        long departures = data.inTransaction(em -> em.createQuery("select count(d) from Departure d "
                + "where d.employee.employeeNo = :no", Long.class).setParameter("no", no(3)).getSingleResult());
        assertEquals(1, departures, "the one opened first, no other");

        // anything else for that person is still refused
        assertEquals(List.of(RosterProblem.Kind.DEPARTURE_OPEN), roster.check("other.csv",
                gbk(no(3) + ",老员工叁," + dept + "," + postA + ",非涉密,2020-05-01,\n")).getProblems().stream()
                .map(RosterProblem::kind).toList());
        assertEquals(List.of(RosterProblem.Kind.DEPARTURE_OPEN_CHANGE), roster.check("other.csv",
                gbk(no(3) + ",老员工叁," + otherDept + "," + postA + ",重要,2020-05-01,\n")).getProblems().stream()
                .map(RosterProblem::kind).toList());
    }

    private boolean running(String taskId) {
        return data.inTransaction(em -> em.createQuery("select t.state from TrackedTask t where t.id = :id",
                TrackedTask.State.class).setParameter("id", taskId).setHint("eclipselink.refresh", "true")
                .getSingleResult()) == TrackedTask.State.RUNNING;
    }

    /** Uploads a file on the import page and presses 检查文件, as a browser posts the form (multipart). */
    private static PortalClient.Page checkOnPage(PortalClient browser, String fileName, byte[] content)
            throws Exception {
        return checkOnPage(browser, browser.get("employees/import.xhtml"), fileName, content);
    }

    /** {@link #checkOnPage(PortalClient, String, byte[])} on the import page opened already ({@code page}). */
    private static PortalClient.Page checkOnPage(PortalClient browser, PortalClient.Page page, String fileName,
                                                 byte[] content) throws Exception {
        Matcher start = Pattern.compile("<form[^>]*\\bid=\"upload\"").matcher(page.body());
        assertTrue(start.find(), "the page has the upload form");
        String form = page.body().substring(start.start());
        form = form.substring(0, form.indexOf("</form>"));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form);
        while (hidden.find()) {
            Matcher name = Pattern.compile("\\bname=\"([^\"]+)\"").matcher(hidden.group());
            Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(hidden.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? value.group(1).replace("&#58;", ":") : "");
            }
        }
        fields.put("primefaces.nonce", PortalClient.nonce(page).orElse(""));
        fields.put("upload:check", "");
        Matcher fileInput = Pattern.compile("<input[^>]*type=\"file\"[^>]*>").matcher(form);
        assertTrue(fileInput.find(), "the form has a file input");
        Matcher fileField = Pattern.compile("\\bname=\"([^\"]+)\"").matcher(fileInput.group());
        assertTrue(fileField.find());
        String boundary = "----shoumi" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField.group(1) + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String ltpa = browser.cookie("LtpaToken2").orElse("");
        HttpResponse<String> sent = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(page.uri())
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID").orElseThrow()
                                + (ltpa.isEmpty() ? "" : "; LtpaToken2=" + ltpa))
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, sent.statusCode());
        return new PortalClient.Page(sent.statusCode(), page.uri(), sent.body());
    }

    private static RosterImportJob await(RosterImportJob job) throws InterruptedException {
        for (int i = 0; i < 1200 && job.running(); i++) {
            Thread.sleep(100);
        }
        return job;
    }
}
