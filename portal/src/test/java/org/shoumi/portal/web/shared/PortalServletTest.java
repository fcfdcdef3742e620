package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.web.calendar.CalendarFeedServlet;
import org.shoumi.portal.web.login.LogoutServlet;
import org.shoumi.portal.web.pledges.PledgePdfServlet;
import org.shoumi.portal.web.quizzes.AnswerServlet;

/**
 * The portal's servlets answer a method they do not take with the portal's 405 naming the ones they do (a GET of
 * the answer endpoint got the container's bare English 405 without {@code Allow}), and a request whose parameters
 * cannot be read is told so (a malformed escape made {@code getParameter} throw: the system-error page).
 */
class PortalServletTest {

    @Test
    void eachServletNamesTheMethodsItAnswers() {
        assertEquals(List.of("POST"), PortalServlet.methodsOf(AnswerServlet.class));
        assertEquals(List.of("GET", "HEAD"), PortalServlet.methodsOf(PledgePdfServlet.class));
        assertEquals(List.of("GET", "HEAD"), PortalServlet.methodsOf(CalendarFeedServlet.class));
        assertEquals(List.of("GET", "HEAD", "POST"), PortalServlet.methodsOf(LogoutServlet.class));
        assertEquals(List.of("POST"), PortalServlet.methodsOf(AnswerServlet.class.getName()), "by the registration");
        assertEquals(SecurityHeadersFilter.ALLOWED_METHODS, PortalServlet.methodsOf(String.class),
                "anything else (the Faces pages): the portal's methods");
        assertEquals(SecurityHeadersFilter.ALLOWED_METHODS, PortalServlet.methodsOf("jakarta.faces.webapp.Nothing"));
        assertEquals(SecurityHeadersFilter.ALLOWED_METHODS, PortalServlet.methodsOf((String) null));
    }

    @Test
    void aGetOfThePostOnlyAnswerEndpointIsThePortals405WithAllowPost() throws Exception {
        Map<String, String> headers = new HashMap<>();
        int[] status = {0};
        StringWriter body = new StringWriter();
        new AnswerServlet().service(request("GET", false), response(headers, status, body));
        assertEquals(405, status[0]);
        assertEquals("POST", headers.get("Allow"));
        assertEquals("此地址只接受 POST 请求，未执行任何操作。", body.toString());

        headers.clear();
        StringWriter download = new StringWriter();
        new PledgePdfServlet().service(request("POST", false), response(headers, status, download));
        assertEquals(405, status[0]);
        assertEquals("GET, HEAD", headers.get("Allow"));
        assertEquals("此地址只接受 GET、HEAD 请求，未执行任何操作。", download.toString());
    }

    @Test
    void parametersWithAMalformedEscapeAreUnreadable() {
        assertFalse(PortalServlet.parametersReadable(request("POST", true)));
        assertTrue(PortalServlet.parametersReadable(request("POST", false)));
    }

    /** A request without a session; its parameters throw as the container's do for {@code %ZZ} when asked to. */
    private static HttpServletRequest request(String method, boolean malformed) {
        return (HttpServletRequest) Proxy.newProxyInstance(PortalServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getProtocol" -> "HTTP/1.1";
                    case "getSession" -> null;
                    case "getParameterMap" -> {
                        if (malformed) {
                            throw new IllegalArgumentException("%ZZ");
                        }
                        yield Map.of();
                    }
                    case "getHeader", "getDispatcherType" -> null;
                    case "getDateHeader" -> -1L;
                    default -> null;
                });
    }

    private static HttpServletResponse response(Map<String, String> headers, int[] status, StringWriter body) {
        PrintWriter writer = new PrintWriter(body, true);
        return (HttpServletResponse) Proxy.newProxyInstance(PortalServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "setStatus" -> status[0] = (Integer) args[0];
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "getWriter" -> {
                            return writer;
                        }
                        default -> {
                            // nothing else matters here
                        }
                    }
                    return m.getReturnType() == boolean.class ? false : null;
                });
    }
}
