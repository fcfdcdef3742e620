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

/**
 * My notifications, newest first, a page at a time; a page shown marks its notifications read (the unread ones stay
 * marked on this view), the others stay unread.
 */
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
    private String pageParameter;
    private int page = 1;
    private int pages = 1;
    private long total;
    private long unreadElsewhere;

    /**
     * Shows a page of {@link Notifications#SHOWN} notifications (the newest first) and marks read those shown, and
     * only those: the others keep counting under the bell, and the page says how many are on other pages.
     */
    public void load() {
        String user = external.getRemoteUser();
        total = notifications.count(user);
        pages = (int) Math.max(1, (total + Notifications.SHOWN - 1) / Notifications.SHOWN);
        page = Math.min(Math.max(1, parse(pageParameter)), pages);
        list = notifications.of(user, (page - 1) * Notifications.SHOWN);
        notifications.read(user, list.stream().filter(Notification::isUnread).map(Notification::getId).toList());
        unreadElsewhere = notifications.unread(user);
    }

    private static int parse(String number) {
        try {
            return number == null ? 1 : Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public List<Notification> getList() {
        return list;
    }

    /** The page asked for in the address ({@code ?page=2}); anything else is the first. */
    public String getPageParameter() {
        return pageParameter;
    }

    public void setPageParameter(String pageParameter) {
        this.pageParameter = pageParameter;
    }

    /** The page shown, from 1. */
    public int getPage() {
        return page;
    }

    public int getPages() {
        return pages;
    }

    public long getTotal() {
        return total;
    }

    /** The position of the first notification shown, from 1 (0 when there is none). */
    public long getFirstShown() {
        return list.isEmpty() ? 0 : (long) (page - 1) * Notifications.SHOWN + 1;
    }

    public long getLastShown() {
        return (long) (page - 1) * Notifications.SHOWN + list.size();
    }

    /** Unread notifications on other pages than this one, which stay unread until shown. */
    public long getUnreadElsewhere() {
        return unreadElsewhere;
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
