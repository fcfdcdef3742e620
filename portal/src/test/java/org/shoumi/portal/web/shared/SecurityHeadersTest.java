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
        assertTrue(plain.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertTrue(plain.get("Content-Security-Policy").contains("object-src 'none'"));
    }

    @Test
    void theOwnPolicyLeavesScriptsToPrimeFacesNoncePolicy() {
        String csp = SecurityHeaders.forResponse(true).get("Content-Security-Policy");
        assertFalse(csp.contains("script-src"), "a second script-src would block the nonce scripts");
        assertFalse(csp.contains("default-src"), "default-src would act as script-src");
    }

    @Test
    void hstsOnlyOverHttps() {
        assertFalse(SecurityHeaders.forResponse(false).containsKey("Strict-Transport-Security"));
        assertEquals("max-age=31536000", SecurityHeaders.forResponse(true).get("Strict-Transport-Security"));
    }
}
