package it.org.shoumi.portal.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * Crash safety: a Liberty server of its own ({@code crashIT}, ports 9880/9881 unless {@code -Dcrash.http.port} /
 * {@code -Dcrash.https.port}) runs the portal on embedded Derby; 20 takers answer an exam concurrently over HTTP;
 * every answer the server acknowledged (200 and {@code "saved":true}) and every submit that returned a score is
 * recorded; then the server JVM is killed with SIGKILL in mid-load, started again on the same database, and:
 * every acknowledged answer is there with its value, every acknowledged submit is finished with the same score,
 * each taker has at most one finished attempt per submit they made (none scored twice), and submitting again
 * changes nothing. Not an Arquillian test: the managed container cannot survive a kill -9.
 */
class CrashRecoveryIT {

    private static final String TOKEN = "it-restriction-token-0123456789";
    private static final int TAKERS = Integer.getInteger("crash.takers", 20);
    private static final int QUESTIONS = 10;

    private record Ack(long attempt, int position, String answer) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAcknowledgedAnswerAndSubmitSurvivesAKillMinus9() throws Exception {
        Path war = Paths.get("target/crash-portal.war");
        ShrinkWrap.createFromZipFile(WebArchive.class, Paths.get("target/portal.war").toFile())
                .addClass(CrashDriver.class)
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        // production mode: no demo unit to load, so the server starts sooner (the content pack and the question
        // bank are imported all the same)
        Path settings = Paths.get("target/crash-settings.xml");
        Files.writeString(settings, "<server><variable name=\"shoumi.portal.mode\" value=\"production\"/></server>\n");
        String serverName = System.getProperty("crash.server", "crashIT");
        try (LibertyProcess server = new LibertyProcess(Paths.get("target/liberty/wlp"), serverName,
                Integer.getInteger("crash.http.port", 9880), Integer.getInteger("crash.https.port", 9881),
                Paths.get("../liberty/config"),
                List.of(Paths.get("src/test/liberty/configDropins/overrides/test-settings.xml"), settings), war)) {
            server.start("api/crash-driver/ping", TOKEN, Duration.ofSeconds(180));
            URI api = server.base().resolve("api/crash-driver/");
            String quiz = "CRASH-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
            post(api, "quiz?code=" + quiz + "&questions=" + QUESTIONS);

            Map<String, List<Ack>> saved = new ConcurrentHashMap<>();
            Map<Long, String> submitted = new ConcurrentHashMap<>();          // attempt → percent
            Map<String, AtomicInteger> submitsByPerson = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> submitsInFlight = new ConcurrentHashMap<>();
            AtomicInteger saves = new AtomicInteger();
            AtomicBoolean down = new AtomicBoolean();
            ExecutorService takers = Executors.newFixedThreadPool(TAKERS);
            for (int t = 0; t < TAKERS; t++) {
                String person = "CR" + t + "-" + quiz.substring(6);
                saved.put(person, new ArrayList<>());
                submitsByPerson.put(person, new AtomicInteger());
                submitsInFlight.put(person, new AtomicInteger());
                takers.submit(() -> {
                    try {
                        while (!down.get()) {
                            Map<String, Object> started = post(api, "start?quiz=" + quiz + "&person=" + enc(person));
                            long attempt = ((Number) started.get("attemptId")).longValue();
                            for (Map<String, Object> a : list(started.get("answers"))) {
                                int position = ((Number) a.get("position")).intValue();
                                String answer = (String) a.get("answer");
                                Map<String, Object> ack = post(api, "save?attempt=" + attempt + "&person=" + enc(person)
                                        + "&position=" + position + "&answer=" + enc(answer));
                                if (Boolean.TRUE.equals(ack.get("saved"))) {
                                    synchronized (saved.get(person)) {
                                        saved.get(person).add(new Ack(attempt, position, answer));
                                    }
                                    saves.incrementAndGet();
                                }
                            }
                            submitsInFlight.get(person).incrementAndGet();
                            Map<String, Object> result = post(api, "submit?attempt=" + attempt + "&person=" + enc(person));
                            submitted.put(attempt, (String) result.get("percent"));
                            submitsByPerson.get(person).incrementAndGet();
                            submitsInFlight.get(person).decrementAndGet();
                        }
                    } catch (IOException | RuntimeException | InterruptedException e) {
                        // the server went away under this taker: what was acknowledged before counts
                    }
                    return null;
                });
            }
            // let the load run until enough has been acknowledged, then pull the plug in mid-flight
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((saves.get() < 400 || submitted.size() < TAKERS) && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            down.set(true);
            List<Long> killed = server.kill();
            takers.shutdown();
            assertTrue(takers.awaitTermination(60, TimeUnit.SECONDS), "takers stopped");
            assertFalse(killed.isEmpty(), "the server JVM was killed");
            int acknowledged = saved.values().stream().mapToInt(List::size).sum();
            System.out.println("CrashRecoveryIT: killed " + killed + " after " + acknowledged
                    + " acknowledged answers and " + submitted.size() + " scored submits by " + TAKERS + " takers");
            assertTrue(acknowledged >= 100 && !submitted.isEmpty(), "load ran: " + acknowledged + " answers, "
                    + submitted.size() + " submits");
            if (!"postgresql".equalsIgnoreCase(System.getenv("PORTAL_DB"))) {
                assertTrue(Files.exists(server.serverDir().resolve("data/shoumidb/db.lck")),
                        "the killed server left Derby's lock behind, as a crash does");
            }

            // the same database, a new JVM: Derby recovers from its log
            server.start("api/crash-driver/ping", TOKEN, Duration.ofSeconds(180));
            Map<Long, Map<String, Object>> state = new HashMap<>();
            for (Map<String, Object> a : list(get(api, "state?quiz=" + quiz).get("attempts"))) {
                state.put(((Number) a.get("id")).longValue(), a);
            }
            List<String> problems = new ArrayList<>();
            for (var person : saved.entrySet()) {
                for (Ack ack : person.getValue()) {
                    Map<String, Object> attempt = state.get(ack.attempt());
                    Object stored = attempt == null ? null
                            : ((Map<?, ?>) attempt.get("answers")).get(String.valueOf(ack.position()));
                    if (!ack.answer().equals(stored)) {
                        problems.add("answer lost: attempt " + ack.attempt() + " position " + ack.position()
                                + " acknowledged '" + ack.answer() + "', found '" + stored + "'");
                    }
                }
            }
            for (var submit : submitted.entrySet()) {
                Map<String, Object> attempt = state.get(submit.getKey());
                if (attempt == null || !"SUBMITTED".equals(attempt.get("status"))
                        || !sameNumber(submit.getValue(), (String) attempt.get("percent"))) {
                    problems.add("submit lost or changed: attempt " + submit.getKey() + " scored " + submit.getValue()
                            + ", found " + attempt);
                }
            }
            for (String person : saved.keySet()) {
                List<Map<String, Object>> mine = state.values().stream().filter(a -> person.equals(a.get("person"))).toList();
                long finished = mine.stream().filter(a -> !"IN_PROGRESS".equals(a.get("status"))).count();
                int made = submitsByPerson.get(person).get();
                int inFlight = submitsInFlight.get(person).get();
                if (finished < made || finished > made + inFlight) {
                    problems.add(person + ": " + finished + " finished attempts for " + made + " submits (+" + inFlight
                            + " in flight)");
                }
                if (mine.stream().map(a -> ((Number) a.get("number")).intValue()).distinct().count() != mine.size()) {
                    problems.add(person + ": two attempts with the same number " + mine);
                }
            }
            // submitting again after the restart scores nothing twice
            for (var submit : submitted.entrySet().stream().limit(5).toList()) {
                String person = (String) state.get(submit.getKey()).get("person");
                Map<String, Object> again = post(api, "submit?attempt=" + submit.getKey() + "&person=" + enc(person));
                if (!sameNumber(submit.getValue(), (String) again.get("percent"))) {
                    problems.add("attempt " + submit.getKey() + " rescored: " + submit.getValue() + " → " + again);
                }
            }
            long finishedAfter = list(get(api, "state?quiz=" + quiz).get("attempts")).stream()
                    .filter(a -> !"IN_PROGRESS".equals(a.get("status"))).count();
            long finishedBefore = state.values().stream().filter(a -> !"IN_PROGRESS".equals(a.get("status"))).count();
            if (finishedAfter != finishedBefore) {
                problems.add("submitting again made " + (finishedAfter - finishedBefore) + " more finished attempts");
            }
            assertEquals(List.of(), problems);
            server.stop();
        }
    }

    private static boolean sameNumber(String a, String b) {
        return a != null && b != null && !b.isEmpty() && new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b)) == 0;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object jsonArray) {
        return (List<Map<String, Object>>) jsonArray;
    }

    private Map<String, Object> post(URI api, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(api.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private Map<String, Object> get(URI api, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(api.resolve(path)).GET());
    }

    private Map<String, Object> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request.header("Authorization", "Bearer " + TOKEN)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IOException("HTTP " + r.statusCode() + ": " + r.body());
        }
        // Selenium's JSON reader: the test JVM has no Jakarta JSON implementation
        return new Json().toType(r.body(), Json.MAP_TYPE);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
