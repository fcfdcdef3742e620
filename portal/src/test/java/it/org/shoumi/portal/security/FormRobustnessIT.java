package it.org.shoumi.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import java.io.File;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outside probe's 500s for requests a page cannot handle: a forged view state is answered like an expired
 * page, a tampered form with a message on the same page; nothing is saved and no error page is shown.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormRobustnessIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
    }

    @ArquillianResource
    URL base;

    @Test
    void aForgedViewStateIsAnExpiredPageNotAnError() throws Exception {
        PortalClient browser = new PortalClient(base.toURI());
        Page login = browser.get("login.xhtml");
        for (String forged : new String[] {"forged", "AAAA" + "x".repeat(200), "-1:-1"}) {
            Page answer = browser.submit(login, "login", "login:submit", Map.of(
                    "jakarta.faces.ViewState", forged, "login:username", "hr", "login:password", "Shoumi@2026"));
            assertTrue(answer.contains("页面已过期"), forged + ": " + answer.status() + " " + answer.body());
            assertFalse(answer.contains("系统错误"), "not the error page");
        }
        Page officer = new PortalClient(base.toURI()).login("officer", "Shoumi@2026");
        assertTrue(officer.uri().getPath().endsWith("/index.xhtml"), "the portal goes on: " + officer.uri());
    }

    @Test
    void aTamperedSelectionOnTheCampaignFormIsAMessageAndNothingIsLaunched() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String code = "TAMPER-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        PortalClient officer = new PortalClient(base.toURI());
        officer.login("officer", "Shoumi@2026");
        Page page = officer.get("campaigns/manage.xhtml");
        Page answer = officer.submit(page, "launch", "launch:submit", Map.of(
                "launch:code", code, "launch:title", "篡改测试", "launch:quiz", "NO-SUCH-QUIZ",
                "launch:opensOn_input", today.toString(), "launch:dueOn_input", today.plusDays(7).toString(),
                "launch:departments", "", "launch:classes", "NOT_A_CLASS"));
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.uri().getPath().endsWith("/campaigns/manage.xhtml"), answer.uri().toString());
        assertFalse(answer.contains("系统错误"), "not the error page");
        assertFalse(answer.contains(code), "no campaign was launched");
    }
}
