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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Overdue reminders escalate, watched at a real SMTP server (GreenMail, port 3025): 8 days overdue the department
 * head gets a copy, 15 days overdue the secrecy office too; the run lists each reminder with its reason and copies;
 * the person is also told in the portal (the bell). Two campaigns aimed at one demo person (李明, SM002, the demo
 * "employee": OFFICE, STAFF, 一般), made overdue by the test-only {@link TestBackdateServlet}.
 */
class EscalationIT extends FromOutside {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final String PERSON = "sm002@demo.shoumi.example.org";
    private static final String HEAD = "sm001@demo.shoumi.example.org";
    private static final String OFFICER = "sm008@demo.shoumi.example.org";

    private String launch(PortalClient officer, String title, String exam) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String code = "ESC-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Map<String, String> form = new java.util.HashMap<>(Map.of(
                "launch:code", code, "launch:title", title, "launch:quiz", exam,
                "launch:opensOn_input", today.toString(), "launch:dueOn_input", today.plusDays(7).toString(),
                "launch:departments", "OFFICE", "launch:classes", "GENERAL", "launch:posts", "STAFF"));
        Page launched = officer.submit(officer.get("campaigns/manage.xhtml"), "launch", "launch:submit", form);
        if (launched.contains("launch:warningsConfirmed")) {
            // the second campaign of the same exam for the same person: the officer confirms the overlap named
            assertTrue(launched.visible().contains("考试相同、时间重叠"), launched.visible());
            form.put("launch:warningsConfirmed", "on");
            launched = officer.submit(launched, "launch", "launch:submit", form);
        }
        assertTrue(launched.contains("1 人已布置在岗培训"), launched.body());
        return code;
    }

    private void backdate(PortalClient client, String code, int days) throws Exception {
        Page moved = client.get("test-backdate?campaign=" + code + "&days=" + days);
        assertEquals("1", moved.body().strip(), "one programme made overdue");
    }

    private static Set<String> copies(MimeMessage m) throws Exception {
        Object[] cc = m.getRecipients(Message.RecipientType.CC);
        return cc == null ? Set.of() : Arrays.stream(cc).map(Object::toString).collect(Collectors.toSet());
    }

    @Test
    void overdueRemindersGoToTheHeadAfterAWeekAndToTheSecrecyOfficeAfterTwo() throws Exception {
        PortalClient officer = new PortalClient(base.toURI());
        officer.login("officer", "Shoumi@2026");
        String exam = TestExams.newCode("ESC");
        TestExams.define(officer, exam);
        String week = launch(officer, "逾期一周测试培训", exam);
        String fortnight = launch(officer, "逾期两周测试培训", exam);
        backdate(officer, week, 8);
        backdate(officer, fortnight, 15);

        Page run = officer.submit(officer.get("campaigns/manage.xhtml"), "campaigns", "campaigns:remind", Map.of());
        assertTrue(run.contains("本次提醒明细"), "the run explains itself: " + run.body());
        assertTrue(run.contains("逾期升级：抄送部门负责人") && run.contains("严重逾期：抄送部门负责人和保密办"), run.body());

        smtp.waitForIncomingEmail(10_000, 2);
        List<MimeMessage> mine = Mailbox.to(smtp, PERSON);
        MimeMessage oneWeek = mine.stream().filter(m -> subject(m).contains("逾期一周测试培训")).findFirst().orElseThrow();
        MimeMessage twoWeeks = mine.stream().filter(m -> subject(m).contains("逾期两周测试培训")).findFirst().orElseThrow();
        assertTrue(subject(oneWeek).startsWith("【保密培训逾期】"), subject(oneWeek));
        assertEquals(Set.of(HEAD), copies(oneWeek), "a week overdue: the head");
        assertEquals(Set.of(HEAD, OFFICER), copies(twoWeeks), "two weeks overdue: the head and the secrecy office");

        PortalClient employee = new PortalClient(base.toURI());
        employee.login("employee", "Shoumi@2026");
        Page home = employee.get("index.xhtml");
        assertTrue(home.body().matches("(?s).*通知（\\d+ 条未读）.*"), "the bell counts: " + home.body());
        Page told = employee.get("notifications.xhtml");
        assertTrue(told.contains("逾期一周测试培训") && told.contains("逾期两周测试培训"), told.body());
        assertTrue(employee.get("index.xhtml").body().contains(">通知<"), "read once the list was opened");

        PortalClient head = new PortalClient(base.toURI());
        head.login("head", "Shoumi@2026");
        assertTrue(head.get("notifications.xhtml").contains("李明（SM002）"), "the head is told in the portal too");
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
