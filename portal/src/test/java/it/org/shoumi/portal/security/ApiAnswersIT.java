package it.org.shoumi.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.ServerLog;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.api.boundary.ApiTokenTries;

/**
 * What the API answers to requests it cannot take, found by an outside check: an anonymous PUT to an existing
 * address answered 405 (and an unknown one 404, so a caller without rights could map the API), OPTIONS listed the
 * methods, and each wrong method wrote a 65-line stack trace to the server's log.
 */
class ApiAnswersIT extends FromInside {

    private static final String TOKEN = "it-restriction-token-0123456789";

    @Inject
    HttpServletRequest request;

    @Inject
    ApiTokenTries tokenTries;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        boolean body = List.of("PUT", "POST", "PATCH").contains(method);
        HttpRequest.Builder b = HttpRequest.newBuilder(portalAddress(request).resolve(path))
                .method(method, body ? HttpRequest.BodyPublishers.ofString("{\"x\":1}")
                        : HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30));
        if (body) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCallerWithoutRightsIsAnsweredOneWayWhateverTheAddressAndMethod() throws Exception {
        ServerLog log = ServerLog.fromNow();
        for (String method : List.of("GET", "PUT", "DELETE", "OPTIONS", "PATCH")) {
            for (String path : List.of("api/restrictions/SM002", "api/no-such-thing")) {
                HttpResponse<String> answer = send(method, path, null);
                assertEquals(401, answer.statusCode(), method + " " + path + ": " + answer.body());
                assertEquals("{\"error\":\"authentication required\"}", answer.body(), method + " " + path);
            }
        }
        assertEquals(List.of(), log.linesSince("RESTEASY", "NotAllowedException", "CWPMI2006W"));
    }

    @Test
    void aMethodTheAddressDoesNotHaveIsAJson405WithoutAStackTrace() throws Exception {
        ServerLog log = ServerLog.fromNow();
        HttpResponse<String> put = send("PUT", "api/restrictions/SM002", TOKEN);
        assertEquals(405, put.statusCode(), put.body());
        assertEquals("{\"error\":\"method not allowed\"}", put.body());
        assertTrue(put.headers().firstValue("Allow").orElse("").contains("GET"), put.headers().toString());
        HttpResponse<String> unknown = send("GET", "api/no-such-thing", TOKEN);
        assertEquals(404, unknown.statusCode());
        assertEquals("{\"error\":\"not found\"}", unknown.body());
        assertEquals(List.of(), log.linesSince("RESTEASY", "NotAllowedException", "CWPMI2006W"));
    }

    /**
     * Found by an outside check: OPTIONS answered 200 "HEAD, GET, OPTIONS" to a caller with rights, although the API,
     * like the pages, answers GET, HEAD and POST only (docs/operations.md); now any other method is a JSON 405 that
     * says so, at an address that exists or not, and a 405 of an address never offers OPTIONS.
     */
    @Test
    void aCallerWithRightsGetsAJson405ForEveryOtherMethod() throws Exception {
        for (String method : List.of("OPTIONS", "TRACE", "DELETE", "PATCH", "PROPFIND")) {
            for (String path : List.of("api/restrictions/SM014", "api/no-such-thing")) {
                HttpResponse<String> answer = send(method, path, TOKEN);
                assertEquals(405, answer.statusCode(), method + " " + path + ": " + answer.body());
                assertEquals("{\"error\":\"method not allowed\"}", answer.body(), method + " " + path);
                assertEquals("GET, HEAD, POST", answer.headers().firstValue("Allow").orElse(""), method + " " + path);
                assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                        method + " " + path);
            }
        }
        HttpResponse<String> post = send("POST", "api/restrictions/SM014", TOKEN);
        assertEquals(405, post.statusCode(), post.body());
        assertTrue(!post.headers().firstValue("Allow").orElse("").contains("OPTIONS"), post.headers().toString());
        assertEquals(200, send("GET", "api/restrictions/SM014", TOKEN).statusCode(), "GET is still answered");
    }

    /** Found by an outside check: the 404 of an unknown number repeated all 5,000 characters of it. */
    @Test
    void anUnknownNumberIsRepeatedAtMost64CharactersLong() throws Exception {
        HttpResponse<String> unknown = send("GET", "api/restrictions/" + "x".repeat(5_000), TOKEN);
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("{\"employeeNo\":\"" + "x".repeat(64) + "\",\"error\":\"unknown employee\"}", unknown.body());
        HttpResponse<String> nobody = send("GET", "api/restrictions/NOBODY-1", TOKEN);
        assertEquals("{\"employeeNo\":\"NOBODY-1\",\"error\":\"unknown employee\"}", nobody.body());
    }

    /**
     * Found by an outside check: 300 wrong bearer tokens in 13 s were each answered 401 with no line in the log, and
     * the right token worked straight afterwards. Each wrong token is logged with the address (never the token);
     * after 20 from one address, that address is answered 429 for any token until the window has passed.
     */
    @Test
    void wrongTokensAreLoggedAndTooManyFromOneAddressAreAnswered429() throws Exception {
        ServerLog log = ServerLog.fromNow();
        String wrong = "guess-" + java.util.UUID.randomUUID();
        java.util.Set<String> addresses = new java.util.HashSet<>(List.of(request.getRemoteAddr(), "127.0.0.1",
                "0:0:0:0:0:0:0:1"));
        // wrong tokens other tests sent from this address within the window count too: start from none
        addresses.forEach(tokenTries::forget);
        try {
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> refused = send("GET", "api/restrictions/SM014", wrong + i);
                assertEquals(401, refused.statusCode(), i + ": " + refused.body());
            }
            HttpResponse<String> stopped = send("GET", "api/restrictions/SM014", TOKEN);
            assertEquals(429, stopped.statusCode(), "the right token too, so a guess cannot tell: " + stopped.body());
            assertEquals("{\"error\":\"too many wrong tokens\"}", stopped.body());
            long retry = Long.parseLong(stopped.headers().firstValue("Retry-After").orElse("0"));
            assertTrue(retry > 0 && retry <= 15 * 60, "Retry-After " + retry);
            assertEquals(429, send("GET", "api/restrictions/SM014", wrong).statusCode());

            List<String> lines = log.linesSince("API token refused");
            assertEquals(20, lines.size(), String.join("\n", lines));
            assertTrue(lines.stream().noneMatch(l -> l.contains(wrong)), "never the token");
            java.util.regex.Matcher from = java.util.regex.Pattern.compile("wrong token from (\\S+)")
                    .matcher(lines.get(0));
            assertTrue(from.find(), lines.get(0));
            addresses.add(from.group(1));
            assertEquals(1, log.linesSince("API token tries from " + from.group(1) + " stopped until").size());
        } finally {
            addresses.forEach(tokenTries::forget);
        }
        assertEquals(200, send("GET", "api/restrictions/SM014", TOKEN).statusCode(), "let in again");
    }
}
