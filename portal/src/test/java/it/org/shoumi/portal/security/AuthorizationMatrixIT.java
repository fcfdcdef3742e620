package it.org.shoumi.portal.security;

import it.org.shoumi.portal.ServerLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import it.org.shoumi.portal.TestData;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.inspections.boundary.Rows;
import org.shoumi.portal.inspections.boundary.SelfInspections;
import org.shoumi.portal.pledges.entity.SignedPledge;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;

/**
 * The authorization matrix: every page, download and API call of the portal with what anonymous visitors and
 * each demo login get, walked over HTTP through the real login form. A page file in the webapp without a row
 * here fails the test, so a new page cannot go out without a decision on who may open it.
 *
 * <p>Outcomes: {@code O} the thing itself (200), {@code L} sent to the login form, {@code F} 403, {@code N}
 * 404, {@code U} 401 (the API answers machine clients instead of redirecting). Columns: anonymous, employee,
 * hr, officer, head, auditor, admin (the demo logins; hr's person is SM011, employee's SM002; auditor and
 * admin have no person). Someone else's record answers 404, like one that does not exist. Rows with {@code {…}} use records of hr's person made before the walk: another
 * person's quiz attempts and signed pledge, which employee must never read by changing an id.
 */
public class AuthorizationMatrixIT extends FromInside {

    public static final List<String> LOGINS = List.of("anonymous", "employee", "hr", "officer", "head", "auditor", "admin");

    /** path → expected outcome per login, in the order of {@link #LOGINS}. */
    public static final Map<String, String> MATRIX = new LinkedHashMap<>();

    private static void row(String path, String outcomes) {
        if (MATRIX.put(path, outcomes.replace(" ", "")) != null) {
            throw new IllegalStateException("two rows for " + path);
        }
    }

    static {
        // pages                                     anon emp hr  off head aud adm
        row("index.xhtml",                            "L   O   O   O   O    O   O");
        row("login.xhtml",                            "O   O   O   O   O    O   O");
        row("verify.xhtml",                           "O   O   O   O   O    O   O");
        row("verify.xhtml?code=7KQ4-M2XD-9TRA",       "O   O   O   O   O    O   O");
        row("verify.xhtml?code=%27%3Cscript%3E",      "O   O   O   O   O    O   O");
        row("account/password.xhtml",                 "L   O   O   O   O    O   O");
        row("admin/backup.xhtml",                     "L   F   F   F   F    F   O");
        row("admin/accounts.xhtml",                   "L   F   F   F   F    F   O");
        row("audit/evidence.xhtml",                   "L   F   F   O   F    O   O");
        row("audit/documents.xhtml",                  "L   F   F   O   F    O   O");
        row("audit/logins.xhtml",                     "L   F   F   O   F    O   O");
        row("campaigns/manage.xhtml",                 "L   F   F   O   F    O   O");
        row("campaigns/plans.xhtml",                  "L   F   F   O   F    O   O");
        row("reports/year.xhtml",                     "L   F   F   O   O    O   O");
        row("quizzes/start.xhtml",                    "L   N   N   N   N    N   N");
        // the take page's answer endpoint takes only its script's POST (AnswerServlet): a GET is 405
        row("quizzes/answer",                         "L   4   4   4   4    4   4");
        row("quizzes/daily.xhtml",                    "L   O   O   O   O    O   O");
        row("quizzes/start.xhtml?quiz=PRACTICE",      "L   O   O   O   O    N   N");
        row("content/edit.xhtml",                     "L   F   F   N   F    F   N");
        row("content/edit.xhtml?key={document}",      "L   F   F   O   F    F   O");
        row("content/library.xhtml",                  "L   O   O   O   O    O   O");
        row("content/readers.xhtml?key={document}",   "L   F   F   O   F    F   O");
        row("content/manage.xhtml",                   "L   F   F   O   F    F   O");
        row("content/read.xhtml",                     "L   N   N   N   N    N   N");
        row("departures/detail.xhtml",                "L   F   N   N   F    F   F");
        row("departures/list.xhtml",                  "L   F   O   F   F    F   F");
        row("departures/restrictions.xhtml",          "L   F   O   O   F    O   F");
        row("employees/change.xhtml",                 "L   F   N   F   F    F   N");
        row("employees/change.xhtml?no=SM002",        "L   F   O   F   F    F   O");
        row("employees/hire.xhtml",                   "L   F   O   F   F    F   O");
        row("employees/import.xhtml",                 "L   F   O   F   F    F   O");
        row("employees/move.xhtml",                   "L   F   O   F   F    F   O");
        row("employees/move.xhtml?from=OFFICE",       "L   F   O   F   F    F   O");
        row("employees/list.xhtml",                   "L   F   O   O   F    O   O");
        // an employee who is no department's liaison (the demo's liaisons have no logins): 404
        row("inspections/department.xhtml",           "L   N   N   O   O    O   F");
        row("inspections/department.xhtml?round=999999999", "L   N   N   O   O    O   F");
        row("inspections/department.xhtml?round=abc", "L   N   N   N   N    N   F");
        row("inspections/fill.xhtml",                 "L   N   N   N   N    N   N");
        row("inspections/findings.xhtml",             "L   O   O   O   O    O   O");
        row("inspections/mine.xhtml",                 "L   O   O   O   O    O   O");
        row("inspections/open-findings.xhtml",        "L   F   F   O   F    O   F");
        row("inspections/rounds.xhtml",               "L   F   F   O   F    O   F");
        row("calendar.xhtml",                         "L   O   O   O   O    O   O");
        row("calendar.ics",                           "N   N   N   N   N    N   N");
        row("calendar.ics?token=not-a-real-token",    "N   N   N   N   N    N   N");
        row("notifications.xhtml",                    "L   O   O   O   O    O   O");
        row("search.xhtml",                           "L   O   O   O   O    O   O");
        row("search.xhtml?q=%3Cscript%3E",            "L   O   O   O   O    O   O");
        row("search.xhtml?q=%E4%BF%9D%E5%AF%86",      "L   O   O   O   O    O   O"); // 保密: many findings
        row("programmes/people.xhtml",                "L   F   O   O   O    O   O");
        row("programmes/people.csv",                  "L   F   O   O   O    O   O");
        row("pledges/mine.xhtml",                     "L   O   O   O   O    O   O");
        row("pledges/sign.xhtml",                     "L   N   N   N   N    N   N");
        row("pledges/sign.xhtml?kind=TOPIC",          "L   N   N   N   N    N   N");
        row("pledges/sign.xhtml?kind=TOPIC&issue=999999999", "L   N   N   N   N    N   N");
        row("pledges/sign.xhtml?kind=TOPIC&issue=abc",   "L   N   N   N   N    N   N");
        row("pledges/topics.xhtml",                   "L   F   F   O   F    F   F");
        row("pledges/topics.xhtml?issue=999999999",   "L   F   F   O   F    F   F");
        row("programmes/dashboard.xhtml",             "L   F   O   O   O    O   O");
        row("programmes/overview.xhtml",              "L   F   O   O   O    O   O");
        row("quizzes/import.xhtml",                   "L   F   F   O   F    F   O");
        row("quizzes/list.xhtml",                     "L   O   O   O   O    O   O");
        row("quizzes/manage.xhtml",                   "L   F   F   O   F    O   O");
        row("quizzes/mistakes.xhtml",                 "L   O   O   O   O    O   O");
        row("quizzes/results.xhtml",                  "L   O   O   O   O    O   O");
        row("quizzes/result.xhtml",                   "L   N   N   N   N    N   N");
        row("quizzes/stats.xhtml",                    "L   F   F   N   F    N   N");
        row("quizzes/stats.xhtml?quiz=PRACTICE",      "L   F   F   O   F    O   O");
        row("quizzes/review.xhtml",                   "L   F   F   N   F    N   N");
        row("quizzes/review.xhtml?key=code-001",      "L   F   F   O   F    O   O");
        row("quizzes/review.xhtml?key=no-such-q",     "L   F   F   N   F    N   N");
        row("quizzes/accommodations.xhtml",           "L   F   F   N   F    N   N"); // the auditor reads them
        row("quizzes/accommodations.xhtml?quiz=PRACTICE", "L   F   F   O   F    O   O");
        row("quizzes/take.xhtml",                     "L   N   N   N   N    N   N");
        row("records/index.xhtml",                    "L   F   O   O   F    O   O");
        row("incidents/report.xhtml",                 "L   O   O   O   O    O   O");
        row("incidents/mine.xhtml",                   "L   O   O   O   O    O   O");
        row("incidents/manage.xhtml",                 "L   F   F   O   F    O   F");
        row("incidents/manage.xhtml?id=999999999",    "L   F   F   O   F    O   F");
        row("incidents/conduct.xhtml",                "L   F   O   O   F    O   F");
        row("sessions/checkin.xhtml",                 "L   O   O   O   O    O   O");
        row("sessions/manage.xhtml",                  "L   F   F   O   F    F   O");
        row("sessions/manage.xhtml?session=NO-SUCH",  "L   F   F   O   F    F   O");
        row("vetting/manage.xhtml",                   "L   F   O   O   F    O   F");
        row("vetting/manage.xhtml?no=SM011",          "L   F   O   O   F    O   F");
        row("matters/mine.xhtml",                     "L   O   O   O   O    O   O");
        row("matters/manage.xhtml",                   "L   F   F   O   F    O   F");
        row("matters/manage.xhtml?id=999999999",      "L   F   F   N   F    N   F");
        row("liaisons/manage.xhtml",                  "L   F   F   O   F    O   F");
        row("disclosures/mine.xhtml",                 "L   O   O   O   O    O   O");
        row("disclosures/register.xhtml",             "L   F   F   O   O    O   F");
        row("disclosures/request.xhtml",              "L   N   N   N   N    N   N");
        row("disclosures/request.xhtml?id=999999999", "L   N   N   N   N    N   N");
        row("travel/mine.xhtml",                      "L   O   O   O   O    O   O");
        row("travel/manage.xhtml",                    "L   F   F   O   F    O   F");
        // another person's records, by id                 anon emp hr  off head aud adm
        row("quizzes/take.xhtml?attempt={hrOpenAttempt}",   "L   N   O   N   N    N   N");
        row("quizzes/result.xhtml?attempt={hrDoneAttempt}", "L   N   O   N   N    N   N");
        row("quizzes/take.xhtml?attempt={hrDoneAttempt}",   "L   N   O   N   N    N   N");
        row("quizzes/result.xhtml?attempt=999999999",       "L   N   N   N   N    N   N");
        row("pledges/pdf?id={hrPledge}",                    "L   N   O   O   N    O   N");
        row("pledges/pdf?id=999999999",                     "L   N   N   N   N    N   N");
        row("pledges/pdf",                                  "L   N   N   N   N    N   N");
        // downloads                                 anon emp hr  off head aud adm
        row("records/file?no=SM011",                  "L   F   O   O   F    O   O");
        // an unknown number or department leads back to the records page, which names it (16e6ee29)
        row("records/file?no=NOBODY",                 "L   F   O   O   F    O   O");
        row("records/inspection",                     "L   F   O   O   F    O   O");
        row("records/files?dept=OFFICE",              "L   F   O   O   F    O   O");
        row("records/files?dept=NO_SUCH_DEPT",        "L   F   O   O   F    O   O");
        row("reports/year.xlsx?year=2026",            "L   F   F   O   O    O   O");
        row("reports/year.pdf?year=2026",             "L   F   F   O   O    O   O");
        row("records/departure?id=999999999",         "L   F   N   N   F    N   N");
        row("incidents/attachment?id=999999999",     "L   F   F   N   F    N   F");
        row("incidents/attachment",                   "L   F   F   N   F    N   F");
        row("my-record",                              "L   O   O   O   O    N   N");
        // REST API (a login's session, or the API token)
        row("api/restrictions/SM011",                 "U   F   O   O   F    O   F");
        row("api/restrictions/NOBODY",                "U   F   N   N   F    N   F");
        // the backup command is for the token only: any browser session is refused (admins use the page)
        row("api/backups",                            "U   F   F   F   F    F   F");
    }

    @Inject
    HttpServletRequest request;

    @Inject
    TestData data;

    @Inject
    EvidenceLog evidence;

    @Inject
    QuizAttempts attempts;

    @Inject
    SelfInspections selfInspections;

    private PortalClient browser() {
        return new PortalClient(baseUri());
    }

    private URI baseUri() {
        return portalAddress(request);
    }

    @Test
    void everyPageFileHasARow() {
        Set<String> pages = new TreeSet<>();
        collectPages(request.getServletContext(), "/", pages);
        assertFalse(pages.isEmpty(), "found the pages of the deployed portal");
        Set<String> declared = new TreeSet<>();
        MATRIX.keySet().forEach(path -> declared.add(path.replaceAll("\\?.*", "")));
        Set<String> missing = new TreeSet<>(pages);
        missing.removeAll(declared);
        assertTrue(missing.isEmpty(), "pages without a row in the authorization matrix: " + missing);
    }

    private static void collectPages(ServletContext context, String folder, Set<String> pages) {
        Set<String> entries = context.getResourcePaths(folder);
        if (entries == null) {
            return;
        }
        for (String entry : entries) {
            if (entry.startsWith("/WEB-INF/") || entry.startsWith("/META-INF/") || entry.startsWith("/resources/")) {
                continue;
            }
            if (entry.endsWith("/")) {
                collectPages(context, entry, pages);
            } else if (entry.endsWith(".xhtml") && !entry.startsWith("/" + Deployments.TEST_PAGE_PREFIX)) {
                pages.add(entry.substring(1));
            }
        }
    }

    @Test
    void everyLoginGetsWhatTheMatrixSays() throws Exception {
        Map<String, String> ids = othersRecords();
        ServerLog log = ServerLog.fromNow();
        // each login walks the matrix in a session of its own, side by side with the others (as people do)
        java.util.concurrent.ExecutorService walkers = java.util.concurrent.Executors.newFixedThreadPool(3);
        List<java.util.concurrent.Future<List<String>>> columns = new ArrayList<>();
        try {
            for (int column = 0; column < LOGINS.size(); column++) {
                int c = column;
                URI base = baseUri();
                columns.add(walkers.submit(() -> walk(c, ids, base)));
            }
            List<String> wrong = new ArrayList<>();
            for (java.util.concurrent.Future<List<String>> column : columns) {
                wrong.addAll(column.get());
            }
            assertEquals(List.of(), wrong, "rows where the portal differs from the matrix");
            assertTrue(evidence.verify().intact(), () -> "the walk leaves the chain whole: " + evidence.verify().first());
            // a page's 404 (someone else's record, an unknown id) ends the request: no half-rendered page behind it
            List<String> errors = log.linesSince("SRVE0157E", "Response already committed");
            assertTrue(errors.isEmpty(), errors.size() + " errors the server logged while answering the matrix, "
                    + "the first: " + errors.stream().limit(3).toList());
        } finally {
            walkers.shutdownNow();
        }
    }

    /** One login's column: the rows where what it gets differs from the matrix. */
    private static List<String> walk(int column, Map<String, String> ids, URI base) throws Exception {
        String login = LOGINS.get(column);
        PortalClient browser = new PortalClient(base);
        if (!login.equals("anonymous")) {
            Page home = browser.login(login, "Shoumi@2026");
            assertTrue(home.uri().getPath().endsWith("/index.xhtml"), login + " logs in: " + home.uri());
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> row : MATRIX.entrySet()) {
            String path = row.getKey();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            char expected = row.getValue().charAt(column);
            char actual = outcome(path, browser.get(path));
            if (expected != actual) {
                wrong.add(row.getKey() + " as " + login + ": expected " + expected + ", got " + actual);
            }
        }
        return wrong;
    }

    @Test
    void anEmployeeCannotOpenSomeoneElsesSelfInspection() throws Exception {
        List<Long> others = data.inTransaction(em -> em.createQuery(
                "select s.id from SelfInspection s where s.respondent.employeeNo <> 'SM002'", Long.class)
                .setMaxResults(3).getResultList());
        PortalClient employee = browser();
        employee.login("employee", "Shoumi@2026");
        for (Long id : others) {
            Page page = employee.get("inspections/fill.xhtml?id=" + id);
            assertEquals(404, page.status(), "someone else's self-inspection " + id);
        }
        for (Rows.Task own : selfInspections.mine("employee")) {
            assertEquals(200, employee.get("inspections/fill.xhtml?id=" + own.id()).status(), "own " + own.id());
        }
    }

    private static char outcome(String path, Page page) {
        if (page.uri().getPath().endsWith("/login.xhtml") && !path.startsWith("login.xhtml")) {
            return 'L';
        }
        return switch (page.status()) {
            case 200 -> 'O';
            case 401 -> 'U';
            case 403 -> 'F';
            case 404 -> 'N';
            default -> (char) ('0' + page.status() / 100);
        };
    }

    /** A finished and an open practice attempt and a signed pledge of hr's person (SM011). */
    private Map<String, String> othersRecords() {
        long done = attempts.start("PRACTICE", "SM011", "HR").attemptId();
        attempts.submit(done, "SM011");
        long open = attempts.start("PRACTICE", "SM011", "HR").attemptId();
        long pledge = data.inTransaction(em -> {
            Employee hr = em.createNamedQuery(Employee.BY_NUMBER, Employee.class)
                    .setParameter("employeeNo", "SM011").getSingleResult();
            SignedPledge signed = new SignedPledge(hr, "PLEDGE-MATRIX", 1, PledgeKind.IN_POST, "matrix", "text",
                    "0".repeat(64), hr.getName(), "hr", Instant.now(), "127.0.0.1", "AuthorizationMatrixIT",
                    new byte[] {1}, "%PDF-1.4 matrix".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            em.persist(signed);
            em.flush();
            // as a signature through the portal is: in the evidence log, so that the chain stays whole for others
            evidence.append(EvidenceKind.SIGNED_PLEDGE, signed.getId());
            return signed.getId();
        });
        // a rule: one people read (pledge templates and checklists have no reading page and no readers)
        String document = data.inTransaction(em -> em.createQuery("select v.documentKey from DocumentVersion v "
                + "where v.kind = :rule order by v.documentKey", String.class)
                .setParameter("rule", org.shoumi.content.documents.entity.DocumentKind.RULE).setMaxResults(1)
                .getSingleResult());
        return Map.of("document", document, "hrDoneAttempt", Long.toString(done), "hrOpenAttempt", Long.toString(open),
                "hrPledge", Long.toString(pledge));
    }
}
