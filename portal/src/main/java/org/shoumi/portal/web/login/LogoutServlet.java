package org.shoumi.portal.web.login;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import org.shoumi.portal.web.shared.PortalServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.shoumi.portal.web.shared.LocaleSelection;

/**
 * Logout for pages that cannot post a Faces form: the error pages. A Faces form on a page shown by an error
 * dispatch posts to the error page's own address under WEB-INF, which answers 404; this plain form target ends
 * the login the same way {@link LogoutView} does and sends the browser to the login page in the chosen language.
 * POST only (the session cookie is SameSite=Lax, so another site cannot post here with it); a GET, as after a
 * login that was asked for this address, only leads home.
 */
@WebServlet("/logout")
public class LogoutServlet extends PortalServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LocaleSelection localeSelection;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String language = localeSelection.getLanguage();
        LogoutView.endLogin(request);
        response.sendRedirect(request.getContextPath() + "/login.xhtml?loggedOut=true&lang=" + language);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/index.xhtml");
    }
}
