package it.org.shoumi.portal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import it.org.shoumi.portal.TestData;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.ChangeSource;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.programmes.entity.Assignment;
import org.shoumi.portal.programmes.entity.ClosedBecause;
import org.shoumi.portal.programmes.entity.ProgrammeKind;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;

/**
 * Found by an outside check: for one department and year the head's dashboard read 100 % and the year report 75 %,
 * the dashboard leaving out an exit programme closed when its person left. Both now count a programme closed
 * unfinished as given and not completed, and show the same figure for the same people. An exit programme closed
 * because its departure was withdrawn as opened by mistake was never owed: it counts nowhere (it counted as closed
 * unfinished: outside check). The drill-down of closed programmes gives when and why each was closed, on the page
 * and in its CSV (it gave neither: outside check).
 */
class HeadCompletionIT extends FromInside {

    private static final String PASSWORD = "Head-Completion-2026";

    @Inject
    TestData data;

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    @Inject
    org.shoumi.portal.employees.boundary.PersonnelHistory history;

    @Test
    void theHeadsDashboardAndTheYearReportShowTheSameCompletion() throws Exception {
        String tail = TestData.uniqueTail();
        String name = "完成率测试部" + tail;
        Department department = new Department("HC_" + tail, name, "Completion test " + tail);
        data.persist(department);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate started = today.withDayOfYear(1);
        Instant done = Instant.now();
        for (int i = 1; i <= 3; i++) {
            long person = person("H" + tail + "-" + i, department, EmployeeStatus.ACTIVE).getId();
            data.inTransaction(em -> {
                Assignment a = new Assignment(em.find(Employee.class, person), ProgrammeKind.IN_POST, started,
                        today.plusDays(30), null, "officer", done);
                a.completed(done);
                em.persist(a);
                return a;
            });
            if (i >= 2) {
                // an exit programme whose departure HR withdrew as opened by mistake: never owed, counted nowhere
                // (outside check: it counted as closed unfinished and lowered the rate); one still open when withdrawn,
                // one done first (the briefing and a paper pledge before the withdrawal)
                boolean doneFirst = i == 3;
                data.inTransaction(em -> {
                    Assignment exit = new Assignment(em.find(Employee.class, person), ProgrammeKind.EXIT, started,
                            today.plusDays(30), null, "hr", done);
                    if (doneFirst) {
                        exit.completed(done);
                    }
                    exit.closeAsWithdrawn(done);
                    em.persist(exit);
                    return exit;
                });
            }
        }
        // an exit programme closed when its person left the unit, unfinished
        long leaver = person("H" + tail + "-4", department, EmployeeStatus.LEFT_UNIT).getId();
        data.inTransaction(em -> {
            Assignment exit = new Assignment(em.find(Employee.class, leaver), ProgrammeKind.EXIT, started,
                    today.plusDays(30), null, "hr", done);
            exit.close(done, ClosedBecause.LEFT);
            em.persist(exit);
            return exit;
        });

        PortalClient client = headOf("H" + tail + "-9", department);

        Page dashboard = client.get("programmes/dashboard.xhtml");
        assertEquals(200, dashboard.status());
        String row = dashboard.visible().replaceAll("\\s+", " ");
        Matcher counts = Pattern.compile(Pattern.quote(name) + " (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)%").matcher(row);
        assertTrue(counts.find(), "the department's row: complete, in time, overdue, closed, rate: " + row);
        assertEquals("3 0 0 1", counts.group(1) + " " + counts.group(2) + " " + counts.group(3) + " "
                + counts.group(4), "the exit programme closed on leaving is counted, as closed unfinished");
        assertEquals("75", counts.group(5), "3 of 4 programmes completed: " + row);
        assertTrue(dashboard.contains("state=CLOSED"), "the closed count opens the people behind it");

        // the drill-down counts as the dashboard does, and gives when and why a programme was closed
        Page all = client.get("programmes/people.xhtml?state=ALL");
        assertTrue(all.visible().contains("1-4 / 4"), "the four programmes owed, none withdrawn: " + all.visible());
        Page closed = client.get("programmes/people.xhtml?state=CLOSED");
        String closedRows = closed.visible().replaceAll("\\s+", " ");
        assertTrue(closedRows.contains("1-1 / 1"), "only the leaver's programme is closed: " + closedRows);
        assertTrue(closedRows.contains("H" + tail + "-4"), closedRows);
        String closedAt = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(done.atZone(ZoneId.of("Asia/Shanghai")));
        assertTrue(closedRows.contains(closedAt + " 离岗离职"), "when and why it was closed: " + closedRows);
        String csv = new String(client.raw("programmes/people.csv?state=CLOSED").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains("关闭时间,关闭原因"), "the file's columns: " + csv);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("H" + tail + "-4,") && l.endsWith(",已关闭,," + closedAt
                + ",离岗离职")), "when and why, after the state and the (empty) completion time: " + csv);
        assertTrue(csv.lines().noneMatch(l -> l.startsWith("H" + tail + "-2,") || l.startsWith("H" + tail + "-3,")),
                "the withdrawn exit programmes are behind no count: " + csv);

        Page report = client.get("reports/year.xhtml?year=" + today.getYear());
        assertEquals(200, report.status());
        String coverage = report.visible().replaceAll("\\s+", " ");
        Matcher figures = Pattern.compile(Pattern.quote(name) + " \\d+ (\\d+) (\\d+) (\\d+) ([\\d.]+)")
                .matcher(coverage);
        assertTrue(figures.find(), "the department's coverage: " + coverage);
        assertEquals("4 3 0", figures.group(1) + " " + figures.group(2) + " " + figures.group(3), coverage);
        assertEquals(Integer.parseInt(counts.group(5)), new java.math.BigDecimal(figures.group(4)).intValueExact(),
                "the dashboard's rate is the year report's");
        assertTrue(coverage.contains("计入培训任务、不计入已完成"), "the report says how closed programmes count");
    }

    /**
     * The dashboard counted every year's programmes at once (outside check): last year's overdue in-post programme,
     * or next year's plan items, changed this year's rate, while the year report counts by the year a programme
     * started. It counts this year's unless asked for another year or all years ({@code ?year=all}); the year goes
     * with its drill-downs and their CSV.
     */
    @Test
    void theDashboardIsNarrowedToOneYearAndItsCountsOpenThatYearsPeople() throws Exception {
        String tail = TestData.uniqueTail();
        String name = "年度筛选部" + tail;
        Department department = new Department("HY_" + tail, name, "Year filter " + tail);
        data.persist(department);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int thisYear = today.getYear();
        Instant done = Instant.now();
        long lastYears = person("Y" + tail + "-1", department, EmployeeStatus.ACTIVE).getId();
        long thisYears = person("Y" + tail + "-2", department, EmployeeStatus.ACTIVE).getId();
        data.inTransaction(em -> {
            // last year's, never done: overdue now
            em.persist(new Assignment(em.find(Employee.class, lastYears), ProgrammeKind.IN_POST,
                    LocalDate.of(thisYear - 1, 3, 1), LocalDate.of(thisYear - 1, 6, 30), null, "officer", done));
            Assignment current = new Assignment(em.find(Employee.class, thisYears), ProgrammeKind.IN_POST,
                    LocalDate.of(thisYear, 1, 1), today.plusDays(30), null, "officer", done);
            current.completed(done);
            em.persist(current);
            return current;
        });
        PortalClient client = headOf("Y" + tail + "-9", department);

        String all = client.get("programmes/dashboard.xhtml?year=all").visible().replaceAll("\\s+", " ");
        assertTrue(all.contains(name + " 1 0 1 0 50%"), "all years: one done, one overdue: " + all);
        String standing = client.get("programmes/dashboard.xhtml").visible().replaceAll("\\s+", " ");
        assertTrue(standing.contains(name + " 1 0 0 0 100%"), "this year's unless asked, as the report: " + standing);
        Page year = client.get("programmes/dashboard.xhtml?year=" + thisYear);
        String thisYearRow = year.visible().replaceAll("\\s+", " ");
        assertTrue(thisYearRow.contains(name + " 1 0 0 0 100%"), "this year's only: " + thisYearRow);
        assertTrue(Pattern.compile("href=\"(?=[^\"]*year=" + thisYear + ")(?=[^\"]*state=COMPLETE)").matcher(year.body())
                .find(), "the counts open this year's people: " + year.body());
        String last = client.get("programmes/dashboard.xhtml?year=" + (thisYear - 1)).visible()
                .replaceAll("\\s+", " ");
        assertTrue(last.contains(name + " 0 0 1 0 0%"), "last year's only: " + last);

        String people = client.get("programmes/people.xhtml?state=ALL&year=" + (thisYear - 1)).visible();
        assertTrue(people.contains("Y" + tail + "-1") && !people.contains("Y" + tail + "-2"), people);
        String csv = new String(client.raw("programmes/people.csv?state=ALL&year=" + thisYear).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("Y" + tail + "-2,")), csv);
        assertTrue(csv.lines().noneMatch(l -> l.startsWith("Y" + tail + "-1,")), "last year's is not in: " + csv);
        assertEquals(400, client.raw("programmes/people.csv?year=20x6").statusCode());

        String bad = client.get("programmes/dashboard.xhtml?year=20x6").visible().replaceAll("\\s+", " ");
        assertTrue(bad.contains("“20x6”不是有培训任务的年度") && bad.contains(name + " 1 0 0 0 100%"),
                "an unknown year is said, and this year's counted: " + bad);
        // the years it can count are named, as the year report names its range (outside check)
        String far = client.get("programmes/dashboard.xhtml?year=2100").visible().replaceAll("\\s+", " ");
        assertTrue(java.util.regex.Pattern.compile("“2100”不是有培训任务的年度（有培训任务的年度：[^）]*" + thisYear
                + "[^）]*）").matcher(far).find(), far);
        String badPeople = client.get("programmes/people.xhtml?year=20x6").visible();
        assertTrue(badPeople.contains("“20x6”不是本列表的筛选条件"), badPeople);
    }

    /**
     * Found by an outside check: the drill-down showed dept=NOPE, year=1900 and year=2100 as 全部部门 / 全部年度 with
     * an empty table and no warning, while year=abc was named; its CSV gave 200 and an empty file for those (and for
     * campaign=NOPE) but 400 for year=abc and state=BOGUS, and 400 for year=all, which the page takes. Both now take
     * the same filters and refuse the same ones with the same words.
     */
    @Test
    void aFilterTheListDoesNotKnowIsNamedOnThePageAndRefusedByItsCsvInTheSameWords() throws Exception {
        PortalClient officer = new PortalClient(portalAddress(request));
        officer.login("officer", "Shoumi@2026");
        for (String bad : new String[] {"dept=NOPE", "year=1900", "year=2100", "year=abc", "state=BOGUS"}) {
            String value = bad.substring(bad.indexOf('=') + 1);
            String page = officer.get("programmes/people.xhtml?" + bad).visible();
            assertTrue(page.contains("“" + value + "”不是本列表的筛选条件"), bad + ": " + page);
            java.net.http.HttpResponse<byte[]> csv = officer.raw("programmes/people.csv?" + bad);
            assertEquals(400, csv.statusCode(), bad);
            assertTrue(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)
                    .contains("“" + value + "”不是本列表的筛选条件"), bad + ": the page's words");
        }
        String page = officer.get("programmes/people.xhtml?campaign=NOPE").visible();
        assertTrue(page.contains("没有代码为“NOPE”的培训活动或计划项目"), page);
        java.net.http.HttpResponse<byte[]> campaign = officer.raw("programmes/people.csv?campaign=NOPE");
        assertEquals(400, campaign.statusCode());
        assertTrue(new String(campaign.body(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("没有代码为“NOPE”的培训活动或计划项目"));

        // what the page takes, the file takes: all years, a department's code in small letters
        String all = officer.get("programmes/people.xhtml?year=all&dept=office").visible();
        assertTrue(!all.contains("不是本列表的筛选条件"), all);
        assertEquals(200, officer.raw("programmes/people.csv?year=all").statusCode());
        java.net.http.HttpResponse<byte[]> office = officer.raw("programmes/people.csv?dept=office&state=ALL");
        assertEquals(200, office.statusCode());
        String rows = new String(office.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(rows.lines().skip(1).allMatch(l -> l.contains(",办公室,")), "the office's people only: " + rows);
    }

    /**
     * Found by an outside check: after SM006 moved from 办公室 to 档案室, the dashboard of 2025 put his 2025 programme in
     * 档案室 (已关闭未完成) while the year report of 2025 counts it in 办公室, where he was at that year's end; the head
     * of 办公室 saw 6 on the dashboard and its drill-down, 7 in the report. A year's programmes now count where their
     * people were at the year's end on the dashboard, its drill-down and CSV too, and the pages say so.
     */
    @Test
    void aPastYearsProgrammeCountsWhereItsPersonWasAtTheYearsEndOnTheDashboardAndInTheReportAlike()
            throws Exception {
        String tail = TestData.uniqueTail();
        String fromName = "调出部" + tail;
        String toName = "调入部" + tail;
        Department from = new Department("HM_" + tail, fromName, "Moved from " + tail);
        Department to = new Department("HN_" + tail, toName, "Moved to " + tail);
        data.persist(from);
        data.persist(to);
        int lastYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        Instant done = Instant.now();
        String moverNo = "M" + tail + "-1";
        long mover = person(moverNo, from, EmployeeStatus.ACTIVE).getId();
        data.inTransaction(em -> {
            Employee p = em.find(Employee.class, mover);
            history.hired(p, "hr", ChangeSource.HIRE);
            Assignment a = new Assignment(p, ProgrammeKind.IN_POST, LocalDate.of(lastYear, 3, 1),
                    LocalDate.of(lastYear, 6, 30), null, "officer", done);
            em.persist(a);
            return a;
        });
        PortalClient head = headOf("M" + tail + "-9", from);
        // HR moves the person today
        data.inTransaction(em -> {
            Employee p = em.find(Employee.class, mover);
            Employee.Snapshot before = p.snapshot();
            p.update(p.getName(), em.createQuery("select d from Department d where d.code = :c", Department.class)
                    .setParameter("c", to.getCode()).getSingleResult(), p.getPost(), p.getSecrecyClass());
            return history.changed(p, before, "hr", ChangeSource.FORM, "调动");
        });

        String dashboard = head.get("programmes/dashboard.xhtml?year=" + lastYear).visible().replaceAll("\\s+", " ");
        assertTrue(dashboard.contains(fromName + " 0 0 1 0 0%"), "counted where the person was then: " + dashboard);
        assertTrue(dashboard.contains(lastYear + " 年年末（12 月 31 日）人员所在部门统计"), "the page says so: " + dashboard);
        // found by an outside check: this year's dashboard said so too, though its year-end has not come and its
        // people count where they are now
        String thisYears = head.get("programmes/dashboard.xhtml?year=" + (lastYear + 1)).visible();
        assertTrue(thisYears.contains((lastYear + 1) + " 年尚未结束：各部门按人员现在所在部门统计"), thisYears);
        assertFalse(thisYears.contains("年年末（12 月 31 日）人员所在部门统计"), thisYears);
        PortalClient officer = new PortalClient(portalAddress(request));
        officer.login("officer", "Shoumi@2026");
        String all = officer.get("programmes/dashboard.xhtml?year=" + lastYear).visible().replaceAll("\\s+", " ");
        assertTrue(all.contains(fromName + " 0 0 1 0 0%") && !all.contains(toName), all);

        String people = head.get("programmes/people.xhtml?state=ALL&year=" + lastYear).visible();
        assertTrue(people.contains(moverNo) && people.contains("1-1 / 1"), "the head's drill-down: " + people);
        String officers = officer.get("programmes/people.xhtml?state=ALL&year=" + lastYear + "&dept=" + from.getCode())
                .visible();
        assertTrue(officers.contains(moverNo), officers);
        assertTrue(!officer.get("programmes/people.xhtml?state=ALL&year=" + lastYear + "&dept=" + to.getCode())
                .visible().contains(moverNo), "not in the department moved to, for that year");
        String csv = new String(head.raw("programmes/people.csv?state=ALL&year=" + lastYear).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith(moverNo + ",")), csv);

        String report = head.get("reports/year.xhtml?year=" + lastYear).visible().replaceAll("\\s+", " ");
        Matcher figures = Pattern.compile(Pattern.quote(fromName) + " \\d+ (\\d+) (\\d+) (\\d+)").matcher(report);
        assertTrue(figures.find(), report);
        assertEquals("1 0 1", figures.group(1) + " " + figures.group(2) + " " + figures.group(3),
                "the report counts the same programme in the same department: " + report);
    }

    /** The department's head, with a login of their own, logged in. */
    private PortalClient headOf(String headNo, Department department) throws Exception {
        Employee head = person(headNo, department, EmployeeStatus.ACTIVE);
        String login = headNo.toLowerCase(Locale.ROOT);
        data.inTransaction(em -> accounts.create(login, PASSWORD.toCharArray(), Set.of(Role.EMPLOYEE, Role.DEPT_HEAD),
                em.find(Employee.class, head.getId())));
        PortalClient client = new PortalClient(portalAddress(request));
        client.login(login, PASSWORD);
        return client;
    }

    private Employee person(String no, Department department, EmployeeStatus status) {
        data.persist(new Employee(no, "完" + no.substring(no.length() - 1), department, data.anyPost(),
                SecrecyClass.GENERAL, status, LocalDate.now().minusYears(1)));
        return data.inTransaction(em -> em.createNamedQuery(Employee.BY_NUMBER, Employee.class)
                .setParameter("employeeNo", no).getSingleResult());
    }
}
