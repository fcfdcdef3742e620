package org.shoumi.portal.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.shoumi.portal.security.boundary.Accounts;

/**
 * A login with a first password someone else chose (hire, roster import, initial admin) must choose its own
 * before anything else: every page request other than the password page, the login page and Faces resources
 * is sent to {@value #PASSWORD_PAGE}. Decided from the session marks set at login ({@link PasswordChangeMarks});
 * the database is asked only when a session of a logged-in user has none (the login cookie outlived the
 * session), once for that session. Downloads are held back too (a secrecy file, the records workbook, a pledge PDF
 * opened with the first password HR handed over: outside check); the REST API (its own tokens), logout, the
 * language switch and the calendar feed pass.
 */
@WebFilter(filterName = "passwordChange", urlPatterns = "/*",
        dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST})
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Inject
    transient Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        if (user == null || !heldBack(path(request))) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (!PasswordChangeMarks.checked(session, user)) {
            boolean required = accounts.passwordChangeRequired(user);
            session = request.getSession(true);
            PasswordChangeMarks.loggedIn(session, user, required);
        }
        if (!PasswordChangeMarks.changeRequired(session, user)) {
            chain.doFilter(request, response);
            return;
        }
        PageRedirect.to(request, response, PASSWORD_PAGE);
    }

    /** The path of a request inside the portal: servlet path and path info. */
    static String path(HttpServletRequest request) {
        String path = request.getServletPath();
        return request.getPathInfo() == null ? path : path + request.getPathInfo();
    }

    /** Whether a request for this path is one that a required password change holds back: every page and download. */
    static boolean heldBack(String path) {
        return !path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")
                && !path.startsWith("/api/") && !path.equals("/login.xhtml") && !path.equals(PASSWORD_PAGE)
                && !path.equals("/logout") && !path.equals("/language") && !path.equals("/calendar.ics")
                && !path.equals("/favicon.ico");
    }
}
