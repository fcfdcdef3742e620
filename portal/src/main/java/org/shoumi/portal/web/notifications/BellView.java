package org.shoumi.portal.web.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.shoumi.portal.notifications.boundary.Notifications;

/** The bell in the top bar: the login's unread notifications, counted once per request. */
@Named("bell")
@RequestScoped
public class BellView {

    @Inject
    Notifications notifications;

    @Inject
    ExternalContext external;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unread(external.getRemoteUser());
        }
        return unread;
    }
}
