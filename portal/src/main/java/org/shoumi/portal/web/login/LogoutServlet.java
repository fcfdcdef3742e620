package org.shoumi.portal.web.login;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import org.shoumi.portal.web.shared.PortalServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.shoumi.portal.web.shared.LocaleSelection;

/**
 * Logout for pages that cannot post a Faces form: the error pages. A Faces form on a page shown by an error
 * dispatch posts to the error page's own address under WEB-INF, which answers 404; this plain form target ends
 * the login the same way {@link LogoutView} does and sends the browser to the login page in the chosen language.
 * POST only, and only with the session's logout token that the error page's form carries ({@link #token}): a post
 * with the session cookie alone logged the user out, even in the middle of an exam (outside check; SameSite=Lax keeps
 * other sites out, but any page of the same site could post here). Without the token the post is answered 400 (the
 * error page, whose own logout button carries the token) and the login goes on. A post from a browser that is not
 * logged in (its session ended) only leads to the login page. A GET, as after a login that was asked for this
 * address, only leads home.
 */
@WebServlet("/logout")
public class LogoutServlet extends PortalServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LocaleSelection localeSelection;

    /** The session attribute holding the logout token. */
    static final String TOKEN = LogoutServlet.class.getName() + ".token";
    /** The form field that carries it. */
    static final String TOKEN_FIELD = "logout-token";

    private static final Logger LOG = Logger.getLogger(LogoutServlet.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The session's logout token, made at its first use: 32 random bytes, URL-safe Base64. */
    static String token(HttpSession session) {
        synchronized (session) {
            Object token = session.getAttribute(TOKEN);
            if (token instanceof String known) {
                return known;
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(TOKEN, made);
            return made;
        }
    }

    /** Whether the post carries this session's logout token. */
    static boolean carriesToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(TOKEN_FIELD);
        Object token = session == null ? null : session.getAttribute(TOKEN);
        return sent != null && token instanceof String known
                && MessageDigest.isEqual(known.getBytes(StandardCharsets.US_ASCII),
                        sent.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String language = localeSelection.getLanguage();
        if (request.getRemoteUser() != null && !carriesToken(request)) {
            LOG.warning(() -> "A logout post without the page's token was refused (400) for " + request.getRemoteUser());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        LogoutView.endLogin(request);
        response.sendRedirect(request.getContextPath() + "/login.xhtml?loggedOut=true&lang=" + language);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/index.xhtml");
    }
}
