package it.org.shoumi.portal.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.TestData;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;
import org.shoumi.quizzes.attempts.boundary.Quizzes;
import org.shoumi.quizzes.attempts.boundary.TakerView;

/**
 * Accommodations (照顾安排) through the pages: the officer's form on {@code quizzes/accommodations.xhtml} and what
 * the taker's take page does with extra time granted while a paper is open.
 */
class AccommodationsIT extends FromInside {

    private static final Pattern SECONDS_LEFT = Pattern.compile("data-seconds-left=\"(\\d+)\"");

    @Inject
    QuizAttempts attempts;

    @Inject
    Quizzes quizzes;

    @Inject
    TestData data;

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    @Inject
    org.shoumi.portal.evidence.boundary.EvidenceLog evidence;

    private String id;
    private String person;
    private Takers.Taker hired;
    private String quiz;

    @BeforeEach
    void aTakerAndAnExam() {
        id = Long.toString(System.nanoTime(), 36).toUpperCase();
        hired = Takers.hire(data, accounts, id, "C", "accommodated");
        person = hired.employeeNo();
        quiz = Takers.exam(quizzes, "E-" + id, "照顾考试" + id, 3);
    }

    private PortalClient browser() {
        return new PortalClient(portalAddress(request));
    }

    /** The seconds the take page's countdown starts from. */
    private static long secondsLeft(PortalClient.Page page) {
        Matcher m = SECONDS_LEFT.matcher(page.body());
        assertTrue(m.find(), "the take page has a countdown: " + page.visible());
        return Long.parseLong(m.group(1));
    }

    /** The officer's grant form filled in and sent. */
    private static PortalClient.Page grant(PortalClient officer, PortalClient.Page form, String person, int minutes,
                                           int extraAttempts, String reason) throws Exception {
        return officer.submit(form, "grant", "grant:grant-button", Map.of("grant:employeeNo", person,
                "grant:minutes_input", Integer.toString(minutes), "grant:minutes_hinput", Integer.toString(minutes),
                "grant:attempts_input", Integer.toString(extraAttempts),
                "grant:attempts_hinput", Integer.toString(extraAttempts), "grant:reason", reason));
    }

    private PortalClient officer() throws Exception {
        PortalClient officer = browser();
        officer.login("officer", "Shoumi@2026");
        return officer;
    }

    /**
     * Found by an outside check: extra time granted while a paper was open showed in the quiz list (限时 40 分钟) while
     * the open paper still ended after 30 minutes. The grant moves the open attempt's deadline and the officer is told
     * so; the page opened before the grant, reaching its zero, opens again with the time left instead of handing in.
     */
    @Test
    void extraTimeGrantedWhileAPaperIsOpenReachesThatPaper() throws Exception {
        TakerView view = attempts.start(quiz, person, "D" + id);
        PortalClient taker = hired.browser(portalAddress(request));
        PortalClient.Page before = taker.get("quizzes/take.xhtml?attempt=" + view.attemptId());
        assertTrue(secondsLeft(before) <= 30 * 60, before.body());

        PortalClient officer = officer();
        PortalClient.Page granted = grant(officer, officer.get("quizzes/accommodations.xhtml?quiz=" + quiz), person,
                10, 0, "术后恢复期，书写较慢");
        assertTrue(granted.contains("已为 " + person + " 安排照顾。" + person + " 正在进行的作答也已延长 10 分钟。"),
                granted.visible());
        assertTrue(granted.contains("已加到当时正在进行的作答"), "the grant's row says so: " + granted.visible());
        // found by an outside check: the grant's evidence entry did not say which paper it extended: it names the
        // attempt and the deadline it gave it
        long grantId = attempts.accommodations(quiz).get(0).getId();
        String entry = data.inTransaction(em -> em.createQuery("select e.content from EvidenceEntry e "
                + "where e.kind = :kind and e.recordId = :id", String.class)
                .setParameter("kind", org.shoumi.portal.evidence.entity.EvidenceKind.QUIZ_ACCOMMODATION)
                .setParameter("id", grantId).getSingleResult());
        java.time.Instant deadline = attempts.view(view.attemptId(), person).deadline();
        assertTrue(entry.endsWith("|" + view.attemptId() + "|" + java.time.LocalDateTime.ofInstant(deadline,
                java.time.ZoneId.systemDefault()).format(java.time.format.DateTimeFormatter.ofPattern(
                "uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS"))), "the attempt and its new deadline: " + entry);
        assertTrue(evidence.verify().problems().stream().noneMatch(p -> Long.valueOf(grantId).equals(p.recordId())),
                "the entry verifies");

        PortalClient.Page opened = taker.get("quizzes/take.xhtml?attempt=" + view.attemptId());
        assertTrue(secondsLeft(opened) > 39 * 60, "30 + 10 minutes: " + secondsLeft(opened));
        // the page opened before the grant reaches its zero (its hidden button): not handed in, opened again
        PortalClient.Page zero = taker.submit(before, "take", "take:auto-submit", Map.of());
        assertTrue(zero.uri().getPath().endsWith("/quizzes/take.xhtml"), zero.uri() + " " + zero.visible());
        assertTrue(zero.contains("作答期间为您延长了作答时间"), zero.visible());
        assertTrue(secondsLeft(zero) > 39 * 60, "counts from the new deadline: " + secondsLeft(zero));
        assertFalse(attempts.view(view.attemptId(), person).finished(), "the paper is still open");
        // without a grant since the page opened, its zero hands the paper in as before
        PortalClient.Page handedIn = taker.submit(zero, "take", "take:auto-submit", Map.of());
        assertTrue(handedIn.uri().getPath().endsWith("/quizzes/result.xhtml"), handedIn.uri() + " " + handedIn.visible());
    }

    /**
     * Found by an outside check: two grants of 1,440 minutes and 10 attempts each were both accepted, and the quiz
     * list read "限时 2,920 分钟 … 已用 1 / 24 次". A grant that would bring one person's grants in a quiz above a day's
     * minutes or ten attempts together is refused, saying what they have and what may still be granted, with what was
     * typed kept.
     */
    @Test
    void grantsTogetherStayWithinADayAndTenAttempts() throws Exception {
        PortalClient officer = officer();
        PortalClient.Page first = grant(officer, officer.get("quizzes/accommodations.xhtml?quiz=" + quiz), person,
                1400, 8, "长期病假后复岗");
        assertTrue(first.contains("已为 " + person + " 安排照顾。"), first.visible());
        // no paper of theirs runs: the officer is told the time counts from the next attempt (outside check)
        assertTrue(first.contains("延长的时间从下一次作答起生效"), first.visible());

        PortalClient.Page refused = grant(officer, first, person, 60, 1, "视力不好，需要放大字体");
        assertTrue(refused.contains(person + " 在本考试中已累计延长 1400 分钟、增加 8 次。累计最多延长 1440 分钟、增加 10 次，"
                + "还可再延长 40 分钟、增加 2 次。本次未登记。"), refused.visible());
        assertTrue(refused.body().contains("value=\"视力不好，需要放大字体\"") && refused.body().contains("value=\""
                + person + "\""), "what was typed is kept");
        assertEquals(1, attempts.accommodations(quiz).size(), "nothing granted");
        PortalClient.Page attemptsOver = grant(officer, refused, person, 10, 3, "视力不好，需要放大字体");
        assertTrue(attemptsOver.contains("还可再延长 40 分钟、增加 2 次。本次未登记。"), attemptsOver.visible());

        PortalClient.Page within = grant(officer, attemptsOver, person, 40, 2, "视力不好，需要放大字体");
        assertTrue(within.contains("已为 " + person + " 安排照顾。"), within.visible());
        assertEquals(2, attempts.accommodations(quiz).size());
        PortalClient taker = hired.browser(portalAddress(request));
        PortalClient.Page list = taker.get("quizzes/list.xhtml");
        assertTrue(list.contains("已用 0 / 12 次"), "2 + 10 attempts: " + list.visible());
    }

    /** The value attribute of an input of the page (empty when it has none). */
    private static String value(PortalClient.Page page, String name) {
        Matcher input = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(page.body());
        assertTrue(input.find(), "the field " + name);
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? value.group(1) : "";
    }

    /**
     * Found by an outside check: 99,999 extra minutes, sent by a script, came back as 1440 in the field, and pressing
     * the button again granted a day. A number out of range is refused and shown as it was sent, never as the limit,
     * so pressing again is refused again.
     */
    @Test
    void aNumberOutOfRangeIsRefusedAndNeverComesBackAsTheLimit() throws Exception {
        PortalClient officer = officer();
        PortalClient.Page form = officer.get("quizzes/accommodations.xhtml?quiz=" + quiz);
        PortalClient.Page refused = grant(officer, form, person, 99999, 11, "术后恢复期");
        assertTrue(refused.contains("请填写 0 到 1440 之间的数，未作任何保存。"), refused.visible());
        assertTrue(refused.contains("请填写 0 到 10 之间的数，未作任何保存。"), refused.visible());
        for (String field : new String[] {"grant:minutes_input", "grant:minutes_hinput"}) {
            assertEquals("99999", value(refused, field).replace(",", ""), field + " as sent, not the limit");
        }
        for (String field : new String[] {"grant:attempts_input", "grant:attempts_hinput"}) {
            assertEquals("11", value(refused, field), field + " as sent, not the limit");
        }
        // pressed again as the page came back: refused again, nothing granted
        PortalClient.Page again = officer.submit(refused, "grant", "grant:grant-button", Map.of("grant:employeeNo",
                person, "grant:reason", "术后恢复期", "grant:minutes_input", value(refused, "grant:minutes_input"),
                "grant:attempts_input", value(refused, "grant:attempts_input")));
        assertTrue(again.contains("请填写 0 到 1440 之间的数，未作任何保存。"), again.visible());
        assertEquals(0, attempts.accommodations(quiz).size(), "nothing granted");
    }

    /**
     * Found by an outside check: the officer (SM008) granted themselves extra time and an extra attempt on the exam,
     * and a reason of a zero-width space only passed "required". Both are refused on the page, nothing granted.
     */
    @Test
    void noOneGrantsThemselvesAnAccommodationAndAnInvisibleReasonIsNoReason() throws Exception {
        PortalClient officer = officer();
        PortalClient.Page own = grant(officer, officer.get("quizzes/accommodations.xhtml?quiz=" + quiz), "SM008", 10,
                1, "本人");
        assertTrue(own.contains("工号 SM008 是您本人：不能为本人安排照顾，请由另一名保密干部安排。"), own.visible());
        PortalClient.Page invisible = grant(officer, own, person, 10, 1, "\u200B\u2060");
        assertTrue(invisible.contains("请填写原因：写明为何安排照顾"), invisible.visible());
        assertEquals(0, attempts.accommodations(quiz).size(), "nothing granted");
    }

    /**
     * Found by an outside check (ex-s37d 2): an extra attempt was granted twice, for "无" and for "-", and both stand in
     * the evidence chain. A reason that says nothing is refused in words, what was typed stays, nothing granted.
     */
    @Test
    void aReasonThatSaysNothingGrantsNothing() throws Exception {
        PortalClient officer = officer();
        PortalClient.Page form = officer.get("quizzes/accommodations.xhtml?quiz=" + quiz);
        for (String nothing : java.util.List.of("无", "-", "同意")) {
            PortalClient.Page refused = grant(officer, form, person, 0, 1, nothing);
            assertTrue(refused.contains("只填“-”“无”或“同意”不算"), nothing + ": " + refused.visible());
            form = refused;
        }
        assertEquals(0, attempts.accommodations(quiz).size(), "nothing granted");
        PortalClient.Page granted = grant(officer, form, person, 0, 1, "因病缺考，补一次机会" + id);
        assertTrue(granted.contains("已为 " + person + " 安排照顾"), granted.visible());
        assertEquals(1, attempts.accommodations(quiz).size(), "the reasoned grant");
    }
}
