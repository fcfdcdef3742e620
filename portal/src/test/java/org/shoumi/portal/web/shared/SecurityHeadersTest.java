package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void everyResponseForbidsFramingSniffingAndForeignReferrers() {
        Map<String, String> plain = SecurityHeaders.forResponse(false);
        assertEquals("DENY", plain.get("X-Frame-Options"));
        assertEquals("nosniff", plain.get("X-Content-Type-Options"));
        assertEquals("same-origin", plain.get("Referrer-Policy"));
        assertTrue(plain.get("Permissions-Policy").contains("camera=()"), "no page may ask for the camera");
        assertTrue(plain.get("Permissions-Policy").contains("geolocation=()"), "nor for the location");
        assertTrue(plain.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertTrue(plain.get("Content-Security-Policy").contains("object-src 'none'"));
    }

    @Test
    void theOwnPolicyLeavesScriptsToPrimeFacesNoncePolicy() {
        String csp = SecurityHeaders.forResponse(true).get("Content-Security-Policy");
        assertFalse(csp.contains("script-src"), "a second script-src would block the nonce scripts");
        assertFalse(csp.contains("default-src"), "default-src would act as script-src");
    }

    /**
     * Liberty adds the same headers to the responses its security sends before any filter runs (the redirect to
     * the login page): server.xml's {@code <headers setIfMissing>} must say what the filter says, on plain HTTP
     * without HSTS, on HTTPS with it (outside check: Liberty's own HTTPS answers had no HSTS).
     */
    @Test
    void theServersOwnResponsesCarryTheSameHeaders() throws Exception {
        String server = java.nio.file.Files.readString(java.nio.file.Path.of("../liberty/config/server.xml"));
        assertEquals(SecurityHeaders.forResponse(false), configured(server, headersOf(server, "defaultHttpEndpoint")));
        assertEquals(SecurityHeaders.forResponse(true), configured(server, headersOf(server, "httpsEndpoint")));
    }

    /** The id of the headers element the endpoint {@code endpoint} refers to. */
    private static String headersOf(String server, String endpoint) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<httpEndpoint id=\"" + endpoint + "\"[^>]*headersRef=\"([^\"]+)\"").matcher(server);
        assertTrue(m.find(), endpoint + " names its headers");
        return m.group(1);
    }

    private static Map<String, String> configured(String server, String id) {
        java.util.regex.Matcher block = java.util.regex.Pattern
                .compile("(?s)<headers id=\"" + java.util.regex.Pattern.quote(id) + "\">(.*?)</headers>")
                .matcher(server);
        assertTrue(block.find(), "headers " + id);
        java.util.regex.Matcher set = java.util.regex.Pattern.compile("<setIfMissing>([^:<]+): ([^<]+)</setIfMissing>")
                .matcher(block.group(1));
        Map<String, String> configured = new java.util.LinkedHashMap<>();
        while (set.find()) {
            configured.put(set.group(1), set.group(2));
        }
        return configured;
    }

    @Test
    void hstsOnlyOverHttps() {
        assertFalse(SecurityHeaders.forResponse(false).containsKey("Strict-Transport-Security"));
        assertEquals("max-age=31536000", SecurityHeaders.forResponse(true).get("Strict-Transport-Security"));
    }
}
