package org.shoumi.portal.web.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers every response of the portal carries. Scripts are governed by the second policy that
 * PrimeFaces' CSP mode (web.xml {@code primefaces.CSP}) adds to each Faces page ({@code script-src 'self'
 * 'nonce-…'}); a browser enforces both policies, so this one leaves scripts alone and forbids framing,
 * plugins, foreign form targets and a foreign {@code <base>}. HSTS goes only on HTTPS responses: over plain
 * HTTP a browser ignores it, and it must never pin a plain-HTTP development server.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY =
            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; img-src 'self' data:";
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";
    /**
     * Browser features no page of the portal uses, switched off for it and anything it might embed: a page taken
     * over by an injected script cannot ask for the camera, the microphone or the location. A photo for an incident
     * report is a file chosen with the file input, which these do not govern.
     */
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private SecurityHeaders() {
    }

    /** Header name → value for one response; {@code secure} is whether the request came over HTTPS. */
    public static Map<String, String> forResponse(boolean secure) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        if (secure) {
            headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        return headers;
    }
}
