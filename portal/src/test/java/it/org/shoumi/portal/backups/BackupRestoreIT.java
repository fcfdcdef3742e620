package it.org.shoumi.portal.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.TestData;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.shoumi.portal.shared.TransientConflicts;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.TestMethodOrder;
import org.shoumi.content.documents.boundary.DocumentDraft;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.portal.backups.boundary.BackupInfo;
import org.shoumi.portal.backups.boundary.Backups;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.training.boundary.Acknowledgements;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;
import org.shoumi.quizzes.attempts.boundary.QuizDraft;
import org.shoumi.quizzes.attempts.boundary.Quizzes;
import org.shoumi.quizzes.attempts.boundary.TakerView;
import org.shoumi.quizzes.attempts.control.QuizPolicy.GradingMethod;
import org.shoumi.quizzes.attempts.control.Response;
import org.shoumi.quizzes.attempts.control.Scoring.MultiCredit;
import org.shoumi.quizzes.attempts.entity.FeedbackPolicy;
import org.shoumi.quizzes.attempts.entity.QuizMode;

/**
 * An online backup taken while answers keep being saved, restored the documented way (Derby's
 * {@code restoreFrom}) into a separate database and compared record by record, table by table, with the live
 * database as it was when the backup ran. Then the admin page and the operator's REST command.
 *
 * <p>The first test runs in the server: it writes records, starts a writer, snapshots every table, backs up,
 * snapshots again, and leaves both snapshots and the backup's path in {@code <server>/backup-it/}. The second
 * runs in the test JVM, which has Derby on its class path: embedded Derby lets one JVM open a database, and the
 * backup copy is a database of its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreIT extends FromInside {

    private static final String TOKEN = "it-restriction-token-0123456789";

    @Inject
    Backups backups;

    @Inject
    QuizAttempts attempts;

    @Inject
    Quizzes quizzes;

    @Inject
    Accounts accounts;

    @Inject
    Documents documents;

    @Inject
    Acknowledgements acknowledgements;

    @Inject
    TestData data;

    @ArquillianResource
    URL baseUrl;

    private static Response some(TakerView.Question q) {
        return switch (q.type()) {
            case SINGLE, MULTI -> new Response(q.options().get(0).value());
            case JUDGE -> Response.ofTruth(true);
            case FILL -> Response.ofBlanks(Collections.nCopies(q.blanks(), "保密"));
        };
    }

    @Test
    @Order(1)
    @DisabledIfEnvironmentVariable(named = "PORTAL_DB", matches = "(?i)postgresql",
            disabledReason = "Derby's online backup; PostgreSQL is backed up with pg_dump")
    void anOnlineBackupWhileAnswersAreBeingSaved() throws Exception {
        assertTrue(backups.derby(), "this test backs up the embedded Derby database");
        String id = Long.toString(System.nanoTime(), 36).toUpperCase();
        // (a) records of every kind: a person with a login, an acknowledgement, attempts with answers
        Department department = new Department("BK" + id, "备份测试部门", null);
        String postCode = "BP" + id;
        Post post = new Post(postCode, "备份测试岗位", null);
        Employee person = new Employee("BK" + id, "备份", department, post, SecrecyClass.IMPORTANT,
                EmployeeStatus.ACTIVE, LocalDate.of(2024, 1, 1));
        data.persist(department, post, person);
        String login = Deployments.uniqueName("bk");
        accounts.create(login, "Tide-Lamp-739".toCharArray(), Set.of(Role.EMPLOYEE), person);
        String dutyKey = "duties.bk" + id.toLowerCase();
        documents.publish(new DocumentDraft(dutyKey, DocumentKind.DUTY, "备份测试岗位保密职责", postCode, null,
                "### 第一条 备份 {#" + dutyKey + ".1}\n备份\n", LocalDate.now().minusDays(1), true, null), "officer");
        acknowledgements.acknowledge(login, dutyKey, 1, Instant.now().minusSeconds(120));
        String quiz = "BK-" + id;
        quizzes.define(new QuizDraft(quiz, "备份测试 " + quiz, QuizMode.EXAM, 5, null, 1, 5, 30, 60, 9,
                GradingMethod.HIGHEST, FeedbackPolicy.FULL, MultiCredit.PARTIAL));
        for (int i = 0; i < 3; i++) {
            String taker = "BA" + i + id.substring(Math.max(0, id.length() - 8));
            TakerView view = attempts.start(quiz, taker, "BK" + id);
            for (TakerView.Question q : view.questions()) {
                attempts.save(view.attemptId(), taker, q.position(), some(q));
            }
            if (i < 2) {
                attempts.submit(view.attemptId(), taker);
            }
        }

        // (b) a writer keeps taking the quiz (new attempts, saved answers, submits) until told to stop
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger saved = new AtomicInteger();
        AtomicInteger savedDuringBackup = new AtomicInteger();
        AtomicBoolean backingUp = new AtomicBoolean();
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        // like the take page, each call is made again when the database rolled it back for a conflict (a lock
        // that waited too long while Derby copied the table it writes to): a taker's page does the same
        Future<?> writer = executor.submit(() -> {
            for (int n = 0; !stop.get(); n++) {
                String taker = "W" + n + id.substring(Math.max(0, id.length() - 8));
                TakerView view = TransientConflicts.retry(() -> attempts.start(quiz, taker, "BK" + id));
                for (TakerView.Question q : view.questions()) {
                    TransientConflicts.retry(() -> attempts.save(view.attemptId(), taker, q.position(), some(q)));
                    saved.incrementAndGet();
                    if (backingUp.get()) {
                        savedDuringBackup.incrementAndGet();
                    }
                }
                TransientConflicts.retry(() -> attempts.submit(view.attemptId(), taker));
            }
            return null;
        });
        try {
            while (saved.get() < 10) {
                Thread.sleep(20);
            }
            DataSource ds = InitialContext.doLookup("jdbc/shoumi");
            TableSnapshot before;
            try (Connection c = ds.getConnection()) {
                before = TableSnapshot.read(c);
            }
            backingUp.set(true);
            BackupInfo backup = backups.backUpNow("admin");
            backingUp.set(false);
            TableSnapshot after;
            try (Connection c = ds.getConnection()) {
                after = TableSnapshot.read(c);
            }
            stop.set(true);
            writer.get(300, TimeUnit.SECONDS);
            assertTrue(savedDuringBackup.get() > 0, "answers were saved while the backup ran");

            // (c) hand the snapshots and the backup over to the comparison in the test JVM
            Path handover = Paths.get(backups.directory()).resolveSibling("backup-it");
            Files.createDirectories(handover);
            before.write(handover.resolve("before.ser"));
            after.write(handover.resolve("after.ser"));
            Files.writeString(handover.resolve("backup.txt"), backup.path());
            Files.writeString(handover.resolve("stats.txt"), "saved " + saved.get() + " answers, "
                    + savedDuringBackup.get() + " while the backup ran; backup " + backup.name() + " "
                    + backup.bytes() + " bytes");
            assertTrue(backups.list().stream().anyMatch(b -> b.name().equals(backup.name())
                    && "admin".equals(b.madeBy())), "listed with who made it (found by an outside check)");
        } finally {
            stop.set(true);
            writer.cancel(false);
        }
    }

    /** Whether this run's server uses PostgreSQL (PORTAL_DB=postgresql, as in the README), where backups are pg_dump's. */
    private static boolean onPostgresql() {
        return "postgresql".equalsIgnoreCase(System.getenv("PORTAL_DB"));
    }

    /** (d) the restore of the README into a separate directory, compared row by row with the live snapshots. */
    @Test
    @Order(2)
    @RunAsClient
    @DisabledIfEnvironmentVariable(named = "PORTAL_DB", matches = "(?i)postgresql",
            disabledReason = "restores a Derby backup")
    void theRestoredBackupHoldsEveryRowCommittedBeforeIt() throws Exception {
        Path server = Paths.get("target/liberty/wlp/usr/servers", System.getProperty("liberty.it.server", "portalIT"));
        Path handover = server.resolve("backup-it");
        TableSnapshot before = TableSnapshot.readFrom(handover.resolve("before.ser"));
        TableSnapshot after = TableSnapshot.readFrom(handover.resolve("after.ser"));
        Path backupFolder = Paths.get(Files.readString(handover.resolve("backup.txt")));
        Path copy = backupFolder.resolve("shoumidb");
        assertTrue(Files.isRegularFile(copy.resolve("service.properties")), "a Derby database in " + copy);

        Path restored = Paths.get("target/backup-it-restored-" + System.nanoTime()).toAbsolutePath();
        String url = "jdbc:derby:" + restored;
        TableSnapshot fromBackup;
        try (Connection c = DriverManager.getConnection(url + ";restoreFrom=" + copy)) {
            fromBackup = TableSnapshot.read(c);
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException expected) {
                // 08006: Derby reports a clean shutdown of one database as an exception
            }
        }
        TableSnapshot.Comparison comparison = TableSnapshot.compare(before, after, fromBackup);
        System.out.println("BackupRestoreIT: " + Files.readString(handover.resolve("stats.txt")) + "; "
                + comparison.rowsCompared() + " rows of " + before.tableNames().size() + " tables compared, "
                + comparison.changedDuringBackup().size() + " changed while the backup ran");
        assertEquals(List.of(), comparison.problems());
        for (String table : List.of("APP.EMPLOYEE", "APP.ACCOUNT", "APP.ACKNOWLEDGEMENT", "APP.ATTEMPT",
                "APP.ATTEMPT_ITEM")) {
            assertTrue(before.rows(table) > 0, table + " has rows: " + before.tableNames());
        }
        // the rows that changed while the backup ran are the writer's, never the records made before it (the
        // evidence log's head row moves on with every attempt the writer submits; the scheduler lease is renewed
        // and the heartbeats of daily runs written every few seconds)
        for (String row : comparison.changedDuringBackup()) {
            assertTrue(row.startsWith("APP.ATTEMPT") || row.startsWith("APP.SEQUENCE") || row.startsWith("APP.MISTAKE")
                            || row.startsWith("APP.EVIDENCE_HEAD") || row.startsWith("APP.CLUSTER_"),
                    "changed while backing up: " + row);
        }
        assertTrue(comparison.rowsCompared() > 1000, "rows compared: " + comparison.rowsCompared());
    }

    @Test
    @Order(3)
    @RunAsClient
    void adminsBackUpFromThePageOperatorsWithTheTokenNobodyElse() throws Exception {
        URI base = baseUrl.toURI();
        PortalClient admin = new PortalClient(base);
        admin.login("admin", "Shoumi@2026");
        PortalClient.Page page = admin.get("admin/backup.xhtml");
        assertEquals(200, page.status());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI api = base.resolve("api/backups");
        if (onPostgresql()) {
            assertTrue(page.contains("id=\"not-derby\"") && !page.contains("backup:now"), "the page says Derby only");
            assertEquals(501, http.send(HttpRequest.newBuilder(api).header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            return;
        }
        assertTrue(page.contains("backup:now"), "the back-up-now button");
        PortalClient.Page done = admin.submit(page, "backup", "backup:now", Map.of());
        assertEquals(200, done.status());
        assertTrue(done.body().matches("(?s).*shoumi-\\d{8}-\\d{6}.*"), "a backup is listed");

        PortalClient employee = new PortalClient(base);
        employee.login("employee", "Shoumi@2026");
        assertEquals(403, employee.get("admin/backup.xhtml").status());

        assertEquals(401, http.send(HttpRequest.newBuilder(api).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> made = http.send(HttpRequest.newBuilder(api).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, made.statusCode(), made.body());
        assertTrue(made.body().contains("\"name\":\"shoumi-"), made.body());
        HttpResponse<String> listed = http.send(HttpRequest.newBuilder(api).header("Authorization", "Bearer " + TOKEN)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, listed.statusCode());
        assertNotNull(listed.body());
        assertTrue(listed.body().contains("\"backups\":["), listed.body());
    }

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    /**
     * Found by an outside check: while a backup was still being copied, the page listed it as a finished one
     * ({@code shoumi-20261206-224357 … — 0.0}: no maker, 0.0 MB), which an administrator could take for a backup to
     * restore. Until it is complete it is not in the list (nor the API's); the page says one is in progress.
     */
    @Test
    @Order(4)
    @DisabledIfEnvironmentVariable(named = "PORTAL_DB", matches = "(?i)postgresql",
            disabledReason = "Derby's online backup; PostgreSQL is backed up with pg_dump")
    void aBackupBeingWrittenIsShownInProgressNeverListedAsFinished() throws Exception {
        PortalClient admin = new PortalClient(portalAddress(request));
        admin.login("admin", "Shoumi@2026");
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        Future<BackupInfo> making = executor.submit(() -> backups.backUpNow("admin"));
        int seenRunning = 0;
        List<String> pagesWhileRunning = new java.util.ArrayList<>();
        while (!making.isDone()) {
            for (BackupInfo listed : backups.list()) {
                assertTrue(!listed.madeBy().isEmpty() && listed.bytes() > 0, "listed only when complete: " + listed);
            }
            if (backups.inProgress().isPresent()) {
                seenRunning++;
                PortalClient.Page page = admin.get("admin/backup.xhtml");
                if (backups.inProgress().isPresent()) {
                    pagesWhileRunning.add(page.visible());
                }
            }
        }
        BackupInfo made = making.get(60, TimeUnit.SECONDS);
        assertTrue(seenRunning > 0, "the backup was seen while it was written");
        for (String page : pagesWhileRunning) {
            assertTrue(page.contains("一份备份正在进行"), page);
            assertTrue(!page.contains(made.name()), "not listed before it is complete: " + page);
        }
        assertTrue(backups.inProgress().isEmpty());
        BackupInfo listed = backups.list().stream().filter(b -> b.name().equals(made.name())).findFirst().orElseThrow();
        assertEquals("admin", listed.madeBy());
        assertEquals(made.bytes(), listed.bytes());
        PortalClient.Page after = admin.get("admin/backup.xhtml");
        assertTrue(after.contains(made.name()) && !after.contains("一份备份正在进行"), after.visible());
        try (var folders = Files.list(Paths.get(made.path()).getParent())) {
            assertEquals(List.of(), folders.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".unfinished")).toList(), "nothing half-written is left");
        }
    }

    /**
     * Found by an outside check: two presses of 立即备份 made two full backups a second apart (5.5 MB each), and each
     * press one more kept. A second press from the page the first left, and the first page sent again (a double
     * click), make no backup and name the one just made.
     */
    @Test
    @Order(5)
    @DisabledIfEnvironmentVariable(named = "PORTAL_DB", matches = "(?i)postgresql",
            disabledReason = "Derby's online backup; PostgreSQL is backed up with pg_dump")
    void aSecondPressMakesNoSecondBackupAndNamesTheOneJustMade() throws Exception {
        PortalClient admin = new PortalClient(portalAddress(request));
        admin.login("admin", "Shoumi@2026");
        PortalClient.Page page = admin.get("admin/backup.xhtml");
        PortalClient.Page first = admin.submit(page, "backup", "backup:now", Map.of());
        // made now, or refused because a test before pressed a moment ago: either way the page names a backup
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("(?:已完成备份|刚刚已做过备份) (shoumi-[0-9-]+)")
                .matcher(first.visible());
        assertTrue(named.find(), first.visible());
        String made = named.group(1);
        List<String> before = backups.list().stream().map(BackupInfo::name).toList();
        assertTrue(before.contains(made), before.toString());

        PortalClient.Page second = admin.submit(first, "backup", "backup:now", Map.of());
        assertTrue(second.visible().contains("刚刚已做过备份 " + made), second.visible());
        assertTrue(second.visible().contains("本次没有再做一份"), second.visible());
        PortalClient.Page again = admin.submit(page, "backup", "backup:now", Map.of());
        assertTrue(!again.visible().contains("已完成备份"), again.visible());
        assertEquals(before, backups.list().stream().map(BackupInfo::name).toList(), "nothing made twice");
    }

    @Inject
    org.shoumi.portal.backups.boundary.BackupLog backupLog;

    @Inject
    org.shoumi.portal.evidence.boundary.EvidenceLog evidence;

    /**
     * Found by an outside check (ex-s37c 2): a backup (a copy of every person's records) was known only from
     * made-by.txt beside it and the server log; the evidence chain did not grow and the auditor, refused the backup
     * page, could not see the list. Each backup made is a dated, attributed record in the chain, and the auditor reads
     * the list, read-only, on the records page.
     */
    @Test
    @Order(6)
    @DisabledIfEnvironmentVariable(named = "PORTAL_DB", matches = "(?i)postgresql",
            disabledReason = "Derby's online backup; PostgreSQL is backed up with pg_dump")
    void aBackupMadeIsInTheChainAndTheAuditorReadsItOnTheRecordsPage() throws Exception {
        long length = evidence.state().length();
        BackupInfo made = backups.backUpNow("api");
        var newest = backupLog.recent().get(0);
        assertEquals(List.of(org.shoumi.portal.backups.entity.BackupRecord.Event.MADE, made.name(), made.bytes(),
                made.startedAt().toEpochMilli(), "api"), List.of(newest.getEvent(), newest.getName(),
                newest.getBytes(), newest.getDoneAt().toEpochMilli(), newest.getDoneBy()));
        assertTrue(evidence.state().length() > length, "the chain grew");
        assertTrue(evidence.verify().intact(), () -> "the chain is whole: " + evidence.verify().first());

        PortalClient auditor = new PortalClient(portalAddress(request));
        auditor.login("auditor", "Shoumi@2026");
        assertEquals(403, auditor.get("admin/backup.xhtml").status(), "the backup page stays the administrator's");
        PortalClient.Page records = auditor.get("records/index.xhtml");
        assertEquals(200, records.status());
        String page = records.visible().replaceAll("\\s+", " ");
        assertTrue(page.contains("数据库备份记录") && page.contains("制作备份 " + made.name()), page);
        assertTrue(!records.body().contains("backup:now"), "read-only: no button to make one");
    }
}
