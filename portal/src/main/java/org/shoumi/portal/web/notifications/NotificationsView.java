package org.shoumi.portal.web.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.notifications.boundary.Notifications;
import org.shoumi.portal.notifications.entity.Notification;
import org.shoumi.portal.web.shared.Messages;

/** My notifications, newest first; opening the page marks them read (the unread ones stay marked on this view). */
@Named
@RequestScoped
public class NotificationsView {

    @Inject
    Notifications notifications;

    @Inject
    ExternalContext external;

    @Inject
    Messages messages;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    private List<Notification> list = List.of();

    public void load() {
        String user = external.getRemoteUser();
        list = notifications.of(user);
        notifications.readAll(user);
    }

    public List<Notification> getList() {
        return list;
    }

    /** When, in the unit's time. */
    public String time(Instant at) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(ZoneId.of(zone)));
    }

    /** The notification's text in the reader's language. */
    @Inject
    org.shoumi.portal.web.shared.LocaleSelection localeSelection;

    public String text(Notification n) {
        String language = localeSelection.getLocale().getLanguage();
        return messages.text(n.getMessageKey(), n.getArguments().stream()
                .map(a -> Notification.argumentIn(a, language)).toArray());
    }
}
