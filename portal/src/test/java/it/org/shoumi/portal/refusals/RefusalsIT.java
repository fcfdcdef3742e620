package it.org.shoumi.portal.refusals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.ServerLog;
import jakarta.inject.Inject;
import it.org.shoumi.portal.PortalClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A boundary's refusal is the expected answer to a user (a step taken too early), not a fault: its transaction is
 * rolled back, and the server's log does not report an incident (Liberty wrote "FFDC1015I: An FFDC Incident has
 * been created" and a stack trace to logs/ffdc the first time each refusal left a transaction). A fault still is
 * reported, so the log check below sees incidents when there are some.
 */
class RefusalsIT extends FromInside {

    @Inject
    RefusingBoundary boundary;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    @Test
    void aRefusalKeepsNothingAndIsNotReportedAsAnIncident() throws Exception {
        String user = Deployments.uniqueName("refused");
        ServerLog log = ServerLog.fromNow();

        assertThrows(RefusingBoundary.NotNowForTest.class, () -> boundary.tellThenRefuse(user));

        assertEquals(0, boundary.told(user), "the refused call's notification was kept");
        Thread.sleep(200);
        List<String> incidents = log.linesSince("FFDC1015I");
        assertTrue(incidents.stream().noneMatch(line -> line.contains("NotNowForTest")), String.join("\n", incidents));
    }

    /**
     * Found by an outside check: an address that names no file (/records/inspection.xlsx) was answered 404, but
     * Liberty wrote an FFDC incident and a stack trace for it (OpenLiberty issue 33079).
     */
    @Test
    void anAddressWithoutAFileIsA404AndNoIncident() throws Exception {
        ServerLog log = ServerLog.fromNow();
        it.org.shoumi.portal.PortalClient hr = new it.org.shoumi.portal.PortalClient(portalAddress(request));
        hr.login("hr", "Shoumi@2026");
        String missing = "records/nothing-" + System.nanoTime() + ".xlsx";
        assertEquals(404, hr.raw(missing).statusCode());
        assertEquals(200, hr.raw("index.xhtml").statusCode(), "pages are still pages");
        Thread.sleep(200);
        List<String> incidents = log.linesSince("FFDC1015I", "SRVE0190E");
        assertTrue(incidents.isEmpty(), String.join("\n", incidents));
    }

    @Test
    void aFaultKeepsNothingAndIsReported() throws Exception {
        String user = Deployments.uniqueName("fault");
        ServerLog log = ServerLog.fromNow();

        assertThrows(RefusingBoundary.FaultForTest.class, () -> boundary.tellThenFail(user));

        assertEquals(0, boundary.told(user), "the failed call's notification was kept");
        Thread.sleep(200);
        List<String> incidents = log.linesSince("FFDC1015I");
        assertTrue(incidents.stream().anyMatch(line -> line.contains("FaultForTest")),
                "a fault is reported once per server life; this test's own fault was not:\n" + String.join("\n", incidents));
    }

    @Test
    void aMethodThatKeepsItsWorkOnARefusalKeepsIt() throws Exception {
        String user = Deployments.uniqueName("kept");
        ServerLog log = ServerLog.fromNow();

        assertThrows(RefusingBoundary.KeptForTest.class, () -> boundary.tellThenRefuseKeepingIt(user));

        assertEquals(1, boundary.told(user), "the work the method keeps on this refusal was rolled back");
        Thread.sleep(200);
        assertTrue(log.linesSince("FFDC1015I").stream().noneMatch(line -> line.contains("KeptForTest")));
    }

    /**
     * Found by an outside probe: three anonymous posts of 100 MB to the login form ran the server out of memory
     * (the container read each whole and the page sent the refused name back); 20,000 fields answered the error
     * page with an incident; a login address carrying a Faces view state wrote stack traces and incidents, or
     * answered with the name of a PrimeFaces exception; PUT rendered the page and TRACE wrote a stack trace.
     */
    @Test
    void formsThePortalCannotReadAreSentBackWithAMessageAndNoIncident() throws Exception {
        ServerLog log = ServerLog.fromNow();
        PortalClient anonymous = new PortalClient(portalAddress(request));
        PortalClient.Page login = anonymous.get("login.xhtml");

        PortalClient.Page huge = anonymous.submit(login, "login", "login:submit",
                Map.of("login:username", "u".repeat(5 * 1024 * 1024), "login:password", "x"));
        assertEquals(200, huge.status());
        assertTrue(huge.uri().getPath().endsWith("/login.xhtml"), huge.uri().toString());
        assertTrue(huge.contains("提交的表单过大（超过 4 MB），无法读取，未保存任何内容"), huge.visible());
        assertTrue(huge.body().length() < 1024 * 1024, "the refused name is not sent back");

        Map<String, String> many = new LinkedHashMap<>();
        many.put("login:username", "hr");
        many.put("login:password", "Shoumi@2026");
        for (int i = 0; i < 20_000; i++) {
            many.put("f" + i, "1");
        }
        PortalClient.Page crowded = anonymous.submit(anonymous.get("login.xhtml"), "login", "login:submit", many);
        assertTrue(crowded.contains("提交的表单字段过多，无法读取，未保存任何内容"), crowded.visible());
        assertTrue(crowded.uri().getPath().endsWith("/login.xhtml"), "not logged in by an unread form");

        PortalClient.Page state = anonymous.get("login.xhtml?jakarta.faces.ViewState=x&lang=en");
        assertEquals(200, state.status());
        assertTrue(state.uri().toString().endsWith("login.xhtml?lang=en"), state.uri().toString());
        PortalClient.Page ajax = anonymous.get("login.xhtml?jakarta.faces.partial.ajax=true");
        assertEquals(200, ajax.status());
        assertTrue(!ajax.contains("CspException") && ajax.contains("login:username"), ajax.body());

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI page = portalAddress(request).resolve("login.xhtml");
        HttpResponse<String> trace = http.send(HttpRequest.newBuilder(page)
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        // anonymous, Liberty's security may answer first, with the login page (as SecurityHeadersIT notes): never
        // the request echoed
        assertTrue(List.of(302, 403, 405).contains(trace.statusCode()), trace.statusCode() + " " + trace.body());
        assertTrue(!trace.body().contains("TRACE /"), "the request is not echoed");
        for (String method : List.of("PUT", "DELETE", "PROPFIND", "OPTIONS")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(page)
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, answer.statusCode(), method);
            assertEquals("GET, HEAD, POST", answer.headers().firstValue("Allow").orElse(""), method);
            assertTrue(answer.body().contains("门户只接受浏览器打开页面时发出的请求"), method + ": " + answer.body());
        }
        // the calendar feed, public: TRACE got Liberty's 403 page, not the 405 the rest gets (outside check); it
        // names the methods the feed answers (POST got the container's bare English 405)
        URI feed = portalAddress(request).resolve("calendar.ics?token=x");
        for (String method : List.of("TRACE", "PUT", "DELETE", "PROPFIND", "OPTIONS", "POST")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(feed)
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, answer.statusCode(), method + " calendar.ics: " + answer.body());
            assertEquals("GET, HEAD", answer.headers().firstValue("Allow").orElse(""), method);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), method);
            assertTrue(answer.body().contains("此地址只接受 GET、HEAD 请求"), method + ": " + answer.body());
            assertTrue(!answer.body().contains(method + " /"), "the request is not echoed");
        }

        Thread.sleep(200);
        List<String> incidents = log.linesSince("FFDC1015I", "SRVE0777E", "SRVE0295E", "OutOfMemoryError",
                "RESTORE_VIEW", "CspException");
        assertTrue(incidents.isEmpty(), String.join("\n", incidents));
    }
}
