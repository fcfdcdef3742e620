package it.org.shoumi.portal.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import it.org.shoumi.portal.FromOutside;
import it.org.shoumi.portal.Mailbox;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reminding those who have not submitted a self-inspection, from the follow-up page, watched at a real SMTP server
 * (GreenMail, port 3025): the demo employee (李明, SM002) gets the reminder under the bell and by e-mail with the
 * address of the checklist; pressing again the same day reminds nobody twice; once the round is overdue (moved back by
 * the test-only backdate servlet) the mail says so and the department head (SM001) is in copy. An auditor sees the
 * page without the button.
 */
class InspectionRemindersIT extends FromOutside {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final String PERSON = "sm002@demo.shoumi.example.org";
    private static final String HEAD = "sm001@demo.shoumi.example.org";
    private static final Pattern FOLLOW_UP = Pattern.compile("inspections/department\\.xhtml\\?round=(\\d+)");

    /** Opens a personal round as the officer; its id. */
    private static long open(PortalClient officer, String name, LocalDate due) throws Exception {
        Page opened = officer.submit(officer.get("inspections/rounds.xhtml"), "open-round", "open-round:open", Map.of(
                "open-round:name", name, "open-round:checklist", "checklist.personal", "open-round:scope", "PERSONAL",
                "open-round:due_input", due.toString()));
        assertTrue(opened.contains(name), opened.body());
        String body = opened.body();
        Matcher link = FOLLOW_UP.matcher(body.substring(body.indexOf(name)));
        assertTrue(link.find(), body);
        return Long.parseLong(link.group(1));
    }

    private static Page remind(PortalClient client, long round) throws Exception {
        return client.submit(client.get("inspections/department.xhtml?round=" + round), "remind", "remind:now",
                Map.of());
    }

    private static List<MimeMessage> about(String address, String round) {
        return Mailbox.to(smtp, address).stream().filter(m -> subject(m).contains(round)).toList();
    }

    /** The mails about the round to the address, once there are {@code count} (they go out in the background). */
    private static List<MimeMessage> await(String address, String round, int count) throws InterruptedException {
        long until = System.nanoTime() + 20_000_000_000L;
        while (about(address, round).size() < count && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        return about(address, round);
    }

    @Test
    void theOfficeRemindsWhoHasNotSubmittedByMailOnceADayAndTheHeadIsCopiedOnceOverdue() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String id = Long.toString(System.nanoTime(), 36).toUpperCase();
        PortalClient officer = loggedIn("officer");
        String name = "提醒测试" + id;
        LocalDate due = today.plusDays(20);
        long round = open(officer, name, due);

        Page done = remind(officer, round);
        assertTrue(done.body().matches("(?s).*已提醒 \\d+ 人（另有 0 人今天已提醒过）.*"), done.body());
        List<MimeMessage> mine = await(PERSON, name, 1);
        assertEquals(1, mine.size());
        assertEquals("【保密自查提醒】" + name + "请于" + due + "前提交", subject(mine.get(0)));
        String body = mine.get(0).getContent().toString();
        assertTrue(body.startsWith("李明同志：") && body.contains("/inspections/fill.xhtml?id="), body);
        assertEquals(null, mine.get(0).getRecipients(Message.RecipientType.CC), "not overdue: no copy");
        PortalClient employee = loggedIn("employee");
        assertTrue(employee.get("notifications.xhtml").contains("保密自查“" + name + "”请于 " + due + " 前填写提交"),
                "under the bell too");
        assertTrue(officer.get("inspections/department.xhtml?round=" + round).contains(today.toString()),
                "the list shows the day reminded");

        Page again = remind(officer, round);
        assertTrue(again.contains("没有提醒任何人"), again.body());
        assertEquals(1, about(PERSON, name).size(), "nobody is reminded twice on one day (nothing was queued)");

        // an overdue round: the mail says so, and the head of the person's department is in copy
        String late = "逾期提醒测试" + id;
        long lateRound = open(officer, late, today.plusDays(20));
        assertEquals("1", officer.get("test-backdate?round=" + late + "&days=1").body().strip());
        MimeMessage overdue;
        try {
            remind(officer, lateRound);
            overdue = await(PERSON, late, 1).get(0);
        } finally {
            // the round as opened is an entry of the evidence chain, which other tests verify: its days are put back
            officer.get("test-backdate?round=" + late + "&due=" + today.plusDays(20) + "&opened=" + today);
        }
        assertTrue(subject(overdue).startsWith("【保密自查逾期】" + late + "已于" + today.minusDays(1) + "截止"),
                subject(overdue));
        assertEquals(List.of(HEAD), Arrays.stream(overdue.getRecipients(Message.RecipientType.CC))
                .map(Object::toString).toList());

        // an auditor reads the page, without the button
        Page audited = loggedIn("auditor").get("inspections/department.xhtml?round=" + round);
        assertTrue(audited.contains(name), audited.body());
        assertFalse(audited.contains("remind:now"), "an auditor does not remind");
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
