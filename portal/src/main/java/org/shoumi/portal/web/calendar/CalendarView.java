package org.shoumi.portal.web.calendar;

import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.shoumi.portal.shared.PortalAddress;
import org.shoumi.portal.reports.boundary.DueDate;
import org.shoumi.portal.reports.boundary.DueDates;
import org.shoumi.portal.web.shared.Messages;

/**
 * My calendar: every due date of mine, and the private address of my iCalendar feed (shown once when made; making
 * a new one stops the old).
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DueDates dueDates;

    @Inject
    ExternalContext external;

    @Inject
    Messages messages;

    private transient List<DueDate> dates;
    private String feedAddress;

    public List<DueDate> getDates() {
        if (dates == null) {
            dates = dueDates.of(external.getRemoteUser());
        }
        return dates;
    }

    public void newFeed() {
        // the first address replaces nothing: it said "the old one no longer works" when there was none
        boolean replacing = dueDates.hasToken(external.getRemoteUser());
        String token = dueDates.newToken(external.getRemoteUser());
        // under the portal's configured address, as reminders and certificates print it: behind a load balancer the
        // request's own host and scheme are the node's, which a calendar application outside cannot reach; with no
        // address configured, the one this page was asked at (it printed the default port 9080: outside check)
        feedAddress = PortalAddress.of(PortalAddress.base(configuredUrl(), external.getRequestScheme(),
                external.getRequestServerName(), external.getRequestServerPort(), external.getRequestContextPath()),
                "/calendar.ics?token=" + token);
        messages.info(replacing ? "calendar.feed.made" : "calendar.feed.first");
    }

    /** The configured shoumi.portal.url, read when needed (an Optional field would not survive the session). */
    java.util.Optional<String> configuredUrl() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue("shoumi.portal.url",
                String.class);
    }

    public void stopFeed() {
        dueDates.revoke(external.getRemoteUser());
        feedAddress = null;
        messages.info("calendar.feed.stopped");
    }

    public boolean isHasFeed() {
        return dueDates.hasToken(external.getRemoteUser());
    }

    /** The feed's address, only right after it was made. */
    public String getFeedAddress() {
        return feedAddress;
    }
}
