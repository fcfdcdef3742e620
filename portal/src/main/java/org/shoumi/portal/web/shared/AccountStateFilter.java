package org.shoumi.portal.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.shoumi.portal.security.boundary.Revocations;

/**
 * A login lasts as long as its session: a request that Liberty authenticated from the login cookie alone (the
 * session timed out after 30 idle minutes, or a copied cookie is replayed from elsewhere) is not let in but sent
 * to the login page, and the cookie is dropped. So the login cookie, valid for hours by itself, is worth no more
 * than the session it was issued with.
 * <p>
 * Also ends the sessions of a login that lost access after it logged in: a leaver whose login was switched off, a
 * person whose roles were taken away on a 离岗, or a login whose password was changed (the browser that changed
 * it goes on). Every request of a logged-in user compares the time the session
 * logged in (set by the login page) with the time the account lost access (an in-memory lookup); an older session
 * is ended and the browser sent to the login page (an ajax request gets a partial-response redirect, the REST API
 * a 401, a page's script, such as the exam's answer, a JSON 401 {@code {"login":true}}); only a new login there marks a session that goes on, and takes the browser back to the page it was sent
 * away from ({@link ReturnPath}).
 * <p>
 * The container refuses a page the session's roles do not reach (403) before any filter runs; so the 403 page is
 * checked too: a session whose login was given a role after it logged in is ended there and sent to the login page,
 * whose next login carries the role, instead of being told it may not open the page it was just granted.
 */
@WebFilter(filterName = "accountState", urlPatterns = "/*",
        dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR})
public class AccountStateFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String LOGGED_IN_AT = "org.shoumi.portal.account.loggedInAt";
    static final String LOGGED_IN_AS = "org.shoumi.portal.account.loggedInAs";
    static final String LOGIN_COOKIE = "LtpaToken2";

    @Inject
    transient Revocations revocations;

    /** The login page calls this after a successful login: when, and as whom. */
    public static void loggedIn(HttpSession session, Instant at, String username) {
        session.setAttribute(LOGGED_IN_AT, at.toEpochMilli());
        session.setAttribute(LOGGED_IN_AS, username);
    }

    /** The login a session was logged in as by the login page; null for none. */
    public static String loggedInAs(HttpSession session) {
        return session == null ? null : (String) session.getAttribute(LOGGED_IN_AS);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR && !Integer.valueOf(
                HttpServletResponse.SC_FORBIDDEN).equals(request.getAttribute(
                        jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE))) {
            // other error pages follow a request this filter has seen already
            chain.doFilter(request, response);
            return;
        }
        String user = request.getRemoteUser();
        HttpSession current = request.getSession(false);
        Optional<Instant> revoked = revocations.of(user);
        if (user == null || (loggedIn(current, user) && (revoked.isEmpty() || loggedInAfter(current, revoked.get())))) {
            chain.doFilter(request, response);
            return;
        }
        String path = PasswordChangeFilter.path(request);
        // the session of one login with the login cookie of another (a copied cookie): not let in, and the session,
        // someone else's, is left alone (found by an outside check)
        boolean anotherLogins = loggedIn(current) && !path.equals("/login.xhtml");
        if (!anotherLogins) {
            if (path.equals("/login.xhtml") || StaticResources.is(path)) {
                // the way back in: a new login marks a new session
                chain.doFilter(request, response);
                return;
            }
            if (current != null) {
                current.invalidate();
            }
        }
        forgetLoginCookie(request, response);
        if (path.startsWith("/api")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (fromAPagesScript(request)) {
            // the exam's answer, saved by its script (js/quiz.js): the login page in reply was read as "reload",
            // and the taker found the login page, in Chinese, with no word that the answer was not saved (outside
            // check). The script says so in the page's language and leads to the login, and back to the paper
            SecurityHeaders.forResponse(request.isSecure()).forEach(response::setHeader);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write("{\"login\":true}");
            return;
        }
        // the login returns to the page asked for (Liberty notes none: the login cookie still named the user)
        PageRedirect.to(request, response, ReturnPath.loginPage(ReturnPath.of(request)));
    }

    /**
     * A request of a page's own script (fetch with {@code X-Requested-With}, as js/quiz.js sends each answer), not a
     * Faces ajax request (which follows a partial-response redirect): it reads JSON, not a page.
     */
    static boolean fromAPagesScript(HttpServletRequest request) {
        return "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
                && !"partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /**
     * Not request.logout(): the login cookie may be the one Liberty hands to every browser of this login, and ending
     * it would end the session that must go on (after a password change); this browser forgets it.
     */
    private static void forgetLoginCookie(HttpServletRequest request, HttpServletResponse response) {
        Cookie forget = new Cookie(LOGIN_COOKIE, "");
        forget.setMaxAge(0);
        forget.setPath("/");
        forget.setHttpOnly(true);
        forget.setSecure(request.isSecure());
        response.addCookie(forget);
    }

    /** Whether the session was started by the login page (not by the login cookie alone, after it ended). */
    private static boolean loggedIn(HttpSession session) {
        return session != null && session.getAttribute(LOGGED_IN_AT) instanceof Long;
    }

    /** Whether the session was started by the login page, for this login. */
    private static boolean loggedIn(HttpSession session, String user) {
        return loggedIn(session) && user.equals(session.getAttribute(LOGGED_IN_AS));
    }

    private static boolean loggedInAfter(HttpSession session, Instant revoked) {
        Object at = session == null ? null : session.getAttribute(LOGGED_IN_AT);
        return at instanceof Long millis && millis > revoked.toEpochMilli();
    }
}
