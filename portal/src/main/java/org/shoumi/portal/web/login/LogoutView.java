package org.shoumi.portal.web.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.LocaleSelection;

/** Logs out: ends the login and throws the whole session away, keeping only the chosen language. */
@Named
@RequestScoped
public class LogoutView {

    @Inject
    ExternalContext external;

    @Inject
    LocaleSelection localeSelection;

    public String logout() throws ServletException {
        String language = localeSelection.getLanguage();
        endLogin((HttpServletRequest) external.getRequest());
        return Actions.redirect("/login.xhtml?loggedOut=true&lang=" + language);
    }

    /**
     * The logout token of this session, which the error pages' logout form carries to {@link LogoutServlet} (a post
     * there without it logs nobody out).
     */
    public String getToken() {
        return LogoutServlet.token(((HttpServletRequest) external.getRequest()).getSession());
    }

    /** Ends the login and the session; the top bar's button here and {@link LogoutServlet} both come here. */
    static void endLogin(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
