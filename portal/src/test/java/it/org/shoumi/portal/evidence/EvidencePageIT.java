package it.org.shoumi.portal.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromOutside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The auditor's evidence page: who may open it, the chain's facts, and "verify now" in Chinese. */
class EvidencePageIT extends FromOutside {

    private PortalClient as(String user) throws Exception {
        PortalClient client = new PortalClient(base.toURI());
        client.login(user, "Shoumi@2026");
        return client;
    }

    @Test
    void theAuditorVerifiesTheLogFromTheMenu() throws Exception {
        PortalClient auditor = as("auditor");
        Page home = auditor.get("index.xhtml");
        assertTrue(home.contains("id=\"menu-evidence\""), "the menu leads to the evidence log");
        Page page = auditor.get("audit/evidence.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.contains("证据日志") && page.contains("立即校验"), "the page speaks Chinese by default");
        Page verified = auditor.submit(page, "evidence", "evidence:verify", Map.of());
        assertEquals(200, verified.status());
        assertTrue(verified.contains("完整：已核对"), "the log verifies intact");
    }

    /** Found by an outside check: "zzzz" or eight digits got the alarm for a chain cut back ("请核对后报告保密工作机构"). */
    @Test
    void aValueThatCannotBeAHashIsSaidSoWithoutTheAlarm() throws Exception {
        PortalClient auditor = as("auditor");
        Page page = auditor.get("audit/evidence.xhtml");
        for (String typed : new String[] {"zzzz", "36dbe677", "G".repeat(20)}) {
            Page answer = auditor.submit(page, "lookup", "lookup:look", Map.of("lookup:hash", typed));
            assertTrue(answer.contains("请输入完整的 64 位哈希值，或至少前 16 位"), typed + ": " + answer.body());
            assertTrue(!answer.contains("链中没有该哈希"), typed);
        }
        Page absent = auditor.submit(page, "lookup", "lookup:look", Map.of("lookup:hash", "0".repeat(64)));
        assertTrue(absent.contains("链中没有该哈希"), "a well-formed hash the chain lacks still raises it");
        // found by a later outside check: nothing typed was told what a hash holds (哈希值只含数字 0-9 和字母 a-f…)
        Page nothing = auditor.submit(page, "lookup", "lookup:look", Map.of("lookup:hash", ""));
        assertTrue(nothing.contains("请输入要核对的链哈希"), nothing.body());
        assertTrue(!nothing.contains("哈希值只含数字") && !nothing.contains("链中没有该哈希"), nothing.body());
    }

    /**
     * Found by an outside check: the newest hash pasted with spaces around it got no answer at all, a 15-digit prefix
     * was told that a hash holds only 0-9 and a-f, and the newest hash was said to be followed by "此后链已增至 N 条"
     * with nothing added since. The hash is looked up without the spaces, a wrong length is said with the length
     * needed, and the newest entry is said to be the latest.
     */
    @Test
    void aPastedHashIsFoundWithoutItsSpacesAndTheLatestIsSaidSo() throws Exception {
        PortalClient auditor = as("auditor");
        Page page = auditor.get("audit/evidence.xhtml");
        java.util.regex.Matcher last = java.util.regex.Pattern.compile("last-hash\">([0-9a-f]{64})<")
                .matcher(page.body());
        assertTrue(last.find(), page.body());
        String hash = last.group(1);
        Page found = auditor.submit(page, "lookup", "lookup:look", Map.of("lookup:hash", "  " + hash + "  "));
        assertTrue(found.contains("链中有该哈希"), found.body());
        assertTrue(found.contains("是链中最新的一条，此后没有新的记录"), found.body());
        assertTrue(!found.contains("此后链已增至"), found.body());

        Page prefix = auditor.submit(page, "lookup", "lookup:look", Map.of("lookup:hash", hash.substring(0, 15)));
        assertTrue(prefix.contains("这个哈希值有 15 位：请输入完整的 64 位哈希值，或至少前 16 位"), prefix.body());
        assertTrue(!prefix.contains("哈希值只含数字"), prefix.body());
    }

    @Test
    void onlyAuditorsOfficersAndAdministratorsMayOpenIt() throws Exception {
        assertEquals(200, as("officer").get("audit/evidence.xhtml").status());
        assertEquals(200, as("admin").get("audit/evidence.xhtml").status());
        assertEquals(403, as("employee").get("audit/evidence.xhtml").status());
        assertEquals(403, as("hr").get("audit/evidence.xhtml").status());
    }
}
