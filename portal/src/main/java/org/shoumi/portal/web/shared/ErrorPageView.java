package org.shoumi.portal.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the top bar of an error page needs: the address the browser asked for, to come back to after switching
 * the language (the error page itself lives under WEB-INF and cannot be opened or posted to).
 */
@Named
@RequestScoped
public class ErrorPageView {

    /** Servlet 6.1 sets it on an error dispatch; on a 6.0 container the request's own query string is taken. */
    static final String ERROR_QUERY_STRING = "jakarta.servlet.error.query_string";

    @Inject
    ExternalContext external;

    /** The language switch ({@link LanguageServlet}) that comes back to the requested address. */
    public String languageLink(String language) {
        return external.getRequestContextPath() + "/language?to=" + URLEncoder.encode(language, StandardCharsets.UTF_8)
                + "&back=" + URLEncoder.encode(getReturnPath(), StandardCharsets.UTF_8);
    }

    /** The requested address with its query, or the home page if this is no error dispatch. */
    public String getReturnPath() {
        return returnPath(external.getRequestContextPath(), external.getRequestMap(),
                ((HttpServletRequest) external.getRequest()).getQueryString());
    }

    static String returnPath(String contextPath, Map<String, Object> request, String requestQuery) {
        Object uri = request.get(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || path.isEmpty()) {
            return contextPath + "/index.xhtml";
        }
        Object query = request.getOrDefault(ERROR_QUERY_STRING, requestQuery);
        return query instanceof String q && !q.isEmpty() ? path + "?" + q : path;
    }
}
