package it.org.shoumi.portal.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.TestData;
import jakarta.inject.Inject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.pledges.boundary.PledgeDraft;
import org.shoumi.portal.pledges.boundary.Pledges;
import org.shoumi.portal.pledges.boundary.Signing;
import org.shoumi.portal.pledges.boundary.SpecialPledges;
import org.shoumi.portal.pledges.boundary.TopicIssueDraft;
import org.shoumi.portal.pledges.entity.PledgeTopic;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;
import org.shoumi.quizzes.attempts.boundary.QuizDraft;
import org.shoumi.quizzes.attempts.boundary.Quizzes;
import org.shoumi.quizzes.attempts.boundary.TakerView;
import org.shoumi.quizzes.attempts.control.QuizPolicy.GradingMethod;
import org.shoumi.quizzes.attempts.control.Scoring.MultiCredit;
import org.shoumi.quizzes.attempts.entity.FeedbackPolicy;
import org.shoumi.quizzes.attempts.entity.QuizMode;

/**
 * Issue 17, operations: {@code /metrics} answers in Prometheus text format, only to the scrape login and over
 * HTTPS, and its business counters move when a person of this test's own starts and submits an attempt and signs a
 * pledge. The counters count for the whole server (other tests move them too), so the test compares before and
 * after: each must have grown by at least what this test did.
 */
class MetricsIT extends FromInside {

    /** the scrape login of the test server (src/test/liberty/configDropins/overrides/test-features.xml) */
    private static final String SCRAPER = "it-prometheus:it-metrics-password-0123456789";
    private static final String PASSWORD = "Metrics-Test-2026";

    @Inject
    QuizAttempts attempts;

    @Inject
    Quizzes quizzes;

    @Inject
    Pledges pledges;

    @Inject
    SpecialPledges special;

    @Inject
    Accounts accounts;

    @Inject
    TestData data;

    @Test
    void theCountersMoveAfterAnAttemptIsStartedAndSubmittedAndAPledgeSigned() throws Exception {
        String before = scrape(SCRAPER).body();
        String id = Long.toString(System.nanoTime(), 36).toUpperCase();
        String tail = id.substring(Math.max(0, id.length() - 8));
        String person = "M" + tail;

        String code = "MET-" + tail;
        quizzes.define(new QuizDraft(code, "指标测试 " + code, QuizMode.EXAM, 5, null, 1, 5, 30, 60, 2, GradingMethod.HIGHEST,
                FeedbackPolicy.FULL, MultiCredit.PARTIAL));
        TakerView view = attempts.start(code, person, "OFFICE");
        attempts.submit(view.attemptId(), person);
        String login = signTopicPledge(tail);

        HttpResponse<String> after = scrape(SCRAPER);
        assertEquals(200, after.statusCode());
        assertTrue(after.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                "Prometheus text format: " + after.headers().firstValue("Content-Type"));
        String text = after.body();
        assertTrue(text.contains("# TYPE shoumi_attempts_started_total counter"), text);
        assertTrue(text.contains("# HELP shoumi_pledges_signed_total "), "counters are described");
        assertGrew(before, text, "shoumi_attempts_started_total", 1);
        assertGrew(before, text, "shoumi_attempts_submitted_total", 1);
        assertGrew(before, text, "shoumi_pledges_signed_total", 1);
        // the submitted attempt, the topic pledge's issue and its signature are each logged
        assertGrew(before, text, "shoumi_evidence_appended_total", 3);
        assertTrue(value(text, "shoumi_reminders_sent_total") >= 0, "registered before any reminder went out");
        assertTrue(value(text, "shoumi_mails_sent_total") >= 0 && value(text, "shoumi_mails_failed_total") >= 0,
                "the mail counters too");
        // request timings are Liberty's own: the HTTP requests of this server, by route
        assertTrue(text.lines().anyMatch(l -> l.startsWith("http_server_request_duration_seconds_count{")),
                "request timings on /metrics");
        assertTrue(login.startsWith("m"));
    }

    @Test
    void nobodyButTheScrapeLoginReadsTheMetrics() throws Exception {
        assertEquals(401, scrape(null).statusCode(), "anonymous");
        assertEquals(401, scrape("it-prometheus:wrong-password").statusCode(), "a wrong password");
    }

    /** A person of this test's own in a department of its own, who signs a topic pledge issued to them. */
    private String signTopicPledge(String tail) throws Exception {
        Department d = new Department("MET_" + tail, "指标测试部门" + tail, "Metrics test " + tail);
        Post post = data.inTransaction(em -> em.createNamedQuery(Post.ALL, Post.class).setMaxResults(1)
                .getSingleResult());
        data.persist(d);
        String no = "MT" + tail;
        data.persist(new Employee(no, "指标" + tail, d, post, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE,
                LocalDate.now().minusYears(1)));
        Employee e = data.inTransaction(em -> em.createNamedQuery(Employee.BY_NUMBER, Employee.class)
                .setParameter("employeeNo", no).getSingleResult());
        String login = no.toLowerCase();
        data.inTransaction(em -> accounts.create(login, PASSWORD.toCharArray(), Set.of(Role.EMPLOYEE), e));
        long issue = special.issue(new TopicIssueDraft(PledgeTopic.STORAGE_MEDIUM, "指标测试 U-" + tail,
                LocalDate.now().plusDays(7), no, null), "officer");
        PledgeDraft draft = pledges.draft(login, PledgeKind.TOPIC, issue);
        pledges.sign(new Signing(login, draft.kind(), draft.version(), draft.sha256(), PASSWORD.toCharArray(),
                e.getName(), signature(), "127.0.0.1", "MetricsIT", draft.issue()));
        return login;
    }

    private static void assertGrew(String before, String after, String counter, double by) {
        double was = value(before, counter);
        double now = value(after, counter);
        assertTrue(now >= was + by, counter + ": " + was + " before, " + now + " after, expected at least +" + by);
    }

    /** The value of an application counter in Prometheus text ("name{mp_scope="application",} 3.0"). */
    private static double value(String text, String counter) {
        Matcher m = Pattern.compile("(?m)^" + counter + "\\{[^}]*mp_scope=\"application\"[^}]*\\} (\\S+)$")
                .matcher(text);
        assertTrue(m.find(), counter + " on /metrics:\n" + text);
        return Double.parseDouble(m.group(1));
    }

    /** GET /metrics over HTTPS, with this user:password (basic) or none. */
    private HttpResponse<String> scrape(String credentials) throws Exception {
        String port;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Deployments.HTTPS_PORT)) {
            port = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/metrics"))
                .header("Accept", "text/plain");
        if (credentials != null) {
            get.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        SSLParameters noHostCheck = new SSLParameters();
        noHostCheck.setEndpointIdentificationAlgorithm(null);
        HttpClient client = HttpClient.newBuilder().sslContext(trustingTheSelfSignedCertificate())
                .sslParameters(noHostCheck).build();
        return client.send(get.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The test server's certificate is self-signed; this client (in the test only) trusts it. */
    private static SSLContext trustingTheSelfSignedCertificate() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new TrustManager[] {trustAll}, null);
        return ssl;
    }

    private static String signature() throws Exception {
        BufferedImage image = new BufferedImage(400, 150, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(20, 100, 200, 40);
        g.drawLine(200, 40, 380, 110);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
