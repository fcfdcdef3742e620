package org.shoumi.portal.notifications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names in a notification read in the reader's language (an English page showed 泰国 and 财务处). */
class NotificationArgumentsTest {

    @Test
    void aNameToldInBothLanguagesReadsInTheReaders() {
        String country = Notification.inBoth("泰国", "Thailand");
        Notification n = new Notification("officer", "notification.travel.requested",
                List.of("陈静", "SM005", country, "2027-02-10"), "/travel/manage.xhtml", Instant.now());
        String stored = n.getArguments().get(2);
        assertEquals("Thailand", Notification.argumentIn(stored, "en"));
        assertEquals("泰国", Notification.argumentIn(stored, "zh"));
        assertEquals("陈静", Notification.argumentIn(n.getArguments().get(0), "en"), "a plain argument as it is");
        assertEquals("办公室", Notification.inBoth("办公室", null), "no English name: the Chinese one alone");
        assertEquals("办公室", Notification.argumentIn(Notification.inBoth("办公室", ""), "en"));
    }
}
