package org.shoumi.portal.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Sends the browser to another page of the portal from a filter, with the portal's security headers (a filter that
 * answers itself may run before the one that adds them): a plain redirect, or for a Faces ajax request (which
 * follows a redirect only when told so in a partial response) the partial-response redirect.
 */
final class PageRedirect {

    private PageRedirect() {
    }

    /** @param path the page inside the portal, starting with a slash: {@code /login.xhtml} */
    static void to(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        SecurityHeaders.forResponse(request.isSecure()).forEach(response::setHeader);
        String target = request.getContextPath() + path;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"/></partial-response>");
        } else {
            response.sendRedirect(target);
        }
    }
}
