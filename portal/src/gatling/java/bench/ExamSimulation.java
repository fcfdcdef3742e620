package bench;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * N employees taking the annual exam (20 questions) at once, through the same HTTP requests a browser makes:
 * the login form, the quiz list, "start", the take page, one PrimeFaces ajax request per answer given (the
 * request the page sends when an option is picked or a blank is left), the submit and the result page.
 * Static resources (CSS, scripts, fonts) are left out: a browser caches them after the first page.
 *
 * <p>Each virtual user logs in as its own load-test account {@code bench0001}… (created on first start by
 * {@code shoumi.portal.demo.load-test-users}). System properties: {@code users} (50), {@code rampSeconds} (60),
 * {@code baseUrl} (http://localhost:9280/portal/), {@code firstUser} (1), {@code thinkMinMs}/{@code thinkMaxMs}
 * (pause before each answer, 5000/20000: a brisk taker, about 4 minutes for the 20 questions of a 30-minute
 * exam), {@code pageMinMs}/{@code pageMaxMs} (pause before clicking on a page, 1000/3000),
 * {@code savePercentile95Ms} (200). {@code -DthinkMinMs=2000 -DthinkMaxMs=8000} is the stress variant. The run
 * fails when the answer save's 95th percentile is above that or when any request fails.
 */
public class ExamSimulation extends Simulation {

    static final String ANSWER_SAVE = "answer save";
    static final String EXAM_TITLE = "2026年度保密知识考试";

    private static final int USERS = Integer.getInteger("users", 50);
    private static final int RAMP_SECONDS = Integer.getInteger("rampSeconds", 60);
    private static final int FIRST_USER = Integer.getInteger("firstUser", 1);
    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:9280/portal/");
    private static final String PASSWORD = System.getProperty("password", "Shoumi@2026");
    private static final long THINK_MIN_MS = Long.getLong("thinkMinMs", 5000);
    private static final long THINK_MAX_MS = Long.getLong("thinkMaxMs", 20000);
    private static final long PAGE_MIN_MS = Long.getLong("pageMinMs", 1000);
    private static final long PAGE_MAX_MS = Long.getLong("pageMaxMs", 3000);
    private static final int SAVE_P95_MS = Integer.getInteger("savePercentile95Ms", 200);

    /** The page's CSP nonce, which PrimeFaces' script sends back as primefaces.nonce with every post of the page. */
    private static final String NONCE = "<script[^>]*\\bnonce=\"([^\"]+)\"";
    private static final String VIEW_STATE = "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"";
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");
    private static final Pattern QUESTION_FIELD = Pattern.compile("take:questions:(\\d+):(single|multi|judge|blanks:\\d+:blank)");
    /** PrimeFaces' ajax call in a field's onchange: PrimeFaces.ab({s:"source",e:"event",...}). */
    private static final Pattern BEHAVIOUR = Pattern.compile("PrimeFaces\\.ab\\(\\{s:\"([^\"]+)\",e:\"([^\"]+)\"");
    /**
     * The same call where PrimeFaces' CSP mode (on in this portal) moved it out of the field into a nonce'd
     * script: PrimeFaces.csp.register('field id','onchange',function(event){PrimeFaces.ab({s:...,e:...
     */
    private static final Pattern CSP_BEHAVIOUR = Pattern.compile(
            "PrimeFaces\\.csp\\.register\\('([^']+)','onchange',function\\(event\\)\\{PrimeFaces\\.ab\\(\\{s:\"([^\"]+)\",e:\"([^\"]+)\"");
    private static final Pattern PARTIAL_VIEW_STATE =
            Pattern.compile("<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("zh-CN,zh;q=0.9,en;q=0.8")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Shoumi benchmark (Gatling)")
            .disableFollowRedirect();

    private static Iterator<Map<String, Object>> logins() {
        return Stream.iterate(FIRST_USER, n -> n + 1)
                .map(n -> Map.<String, Object>of("username", String.format("bench%04d", n)))
                .iterator();
    }

    private static String unescape(String s) {
        return s.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#39;", "'").replace("&#47;", "/").replace("&#x2F;", "/");
    }

    /** A form's action (a path from the server root) as a full URL: Gatling would put a relative one after baseUrl. */
    private static String absolute(String action) {
        return URI.create(BASE_URL).resolve(unescape(action)).toString();
    }

    /**
     * The answers to give on a take page, one ajax request each, in page order: the first option of a single,
     * multiple or true/false question, "保密" in each blank of a fill-in question.
     */
    static List<Map<String, Object>> answers(String html) {
        Map<String, String[]> registered = new LinkedHashMap<>();
        Matcher csp = CSP_BEHAVIOUR.matcher(html);
        while (csp.find()) {
            registered.put(csp.group(1), new String[] {csp.group(2), csp.group(3)});
        }
        Map<String, Map<String, Object>> bySource = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(input.group());
            while (a.find()) {
                attributes.putIfAbsent(a.group(1), unescape(a.group(2)));
            }
            String name = attributes.get("name");
            if (name == null || attributes.containsKey("disabled")) {
                continue;
            }
            Matcher field = QUESTION_FIELD.matcher(name);
            if (!field.matches() || bySource.containsKey(name)) {
                continue; // not an answer field, or a further option of a question already answered
            }
            String type = attributes.getOrDefault("type", "text");
            String value = type.equals("text") ? "保密" : attributes.get("value");
            if (value == null) {
                continue;
            }
            String[] call = registered.get(attributes.getOrDefault("id", ""));
            Matcher behaviour = BEHAVIOUR.matcher(attributes.getOrDefault("onchange", ""));
            if (call == null && behaviour.find()) {
                call = new String[] {behaviour.group(1), behaviour.group(2)};
            }
            if (call == null || !call[0].equals(name)) {
                continue; // a field that sends nothing when changed
            }
            int index = Integer.parseInt(field.group(1));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("source", name);
            answer.put("event", call[1]);
            answer.put("value", value);
            answer.put("render", "take:questions:" + index + ":saved take:take-messages");
            // the answer's "saved hh:mm:ss" note, re-rendered with the time of the save
            answer.put("saved", "<div id=\"take:questions:" + index + ":saved\" class=\"saved saved-" + (index + 1)
                    + "\">[^<]+</div>");
            bySource.put(name, answer);
        }
        return new ArrayList<>(bySource.values());
    }

    /** The form fields of a PrimeFaces ajax request: the whole form (answers given so far) plus the ajax markers. */
    private static Map<String, Object> ajaxForm(Session session) {
        Map<String, Object> answer = session.getMap("answer");
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", answer.get("source"));
        form.put("jakarta.faces.partial.execute", answer.get("source"));
        form.put("jakarta.faces.partial.render", answer.get("render"));
        form.put("jakarta.faces.behavior.event", answer.get("event"));
        form.put("jakarta.faces.partial.event", answer.get("event"));
        form.put("take_SUBMIT", "1");
        form.putAll(session.getMap("given"));
        form.put((String) answer.get("source"), answer.get("value"));
        form.put("jakarta.faces.ViewState", session.getString("viewState"));
        form.put("primefaces.nonce", session.getString("nonce"));
        return form;
    }

    private static Session remember(Session session) {
        Map<String, Object> answer = session.getMap("answer");
        Map<String, Object> given = new LinkedHashMap<>(session.getMap("given"));
        given.put((String) answer.get("source"), answer.get("value"));
        Session next = session.set("given", given);
        String partial = session.getString("partial");
        if (partial != null) {
            Matcher state = PARTIAL_VIEW_STATE.matcher(partial);
            if (state.find()) {
                next = next.set("viewState", state.group(1));
            }
        }
        return next.remove("partial");
    }

    private final ChainBuilder login = exec(
            http("login page").get("login.xhtml")
                    .check(status().is(200), regex(VIEW_STATE).saveAs("viewState"), regex(NONCE).saveAs("nonce")),
            pause(Duration.ofMillis(PAGE_MIN_MS), Duration.ofMillis(PAGE_MAX_MS)),
            http("login").post("login.xhtml")
                    .formParam("login_SUBMIT", "1")
                    .formParam("login:username", "#{username}")
                    .formParam("login:password", PASSWORD)
                    .formParam("login:submit", "")
                    .formParam("primefaces.nonce", "#{nonce}")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(302), header("Location").saveAs("home")),
            http("home page").get("#{home}").check(status().is(200), substring("topbar:logout")));

    private final ChainBuilder start = exec(
            pause(Duration.ofMillis(PAGE_MIN_MS), Duration.ofMillis(PAGE_MAX_MS)),
            http("quiz list").get("quizzes/list.xhtml")
                    .check(status().is(200), regex(VIEW_STATE).saveAs("viewState"), regex(NONCE).saveAs("nonce"),
                            regex("(?s)" + EXAM_TITLE + ".*?id=\"(quizzes:list:\\d+:(?:start|resume))\"")
                                    .saveAs("startButton")),
            pause(Duration.ofMillis(PAGE_MIN_MS), Duration.ofMillis(PAGE_MAX_MS)),
            http("start exam").post("quizzes/list.xhtml")
                    .formParam("quizzes_SUBMIT", "1")
                    .formParam("#{startButton}", "")
                    .formParam("primefaces.nonce", "#{nonce}")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(302), header("Location").saveAs("takeUrl")),
            http("take page").get("#{takeUrl}")
                    .check(status().is(200), substring("take:submit"),
                            regex(VIEW_STATE).saveAs("viewState"), regex(NONCE).saveAs("nonce"),
                            regex("<form id=\"take\"[^>]*action=\"([^\"]+)\"").transform(ExamSimulation::absolute)
                                    .saveAs("takeAction"),
                            // no answer fields found is an error of this request, not a quiet early exit
                            bodyString().transform(body -> answers(body).size()).gt(0),
                            bodyString().transform(ExamSimulation::answers).saveAs("answers")))
            .exec(session -> session.set("given", Map.of()));

    private final ChainBuilder answerAll = foreach("#{answers}", "answer").on(
            pause(Duration.ofMillis(THINK_MIN_MS), Duration.ofMillis(THINK_MAX_MS)),
            exec(http(ANSWER_SAVE).post("#{takeAction}")
                    .header("Faces-Request", "partial/ajax")
                    .header("X-Requested-With", "XMLHttpRequest")
                    .header("Accept", "application/xml, text/xml, */*; q=0.01")
                    .formParamMap(ExamSimulation::ajaxForm)
                    .check(status().is(200), substring("<partial-response"),
                            regex("#{answer.saved}"),
                            substring("ui-messages-error").notExists(),
                            substring("<error>").notExists(),
                            bodyString().saveAs("partial")))
                    .exec(ExamSimulation::remember));

    private final ChainBuilder submit = exec(
            pause(Duration.ofMillis(PAGE_MIN_MS), Duration.ofMillis(PAGE_MAX_MS)),
            http("submit").post("#{takeAction}")
                    .formParam("take_SUBMIT", "1")
                    .formParam("take:submit", "")
                    .formParam("primefaces.nonce", "#{nonce}")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(302), header("Location").saveAs("resultUrl")),
            http("result page").get("#{resultUrl}").check(status().is(200), substring("id=\"percent\"")));

    private final ScenarioBuilder exam = scenario("annual exam")
            .exec(feed(logins()), login, start)
            .exec(session -> session.getList("answers").isEmpty()
                    ? session.markAsFailed() : session)
            .exitHereIfFailed()
            .exec(answerAll, submit);

    {
        setUp(exam.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS))))
                .protocols(protocol)
                .assertions(
                        details(ANSWER_SAVE).responseTime().percentile(95.0).lt(SAVE_P95_MS),
                        global().failedRequests().count().is(0L));
    }
}
