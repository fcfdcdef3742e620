package it.org.shoumi.portal.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import it.org.shoumi.portal.TestData;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.notifications.boundary.Notifications;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;

/** The notification list: a page at a time, and only what a page showed is marked read. */
class NotificationsIT extends FromInside {

    @Inject
    Notifications notifications;

    @Inject
    Accounts accounts;

    @Inject
    TestData data;

    @Inject
    HttpServletRequest request;

    /**
     * Found by an outside check: after a roster import an officer had 308 unread notifications; opening the list
     * showed the newest 100 and marked all 308 read, so the bell said none were unread and 208 were never shown.
     * Each page marks what it shows; the page says how many unread ones are on other pages, and they are reached
     * page by page, until the bell counts none.
     */
    @Test
    void openingTheListMarksReadOnlyWhatItShowsAndTheRestArePagedTo() throws Exception {
        String password = "Correct-Horse-8";
        String officer = Deployments.uniqueName("bell");
        accounts.create(officer, password.toCharArray(), Set.of(Role.SECRECY_OFFICER), null);
        data.inTransaction(em -> {
            for (int i = 1; i <= 250; i++) {
                notifications.tell(officer, "vetting.notice.hired", List.of("通知人" + i, "NT" + i), null);
            }
            return null;
        });
        PortalClient browser = new PortalClient(portalAddress(request));
        assertTrue(browser.login(officer, password).visible().contains("通知（250 条未读）"));

        Page first = browser.get("notifications.xhtml");
        assertTrue(first.contains("通知人250（NT250）") && first.contains("通知人151（NT151）"), "the newest 100");
        assertFalse(first.contains("通知人150（NT150）"));
        assertTrue(first.visible().contains("另有 150 条未读通知在本列表的其他页"), first.visible());
        assertTrue(first.visible().contains("第 1–100 条，共 250 条"), first.visible());
        assertTrue(first.visible().contains("通知（150 条未读）"), "the bell counts those not shown yet");
        assertEquals(150, notifications.unread(officer));

        Page again = browser.get("notifications.xhtml");
        assertEquals(150, notifications.unread(officer), "the same page again marks nothing more");
        assertTrue(again.contains("page=2"), "a link to the older ones");

        Page second = browser.get("notifications.xhtml?page=2");
        assertTrue(second.contains("通知人150（NT150）") && second.contains("通知人51（NT51）"));
        assertTrue(second.visible().contains("第 101–200 条，共 250 条"), second.visible());
        assertEquals(50, notifications.unread(officer));
        Page third = browser.get("notifications.xhtml?page=3");
        assertTrue(third.contains("通知人1（NT1）") && !third.contains("另有"), third.visible());
        assertEquals(0, notifications.unread(officer));
        assertTrue(browser.get("notifications.xhtml?page=99").contains("通知人1（NT1）"), "past the end: the last page");
    }
}
