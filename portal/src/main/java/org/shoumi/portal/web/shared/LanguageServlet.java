package org.shoumi.portal.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The language switch for pages that cannot post a Faces form: the error pages (a Faces form there posts to the
 * error page's address under WEB-INF, which answers 404). {@code /language?to=en&back=/portal/…} switches the
 * session's language and sends the browser back to the address it came from, which must lie in this
 * application; any other {@code back} leads home.
 */
@WebServlet("/language")
public class LanguageServlet extends PortalServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LocaleSelection localeSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!parametersReadable(request)) {
            unreadable(request, response); // a malformed escape (%ZZ): the system-error page and an incident before
            return;
        }
        localeSelection.setLanguage(request.getParameter("to"));
        response.sendRedirect(back(request.getContextPath(), request.getParameter("back")));
    }

    /** {@code back} if it is a path inside the application, else the home page: never another site. */
    static String back(String contextPath, String back) {
        return LocalPaths.inside(contextPath, back) ? back : contextPath + "/index.xhtml";
    }
}
