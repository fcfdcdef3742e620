package org.shoumi.portal.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The page a login returns to: the page that asked for it, carried to the login page as {@code next} (a session
 * that ended sends its next page to the login page, where Liberty's own note of it, the WASReqURL cookie, is not
 * made: the login cookie still named the user). Only a path of the portal itself is taken, never an address that
 * could lead elsewhere (an open redirect): it starts with one slash, and has no backslash, no control character
 * (browsers drop tabs and line breaks, so {@code /\t/evil.example} would read {@code //evil.example}), no
 * {@code ..} segment and no scheme; the login and logout pages, static resources and the REST API are not
 * returned to.
 */
public final class ReturnPath {

    /** Longer return paths are dropped (a page's address with its query is far shorter). */
    static final int MAX_LENGTH = 1000;

    public static final String PARAMETER = "next";

    private ReturnPath() {
    }

    /** {@code next} when it is a path of the portal a login may return to; empty otherwise. */
    public static Optional<String> safe(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || next.charAt(0) != '/') {
            return Optional.empty();
        }
        if (next.length() > 1 && (next.charAt(1) == '/' || next.charAt(1) == '\\')) {
            return Optional.empty(); // protocol-relative: another site
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || Character.isWhitespace(c)) {
                return Optional.empty();
            }
        }
        URI uri;
        try {
            uri = new URI(next);
        } catch (java.net.URISyntaxException notAnAddress) {
            return Optional.empty();
        }
        String path = uri.getPath();
        if (uri.isAbsolute() || uri.getRawAuthority() != null || path == null || !path.startsWith("/")
                || ("/" + path + "/").contains("/../") || ("/" + path + "/").contains("/./")) {
            return Optional.empty();
        }
        if (path.equals("/login.xhtml") || path.startsWith("/logout") || path.startsWith("/api/")
                || path.startsWith("/WEB-INF") || path.startsWith("/META-INF") || StaticResources.is(path)) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    /**
     * The page a request was for, as a return path: for a GET, its path and query; for a post (a form or an ajax
     * request of a page), the page it was posted from (its Referer, when that is a page of the portal on this host).
     * Empty when there is none to return to.
     */
    public static Optional<String> of(HttpServletRequest request) {
        String context = request.getContextPath();
        if ("GET".equals(request.getMethod())) {
            // on the 403 page (an error dispatch), the page that was refused, not the error page
            boolean error = request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR;
            Object refused = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
            String path = error && refused instanceof String uri ? uri : request.getRequestURI();
            if (path == null || !path.startsWith(context)) {
                return Optional.empty();
            }
            String query = error ? null : request.getQueryString(); // an error dispatch keeps no query
            return safe(path.substring(context.length()) + (query == null ? "" : "?" + query));
        }
        return ofAddress(request.getHeader("Referer"), request);
    }

    /**
     * A full address of a page of the portal on this host ({@code https://host/portal/records/index.xhtml?x=1}) as a
     * return path ({@code /records/index.xhtml?x=1}); empty for another host, a path outside the portal or none.
     */
    public static Optional<String> ofAddress(String address, HttpServletRequest request) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String context = request.getContextPath();
        try {
            URI from = new URI(address.strip());
            if (from.getRawPath() == null || from.getHost() == null
                    || !from.getHost().equalsIgnoreCase(request.getServerName())
                    || !from.getRawPath().startsWith(context + "/")) {
                return Optional.empty();
            }
            String query = from.getRawQuery();
            return safe(from.getRawPath().substring(context.length()) + (query == null ? "" : "?" + query));
        } catch (java.net.URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }

    /** The cookie in which Liberty notes the page that sent a visitor with no login to the login page. */
    public static final String SAVED_REQUEST_COOKIE = "WASReqURL";

    /**
     * Liberty's note of the page that asked for a login ({@link #SAVED_REQUEST_COOKIE}, for example
     * {@code http://:9080/portal/records/index.xhtml?x=1}, without a host) as a return path
     * ({@code /records/index.xhtml?x=1}): only its path and query are read, and taken only when {@link #safe}.
     */
    public static Optional<String> ofSavedRequest(String saved, String context) {
        if (saved == null || saved.isBlank() || saved.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int scheme = saved.indexOf("://");
        if (scheme < 0) {
            return Optional.empty();
        }
        int path = saved.indexOf('/', scheme + 3);
        if (path < 0 || !saved.startsWith(context + "/", path)) {
            return Optional.empty();
        }
        return safe(saved.substring(path + context.length()));
    }

    /** The login page with the return path, for a redirect: {@code /login.xhtml?next=%2Frecords%2F…}. */
    public static String loginPage(Optional<String> next) {
        return next.map(n -> "/login.xhtml?" + PARAMETER + "=" + URLEncoder.encode(n, StandardCharsets.UTF_8))
                .orElse("/login.xhtml");
    }
}
