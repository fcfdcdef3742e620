package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromOutside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** From outside: the login page renders in both languages, and the health endpoint answers. */
class SmokeIT extends FromOutside {

    @Test
    void theLoginPageIsChineseByDefaultAndEnglishOnRequest() throws Exception {
        PortalClient browser = new PortalClient(base.toURI());
        Page zh = browser.get("login.xhtml");
        assertEquals(200, zh.status());
        assertTrue(zh.contains("lang=\"zh\""));
        assertTrue(zh.contains("登录保密工作门户"));
        Page en = browser.get("login.xhtml?lang=en");
        assertTrue(en.contains("lang=\"en\""));
        assertTrue(en.contains("Log in to the secrecy portal"));
        assertTrue(en.contains("never holds classified information"));
        // once, in the footer every page has (the login page printed its own copy above it too; outside check)
        assertEquals(1, en.body().split("never holds classified information", -1).length - 1, en.body());
        assertEquals(1, zh.body().split("本系统不存储任何涉密信息", -1).length - 1, zh.body());
        Page stillEn = browser.get("login.xhtml");
        assertTrue(stillEn.contains("Log in to the secrecy portal"), "the choice lasts for the session");
    }

    @Test
    void readinessReportsTheDatabaseUp() throws Exception {
        URI root = base.toURI().resolve("/");
        Page ready = new PortalClient(root).get("health/ready");
        assertEquals(200, ready.status());
        assertTrue(ready.contains("\"database\""));
        assertTrue(ready.contains("\"UP\""));
        Page live = new PortalClient(root).get("health/live");
        assertEquals(200, live.status());
        // the status and the check's name for a probe, no figure of the server: the heap's sizes were shown to
        // anyone (outside check)
        assertTrue(live.contains("\"heap\"") && live.contains("\"UP\""), live.body());
        assertFalse(live.contains("Bytes") || live.contains("\"data\":{\""), live.body());
        Page all = new PortalClient(root).get("health");
        assertFalse(all.contains("Bytes") || all.contains("\"data\":{\""), all.body());
    }

    @Test
    void theServersRootPointsToThePortalInChineseAndEnglish() throws Exception {
        // someone typing only the host read an English-only "Not found" (outside check)
        Page root = new PortalClient(base.toURI().resolve("/")).get("");
        assertEquals(404, root.status());
        assertTrue(root.contains("保密工作门户的地址是 /portal/"), root.body());
        assertTrue(root.contains("The portal is at /portal/"), root.body());
    }
}
