package org.shoumi.portal.web.shared;

import org.shoumi.portal.shared.Causes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.primefaces.csp.CspException;

/**
 * Puts the security headers on every response: pages, downloads, the REST API, error pages and the redirect
 * to the login form alike (set before the rest of the chain runs, so they are there whatever it answers). A
 * postback that lacks the nonce PrimeFaces' CSP mode put into its form is answered 400, not 500.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*",
        dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The methods the portal answers: its pages, downloads and API use no other. */
    static final java.util.List<String> ALLOWED_METHODS = java.util.List.of("GET", "HEAD", "POST");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.forResponse(request.isSecure()).forEach(response::setHeader);
        if (!ALLOWED_METHODS.contains(request.getMethod()) && !api(request)
                && (request.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST || refusedByTheContainer(request))) {
            // TRACE would echo the request, cookies included; PUT, DELETE, PROPFIND… rendered the page as for a
            // GET. Answered here as a line of text: the error page, dispatched with the same method, came back
            // to this filter and Liberty wrote a stack trace for each (outside check). Liberty's security refuses
            // a TRACE itself, even of a public address, before this filter sees the request: its 403 page (TRACE
            // /calendar.ics?token=…, outside check) is answered here the same way
            methodNotAllowed(request, response, methodsOfTheTarget(request));
            return;
        }
        if (missingFile(request)) {
            // answered here: the container's file servlet would throw, and Liberty then writes an FFDC incident
            // and a stack trace for every address that names no file (/records/nothing.xlsx; outside check)
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!StaticResources.is(PasswordChangeFilter.path(request))) {
            response.setHeader("Cache-Control", "no-store");
        }
        try {
            chain.doFilter(request, response);
            if (request.getAttribute(MalformedLinks.NOT_FOUND) != null && !response.isCommitted()) {
                // a page opened with a parameter it cannot read: 404, as for an unknown id (MalformedLinks)
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (ServletException e) {
            if (!withoutThePagesNonce(e) || response.isCommitted()) {
                throw e;
            }
            // a form post without the nonce of its page (PrimeFaces CSP mode): a forged or mangled request, not
            // a server error; browsers always send it back. A line of text, not the 400 page: that Faces page
            // would be rendered for the same post, nonce and all
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(Messages.text(jakarta.enterprise.inject.spi.CDI.current()
                    .select(LocaleSelection.class).get().getLocale(), "error.400.text"));
        }
    }

    /**
     * A call of the REST API: its own filter and JAX-RS answer any method (401 without rights whatever the method,
     * a JSON 405 to a caller with rights), so that the API cannot be mapped by its answers.
     */
    private static boolean api(HttpServletRequest request) {
        return request.getServletPath().startsWith("/api/") || request.getServletPath().equals("/api");
    }

    /**
     * The answer to a method the portal does not answer: 405, {@code Allow: GET, HEAD, POST} and a line of text in
     * the session's language. Also for a servlet's own {@code doTrace}: Liberty's web container refuses a TRACE of
     * a servlet that does not override it, with its 403, before any filter runs.
     */
    public static void methodNotAllowed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        methodNotAllowed(request, response, ALLOWED_METHODS);
    }

    /**
     * The answer to a method an address does not answer: 405, {@code Allow} with the methods it does answer
     * ({@code POST} for the take page's answer endpoint) and a line of text in the session's language naming them.
     */
    public static void methodNotAllowed(HttpServletRequest request, HttpServletResponse response,
            java.util.List<String> allowed) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader("Allow", String.join(", ", allowed));
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        java.util.Locale locale = locale(request);
        response.getWriter().write(allowed.equals(ALLOWED_METHODS) ? Messages.text(locale, "error.405.text")
                : Messages.text(locale, "error.405.address",
                        String.join(Messages.text(locale, "common.listSeparator"), allowed)));
    }

    /**
     * The methods the address asked answers: those of the portal's servlet mapped to it ({@link PortalServlet}),
     * else those of the whole portal (its pages).
     */
    private static java.util.List<String> methodsOfTheTarget(HttpServletRequest request) {
        // on the container's 403 page, the servlet it refused; else the one the address is mapped to
        Object name = request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR
                ? request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_SERVLET_NAME)
                : request.getHttpServletMapping() == null ? null : request.getHttpServletMapping().getServletName();
        jakarta.servlet.ServletRegistration registration = name instanceof String servlet
                ? request.getServletContext().getServletRegistration(servlet) : null;
        return registration == null ? ALLOWED_METHODS : PortalServlet.methodsOf(registration.getClassName());
    }

    /**
     * The container's 403 page, dispatched for a request it refused before any filter ran; not one of the API
     * (which answers its own refusals in JSON).
     */
    private static boolean refusedByTheContainer(HttpServletRequest request) {
        if (request.getDispatcherType() != jakarta.servlet.DispatcherType.ERROR || !Integer.valueOf(
                HttpServletResponse.SC_FORBIDDEN).equals(request.getAttribute(
                        jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE))) {
            return false;
        }
        Object refused = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String api = request.getContextPath() + "/api";
        return !(refused instanceof String uri && (uri.equals(api) || uri.startsWith(api + "/")));
    }

    /** The language of the request's session, Chinese without one (no session is made for the answer). */
    static java.util.Locale locale(HttpServletRequest request) {
        return request.getSession(false) == null ? LocaleSelection.CHINESE
                : jakarta.enterprise.inject.spi.CDI.current().select(LocaleSelection.class).get().getLocale();
    }

    private static boolean withoutThePagesNonce(Throwable e) {
        return Causes.include(e, CspException.class);
    }

    /** A request that only the container's file servlet would answer, for a file the application does not have. */
    static boolean missingFile(HttpServletRequest request) {
        jakarta.servlet.http.HttpServletMapping mapping = request.getHttpServletMapping();
        if (request.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST || mapping == null
                || mapping.getMappingMatch() != jakarta.servlet.http.MappingMatch.DEFAULT) {
            return false;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.isEmpty() || path.equals("/")) {
            return false;
        }
        try {
            return request.getServletContext().getResource(path) == null;
        } catch (java.net.MalformedURLException malformed) {
            return true;
        }
    }
}
