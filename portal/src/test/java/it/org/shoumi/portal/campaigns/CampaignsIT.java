package it.org.shoumi.portal.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import it.org.shoumi.portal.FromOutside;
import it.org.shoumi.portal.Mailbox;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import it.org.shoumi.portal.TestExams;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A campaign launched by the secrecy officer through the page, and its reminders arriving at a real SMTP
 * server (GreenMail on port 3025, where the test server sends mail) with a copy to the department head.
 */
class CampaignsIT extends FromOutside {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    /** The demo OFFICE department's people of class 重要 (SM003, SM005, SM030); its head is SM001. */
    private static final List<String> TARGETED = List.of("sm003", "sm005", "sm030");

    private static String mail(String no) {
        return no + "@demo.shoumi.example.org";
    }

    private List<MimeMessage> to(String address) {
        return Mailbox.to(smtp, address);
    }

    @Test
    void theOfficerLaunchesACampaignAndTheTargetedPeopleAreReminded() throws Exception {
        // the unit's calendar (Asia/Shanghai) decides which day it is
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String code = "IT-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        PortalClient officer = new PortalClient(base.toURI());
        officer.login("officer", "Shoumi@2026");
        String exam = TestExams.newCode("CAMP");
        TestExams.define(officer, exam);
        Page page = officer.get("campaigns/manage.xhtml");
        assertEquals(200, page.status());

        Page launched = officer.submit(page, "launch", "launch:submit", Map.of(
                "launch:code", code, "launch:title", "集成测试在岗培训", "launch:quiz", exam,
                "launch:opensOn_input", today.toString(), "launch:dueOn_input", today.plusDays(7).toString(),
                "launch:departments", "OFFICE", "launch:classes", "IMPORTANT"));
        assertTrue(launched.contains("3 人已布置在岗培训"), launched.body());
        assertTrue(launched.contains(code));

        Page again = officer.submit(launched, "launch", "launch:submit", Map.of(
                "launch:code", code, "launch:title", "集成测试在岗培训", "launch:quiz", exam,
                "launch:opensOn_input", today.toString(), "launch:dueOn_input", today.plusDays(7).toString(),
                "launch:departments", "OFFICE", "launch:classes", "IMPORTANT"));
        // found by an outside check: the same form sent again (a second click) said "该活动编号已被使用"; it is told
        // it launched this campaign just now, and nothing is launched twice
        assertTrue(again.visible().contains("这张表单刚刚已经提交过：您刚才已发起活动“集成测试在岗培训”（编号 " + code
                + "）"), again.visible());
        // found by an outside check: the code in small letters with another title and dates was answered as that
        // double click; only the same launch is one, another is told the code is used
        Page other = officer.submit(again, "launch", "launch:submit", Map.of(
                "launch:code", code.toLowerCase(java.util.Locale.ROOT), "launch:title", "重复", "launch:quiz", exam,
                "launch:opensOn_input", today.plusDays(1).toString(),
                "launch:dueOn_input", today.plusDays(9).toString()));
        assertTrue(other.visible().contains("该活动编号已被使用") && !other.visible().contains("这张表单刚刚已经提交过"),
                other.visible());
        PortalClient admin = new PortalClient(base.toURI());
        admin.login("admin", "Shoumi@2026");
        Page taken = admin.submit(admin.get("campaigns/manage.xhtml"), "launch", "launch:submit", Map.of(
                "launch:code", code, "launch:title", "重复", "launch:quiz", exam,
                "launch:opensOn_input", today.toString(), "launch:dueOn_input", today.plusDays(7).toString()));
        assertTrue(taken.contains("该活动编号已被使用"), "a code is used once: " + taken.visible());

        Page reminded = officer.submit(other, "campaigns", "campaigns:remind", Map.of());
        assertTrue(reminded.contains("已发送提醒"), reminded.body());
        smtp.waitForIncomingEmail(10_000, 3);
        for (String no : TARGETED) {
            List<MimeMessage> mine = to(mail(no));
            assertEquals(1, mine.size(), no);
            MimeMessage m = mine.get(0);
            assertTrue(m.getSubject().startsWith("【保密培训提醒】集成测试在岗培训将于" + today.plusDays(7)), m.getSubject());
            assertEquals(null, m.getRecipients(Message.RecipientType.CC), "not overdue: no copy to the head yet");
            String body = (String) m.getContent();
            assertTrue(body.contains("通过考试") && body.contains("签订承诺书"), body);
        }
        assertTrue(to(mail("sm002")).isEmpty(), "class 一般 was not targeted");

        int before = smtp.getReceivedMessages().length;
        Page second = officer.submit(officer.get("campaigns/manage.xhtml"), "campaigns", "campaigns:remind", Map.of());
        assertEquals(before, smtp.getReceivedMessages().length, "a second run on the same day sends nothing again");
        // the summary says why nothing went out: reminded today, not "complete or closed" (outside check)
        java.util.regex.Matcher today3 = java.util.regex.Pattern.compile("(\\d+) 项今天已提醒").matcher(second.body());
        assertTrue(second.contains("已发送 0 条提醒") && today3.find() && Integer.parseInt(today3.group(1)) >= 3,
                second.body());
        assertTrue(second.contains("项未到提醒日（仍在进行）") && second.contains("项已完成或已关闭"), second.body());

        // the auditor reads who launched it and when (the page was 403 and nothing recorded it; outside check),
        // and has neither the launch form nor the reminder button
        PortalClient auditor = new PortalClient(base.toURI());
        auditor.login("auditor", "Shoumi@2026");
        Page read = auditor.get("campaigns/manage.xhtml");
        assertEquals(200, read.status());
        String row = read.body().substring(read.body().indexOf(code));
        assertTrue(row.contains("campaign-launched-by") && row.contains(today.toString()), row);
        assertTrue(!read.contains("id=\"launch\"") && !read.contains("campaigns:remind"), "no forms for the auditor");

        // the people export names the campaign by its title, as the page does (it gave only the code)
        String csv = new String(officer.raw("programmes/people.csv?campaign=" + code).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains("培训活动名称"), csv);
        assertTrue(csv.lines().filter(l -> l.contains(code)).count() == 3
                && csv.lines().filter(l -> l.contains(code)).allMatch(l -> l.contains(code + ",集成测试在岗培训,")), csv);
    }

    /**
     * Found by an outside check: reversed, past or too distant dates all gave one sentence of three rules
     * (截止日期须在今天至一年之内；…). The refusal names the rule broken and the dates.
     */
    @Test
    void aLaunchWithWrongDatesSaysWhichRuleTheyBreakNamingTheDates() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String code = "IT-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        PortalClient officer = new PortalClient(base.toURI());
        officer.login("officer", "Shoumi@2026");
        String exam = TestExams.newCode("CAMPD");
        TestExams.define(officer, exam);
        Page page = officer.get("campaigns/manage.xhtml");
        Page reversed = officer.submit(page, "launch", "launch:submit", Map.of(
                "launch:code", code, "launch:title", "日期颠倒", "launch:quiz", exam,
                "launch:opensOn_input", today.plusDays(20).toString(), "launch:dueOn_input", today.plusDays(10).toString(),
                "launch:departments", "OFFICE", "launch:classes", "IMPORTANT"));
        assertTrue(reversed.contains("截止日期 " + today.plusDays(10) + " 早于开始日期 " + today.plusDays(20)),
                reversed.body());
        Page far = officer.submit(reversed, "launch", "launch:submit", Map.of(
                "launch:code", code, "launch:title", "远期", "launch:quiz", exam,
                "launch:opensOn_input", today.toString(), "launch:dueOn_input", today.plusYears(2).toString(),
                "launch:departments", "OFFICE", "launch:classes", "IMPORTANT"));
        assertTrue(far.contains("截止日期 " + today.plusYears(2) + " 在一年以后：截止日期最晚为 " + today.plusYears(1)),
                far.body());
        assertTrue(!far.contains("截止日期须在今天至一年之内"), "not the three rules at once");
        assertTrue(!officer.get("campaigns/manage.xhtml").contains(code), "nothing launched");
    }

    /**
     * Found by an outside check: a code typed full-width (ＺＸ２０２７) was refused, though staff numbers take full-width
     * letters and digits; it is read half-width, as they are (due in a month: no reminder is owed today, so the
     * reminder test is not disturbed).
     */
    @Test
    void aCampaignCodeTypedFullWidthIsReadHalfWidth() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String code = "IT-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        PortalClient officer = new PortalClient(base.toURI());
        officer.login("officer", "Shoumi@2026");
        String exam = TestExams.newCode("CAMPW");
        TestExams.define(officer, exam);
        StringBuilder wide = new StringBuilder();
        code.codePoints().forEach(c -> wide.appendCodePoint(c == '-' ? 0xFF0D : c + 0xFEE0));
        Page launched = officer.submit(officer.get("campaigns/manage.xhtml"), "launch", "launch:submit", Map.of(
                "launch:code", wide.toString(), "launch:title", "全角编号", "launch:quiz", exam,
                "launch:opensOn_input", today.toString(), "launch:dueOn_input", today.plusDays(30).toString(),
                "launch:departments", "OFFICE", "launch:classes", "IMPORTANT"));
        assertTrue(launched.contains("培训活动“全角编号”已发起"), launched.body());
        assertTrue(launched.contains(">" + code + "<"), "listed by its half-width code: " + launched.body());

        // found by an outside check: the launch reads the code in any case (ye4-a is YE4-A), but the drill-down and
        // its CSV answered "没有代码为“ye4-a”的培训活动" (the CSV with 400); they take it in any case too
        String lower = code.toLowerCase(java.util.Locale.ROOT);
        Page people = officer.get("programmes/people.xhtml?campaign=" + lower);
        assertEquals(200, people.status());
        assertTrue(!people.contains("没有代码为") && people.contains("id=\"campaign-code\">" + code + "<")
                && people.contains("全角编号"), people.body());
        java.net.http.HttpResponse<byte[]> csv = officer.raw("programmes/people.csv?campaign=" + lower);
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(3, text.lines().filter(l -> l.contains(code + ",全角编号,")).count(), text);
    }
}
