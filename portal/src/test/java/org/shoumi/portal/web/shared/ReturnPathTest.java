package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The page a login returns to is a page of the portal, never another site (an open redirect would send a user who
 * trusted the portal's login page wherever a crafted link said).
 */
class ReturnPathTest {

    @Test
    void aPageOfThePortalWithItsQueryIsReturnedTo() {
        assertEquals(Optional.of("/pledges/sign.xhtml?id=42"), ReturnPath.safe("/pledges/sign.xhtml?id=42"));
        assertEquals(Optional.of("/records/departure?id=7"), ReturnPath.safe("/records/departure?id=7"));
        assertEquals(Optional.of("/quizzes/start.xhtml?quiz=PRACTICE&x=%2F%2Fa"),
                ReturnPath.safe("/quizzes/start.xhtml?quiz=PRACTICE&x=%2F%2Fa"));
        assertEquals(Optional.of("/"), ReturnPath.safe("/"));
    }

    @Test
    void anotherSiteIsNeverReturnedTo() {
        for (String outside : new String[] {"https://evil.example/", "http://evil.example", "//evil.example/x",
                "/\\evil.example", "\\\\evil.example", "/\t/evil.example", "/\n/evil.example", " /index.xhtml",
                "javascript:alert(1)", "evil.example/index.xhtml", "index.xhtml", "https:/evil.example",
                "/../other/index.xhtml", "/records/%2e%2e/x", "/a/./b"}) {
            assertEquals(Optional.empty(), ReturnPath.safe(outside), outside);
        }
    }

    @Test
    void theLoginItselfTheApiAndResourcesAreNotReturnedTo() {
        for (String page : new String[] {"/login.xhtml", "/login.xhtml?next=/index.xhtml", "/logout",
                "/api/restrictions/SM011", "/jakarta.faces.resource/x.js", "/WEB-INF/errorpages/403.xhtml", null, "", "/" + "a".repeat(1000)}) {
            assertEquals(Optional.empty(), ReturnPath.safe(page), String.valueOf(page));
        }
    }

    /** A request of the portal at {@code /portal} on {@code portal.example}. */
    private static jakarta.servlet.http.HttpServletRequest request() {
        return (jakarta.servlet.http.HttpServletRequest) java.lang.reflect.Proxy.newProxyInstance(
                ReturnPathTest.class.getClassLoader(), new Class<?>[] {jakarta.servlet.http.HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getContextPath" -> "/portal";
                    case "getServerName" -> "portal.example";
                    default -> null;
                });
    }

    @Test
    void anAddressIsReturnedToOnlyWhenItIsAPageOfThePortalOnThisHost() {
        var request = request();
        assertEquals(Optional.of("/records/index.xhtml?x=1"),
                ReturnPath.ofAddress("https://portal.example/portal/records/index.xhtml?x=1", request));
        assertEquals(Optional.empty(), ReturnPath.ofAddress("https://evil.example/portal/records/index.xhtml", request));
        assertEquals(Optional.empty(), ReturnPath.ofAddress("https://portal.example/other/index.xhtml", request));
        assertEquals(Optional.empty(), ReturnPath.ofAddress("https://portal.example/portal//evil.example", request));
        assertEquals(Optional.empty(), ReturnPath.ofAddress(null, request));
    }

    /** Liberty's note of the page a visitor with no login asked for: host-less, read for its path and query only. */
    @Test
    void libertysNoteOfTheAskingPageIsReturnedToOnlyForAPageOfThePortal() {
        assertEquals(Optional.of("/records/index.xhtml?x=1"),
                ReturnPath.ofSavedRequest("http://:9080/portal/records/index.xhtml?x=1", "/portal"));
        assertEquals(Optional.of("/employees/list.xhtml"),
                ReturnPath.ofSavedRequest("https://portal.example:9443/portal/employees/list.xhtml", "/portal"));
        assertEquals(Optional.empty(), ReturnPath.ofSavedRequest("http://:9080/other/index.xhtml", "/portal"));
        assertEquals(Optional.empty(), ReturnPath.ofSavedRequest("http://:9080/portalx/index.xhtml", "/portal"));
        assertEquals(Optional.empty(), ReturnPath.ofSavedRequest("http://:9080/portal//evil.example/x", "/portal"));
        assertEquals(Optional.empty(), ReturnPath.ofSavedRequest("http://:9080/portal/login.xhtml", "/portal"));
        assertEquals(Optional.empty(), ReturnPath.ofSavedRequest("/portal/records/index.xhtml", "/portal"));
        assertEquals(Optional.empty(), ReturnPath.ofSavedRequest("http://evil.example", "/portal"));
        assertEquals(Optional.empty(), ReturnPath.ofSavedRequest(null, "/portal"));
    }

    @Test
    void theLoginPageCarriesTheReturnPathEncoded() {
        assertEquals("/login.xhtml?next=%2Fpledges%2Fsign.xhtml%3Fid%3D42%26a%3Db",
                ReturnPath.loginPage(Optional.of("/pledges/sign.xhtml?id=42&a=b")));
        assertEquals("/login.xhtml", ReturnPath.loginPage(Optional.empty()));
    }
}
