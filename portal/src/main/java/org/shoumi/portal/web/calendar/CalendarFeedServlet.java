package org.shoumi.portal.web.calendar;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.shoumi.portal.web.shared.PortalServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.reports.boundary.DueDates;
import org.shoumi.portal.web.shared.Messages;

/**
 * {@code /calendar.ics?token=…}: a person's due dates for a calendar application, which cannot log in; the private
 * token is the only key (public in web.xml). An unknown or revoked token answers 404.
 */
@WebServlet("/calendar.ics")
public class CalendarFeedServlet extends PortalServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DueDates dueDates;

    /** The configured address; when none is, the address the calendar application asked at. */
    @Inject
    @ConfigProperty(name = "shoumi.portal.url")
    java.util.Optional<String> portalUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the feed is written in Chinese, the unit's working language (a calendar application sends no preference)
        ResourceBundle text = ResourceBundle.getBundle(Messages.BUNDLE, Locale.SIMPLIFIED_CHINESE);
        if (!parametersReadable(request)) {
            unreadable(request, response); // a token with a malformed escape (%ZZ): the system-error page before
            return;
        }
        Optional<byte[]> feed = dueDates.feed(request.getParameter("token"), text::getString,
                org.shoumi.portal.shared.PortalAddress.base(portalUrl, request.getScheme(), request.getServerName(),
                        request.getServerPort(), request.getContextPath()));
        if (feed.isEmpty()) {
            // a plain answer, not the portal's error page: the asker is a calendar application, not a person
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write("unknown or revoked calendar address\n");
            return;
        }
        response.setContentType("text/calendar; charset=UTF-8");
        // the feed is written in the unit's language (the server said "en" for it)
        response.setHeader("Content-Language", "zh-CN");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "inline; filename=\"shoumi.ics\"");
        response.setContentLength(feed.get().length);
        response.getOutputStream().write(feed.get());
    }
}
