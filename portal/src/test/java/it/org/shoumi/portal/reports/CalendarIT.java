package it.org.shoumi.portal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.boundary.HireDraft;
import org.shoumi.portal.employees.boundary.Roster;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * A new hire's calendar (我的日程) and its subscription address: the onboarding programme is named as such (it
 * read "ONBOARDING 截止", the enum's name), the address handed out is under the portal's configured address (a
 * node's own host is unreachable behind a load balancer) and opens the feed without a login; a new address stops
 * the old one at once, and stopping the feed stops the address.
 */
class CalendarIT extends FromInside {

    private static final String FIRST = "First-Pass-2026";
    private static final String MINE = "Calendar-Own-7";
    private static final Pattern ADDRESS = Pattern.compile("id=\"feed:address\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*id=\"feed:address\"");

    @Inject
    Roster roster;

    @Inject
    HttpServletRequest request;

    @Inject
    org.shoumi.portal.reports.boundary.DueDates dueDates;

    @Inject
    org.shoumi.portal.security.boundary.AccountAdmin accountAdmin;

    @Inject
    org.shoumi.portal.security.boundary.LeaverLogins leaverLogins;

    @Inject
    it.org.shoumi.portal.TestData data;

    private URI portal() {
        return portalAddress(request);
    }

    @Test
    void aHiresCalendarNamesOnboardingAndItsAddressOpensTheFeedUntilReplacedOrStopped() throws Exception {
        String user = Deployments.uniqueName("cal");
        String no = "CAL" + Long.toString(System.nanoTime(), 36).toUpperCase();
        roster.hire(new HireDraft(no, "日程测试", "RESEARCH", "STAFF", SecrecyClass.GENERAL, LocalDate.now(), user,
                FIRST.toCharArray(), null), "hr");
        PortalClient browser = new PortalClient(portal());
        Page first = browser.login(user, FIRST);
        Page changed = browser.submit(first, "password", "password:submit",
                Map.of("password:current", FIRST, "password:next", MINE, "password:repeat", MINE));
        assertFalse(changed.uri().getPath().endsWith("/account/password.xhtml"), "password changed");

        Page calendar = browser.get("calendar.xhtml");
        assertEquals(200, calendar.status());
        String text = calendar.visible();
        assertTrue(text.contains("上岗前教育截止"), text);
        assertFalse(text.contains("ONBOARDING"), text);

        Page made = browser.submit(calendar, "feed", "feed:make", Map.of());
        // found by an outside check: the first address said the old one no longer works, when there was none
        assertTrue(made.contains("已生成订阅地址。") && !made.contains("旧地址已失效"), made.visible());
        String address = address(made);
        assertTrue(address.startsWith(portal() + "calendar.ics?token="), address);

        PortalClient calendarApp = new PortalClient(portal());
        Page feed = calendarApp.get(address);
        assertEquals(200, feed.status(), "no login needed");
        assertTrue(feed.contains("BEGIN:VCALENDAR"), feed.body());
        assertTrue(feed.contains("SUMMARY:上岗前教育截止"), feed.body());
        assertFalse(feed.contains("ONBOARDING"), feed.body());
        // found by an outside check: "UID:pledge-2026@shoumi" was the same in everyone's feed
        assertTrue(feed.body().matches("(?s).*UID:[^\\r\\n]+-[0-9a-f]{12}@shoumi\\r?\\n.*"), feed.body());

        Page renewed = browser.submit(browser.get("calendar.xhtml"), "feed", "feed:make", Map.of());
        assertTrue(renewed.contains("已生成新的订阅地址，旧地址已失效"), renewed.visible());
        String newAddress = address(renewed);
        assertFalse(newAddress.equals(address));
        assertEquals(404, calendarApp.get(address).status(), "the old address stops at once");
        assertEquals(200, calendarApp.get(newAddress).status());

        Page stopped = browser.submit(browser.get("calendar.xhtml"), "feed", "feed:stop", Map.of());
        assertTrue(stopped.contains("订阅地址已停用"), stopped.visible());
        assertEquals(404, calendarApp.get(newAddress).status(), "stopped");
    }

    /**
     * Found by an outside check: after an administrator reset a login's password because it might have leaked, its
     * calendar address still answered with the person's sessions and due dates, and nothing stopped it when the login
     * was switched off. The reset stops it, a login switched off gets no feed (from its last day, before the hourly
     * switch-off), and the switch-off stops its addresses.
     */
    @Test
    void aPasswordResetAndASwitchedOffLoginStopTheFeed() throws Exception {
        String user = Deployments.uniqueName("calr");
        String no = "CAL" + Long.toString(System.nanoTime(), 36).toUpperCase();
        roster.hire(new HireDraft(no, "日程撤销", "RESEARCH", "STAFF", SecrecyClass.GENERAL, LocalDate.now(), user,
                FIRST.toCharArray(), null), "hr");
        PortalClient calendarApp = new PortalClient(portal());
        String address = portal() + "calendar.ics?token=" + dueDates.newToken(user);
        assertEquals(200, calendarApp.get(address).status(), "the address works");

        accountAdmin.resetPassword(user, "疑似密码泄露", "admin");
        assertEquals(404, calendarApp.get(address).status(), "the reset stops the address");
        assertFalse(dueDates.hasToken(user));

        String again = portal() + "calendar.ics?token=" + dueDates.newToken(user);
        assertEquals(200, calendarApp.get(again).status(), "a new address after the reset works");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        data.inTransaction(em -> {
            em.createQuery("select a from Account a where a.username = :u",
                    org.shoumi.portal.security.entity.Account.class).setParameter("u", user).getSingleResult()
                    .disableFrom(today);
            return null;
        });
        assertEquals(404, calendarApp.get(again).status(), "switched off from today, before the hourly switch-off");
        assertTrue(dueDates.hasToken(user), "the address is not yet revoked, only refused");
        assertTrue(leaverLogins.disableDue(today) >= 1);
        assertFalse(dueDates.hasToken(user), "the switch-off revokes the address");
        assertTrue(accountAdmin.changes(user, 10).stream()
                .anyMatch(c -> c.getKind() == org.shoumi.portal.security.entity.AccountChange.Kind.DISABLED));
    }

    private static String address(Page page) {
        Matcher m = ADDRESS.matcher(page.body());
        assertTrue(m.find(), "the address is shown: " + page.visible());
        return (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
    }

}
