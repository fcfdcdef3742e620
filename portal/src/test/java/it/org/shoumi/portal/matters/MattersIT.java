package it.org.shoumi.portal.matters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.TestData;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.boundary.HireDraft;
import org.shoumi.portal.employees.boundary.Roster;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.shoumi.portal.incidents.boundary.Incidents;
import org.shoumi.portal.incidents.boundary.Rows;
import org.shoumi.portal.incidents.boundary.UpwardReport;
import org.shoumi.portal.incidents.control.Closure;
import org.shoumi.portal.incidents.control.ReportClock;
import org.shoumi.portal.incidents.entity.IncidentKind;
import org.shoumi.portal.incidents.entity.ReportChannel;
import org.shoumi.portal.matters.boundary.MatterRecordSection;
import org.shoumi.portal.matters.boundary.MatterRefusedException;
import org.shoumi.portal.matters.boundary.MatterRefusedException.Reason;
import org.shoumi.portal.matters.boundary.MatterRow;
import org.shoumi.portal.matters.boundary.Matters;
import org.shoumi.portal.matters.entity.MatterCategory;
import org.shoumi.portal.matters.entity.MatterDecision;
import org.shoumi.portal.matters.entity.MatterStatus;
import org.shoumi.portal.notifications.entity.Notification;
import org.shoumi.portal.shared.RecordSection;
import org.junit.jupiter.api.function.Executable;

/**
 * Major personal-matter reports on a started server: report, acknowledge, decide (each step in the evidence log,
 * the chain intact after them), deciding before acknowledging refused, bad input refused with nothing stored, and
 * one employee cannot read another's report. Every person is this test's own hire.
 */
class MattersIT extends FromInside {

    @Inject
    Matters matters;

    @Inject
    Roster roster;

    @Inject
    EvidenceLog evidence;

    @Inject
    MatterRecordSection section;

    @Inject
    Incidents incidents;

    @Inject
    TestData data;

    @Inject
    HttpServletRequest request;

    private String hire(String name, String username) {
        String no = "M" + Long.toString(System.nanoTime(), 36).toUpperCase();
        // hired some months ago: a matter reported is one that happened since (one from before the hire is refused)
        roster.hire(new HireDraft(no, name, "RESEARCH", "STAFF", SecrecyClass.IMPORTANT,
                matters.today().minusMonths(6), username, "Tide-Lamp-739".toCharArray()), "hr");
        return no;
    }

    private long stepsOf(long reportId) {
        return data.inTransaction(em -> em.createQuery("select count(s) from MatterStep s where s.report.id = :r",
                Long.class).setParameter("r", reportId).getSingleResult());
    }

    private long loggedSteps(long reportId) {
        return data.inTransaction(em -> em.createQuery("select count(e) from EvidenceEntry e, MatterStep s "
                        + "where e.kind = :kind and e.recordId = s.id and s.report.id = :r", Long.class)
                .setParameter("kind", EvidenceKind.MATTER_STEP).setParameter("r", reportId).getSingleResult());
    }

    private long bells(String login, String key) {
        return data.inTransaction(em -> em.createQuery("select count(n) from Notification n where n.recipient = :r "
                + "and n.messageKey = :k", Long.class).setParameter("r", login).setParameter("k", key)
                .getSingleResult());
    }

    private List<Notification> bellsWithLink(String login, String link) {
        return data.inTransaction(em -> em.createQuery("select n from Notification n where n.recipient = :r "
                + "and n.link = :l", Notification.class).setParameter("r", login).setParameter("l", link)
                .getResultList());
    }

    private static Reason refusal(Executable step) {
        return assertThrows(MatterRefusedException.class, step).reason();
    }

    @Test
    void aReportIsAcknowledgedThenDecidedAndEveryStepIsEvidence() {
        String user = Deployments.uniqueName("matter");
        String no = hire("测试报告", user);
        LocalDate today = matters.today();
        long id = matters.report(user, MatterCategory.FOREIGN_CONTACT, today.minusDays(2), "会议期间有境外人员索要名片");
        MatterRow mine = matters.mine(user).get(0);
        assertEquals(id, mine.id());
        assertEquals(MatterStatus.REPORTED, mine.status());
        assertEquals(1, stepsOf(id));
        assertEquals(1, bellsWithLink("officer", "/matters/manage.xhtml?id=" + id).size(), "the officer is told");
        assertTrue(matters.all().stream().anyMatch(r -> r.id() == id && r.isOpen()));

        assertEquals(Reason.NOT_ACKNOWLEDGED, refusal(() -> matters.decide(id, MatterDecision.NO_ACTION, "无需处理",
                "officer")), "deciding before acknowledging");
        assertEquals(1, stepsOf(id), "nothing stored");

        matters.acknowledge(id, "officer");
        assertEquals(MatterStatus.ACKNOWLEDGED, matters.mine(user).get(0).status());
        assertEquals(Reason.ALREADY_ACKNOWLEDGED, refusal(() -> matters.acknowledge(id, "officer")));
        assertEquals(Reason.DECISION_TEXT_TOO_LONG, refusal(() -> matters.decide(id,
                MatterDecision.KEEP_IN_POST_WITH_MEASURES, "措".repeat(501), "officer")));
        assertEquals(Reason.DECISION_MISSING, refusal(() -> matters.decide(id, null, "说明", "officer")));
        // outside check ex-s37e 1: 调离涉密岗位 with the text "-" and 其他 with "无无" were kept for good
        assertEquals(Reason.DECISION_TEXT_MISSING, refusal(() -> matters.decide(id,
                MatterDecision.TRANSFER_OUT_OF_SECRET_POST, "-", "officer")));
        assertEquals(Reason.DECISION_TEXT_MISSING, refusal(() -> matters.decide(id, MatterDecision.OTHER, "无无",
                "officer")));
        assertEquals(2, stepsOf(id));

        long toldBefore = bells(user, "matters.notice.decided");
        matters.decide(id, MatterDecision.KEEP_IN_POST_WITH_MEASURES, "加强出访审批并谈话提醒", "officer");
        MatterRow decided = matters.mine(user).get(0);
        assertEquals(MatterStatus.DECIDED, decided.status());
        assertEquals(List.of(MatterStatus.REPORTED, MatterStatus.ACKNOWLEDGED, MatterStatus.DECIDED),
                decided.steps().stream().map(MatterRow.Step::kind).toList());
        assertEquals(MatterDecision.KEEP_IN_POST_WITH_MEASURES, decided.getDecision().decision());
        assertEquals("officer", decided.getDecision().by());
        assertEquals(toldBefore + 1, bells(user, "matters.notice.decided"), "the person is told of the decision");
        assertEquals(Reason.ALREADY_DECIDED, refusal(() -> matters.decide(id, MatterDecision.OTHER, "再议", "officer")));

        assertEquals(3, loggedSteps(id), "each step is in the evidence log");
        assertTrue(evidence.verify().intact(), () -> "chain intact: " + evidence.verify().first());
        RecordSection.FileSection file = section.of(no,
                ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE),
                ZoneId.of("Asia/Shanghai"));
        // the report and each step with who and when (the file said neither; outside check)
        assertEquals(4, file.lines().size(), file.lines().toString());
        assertTrue(file.lines().get(0).contains("留岗并采取措施"), file.lines().get(0));
        assertTrue(file.lines().get(1).startsWith("· 已报告（测试报告，"), file.lines().get(1));
        assertTrue(file.lines().get(2).startsWith("· 已确认收到（黄海涛，"), file.lines().get(2));
        assertTrue(file.lines().get(3).startsWith("· 已处理（黄海涛，"), file.lines().get(3));
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        String user = Deployments.uniqueName("matterbad");
        hire("测试错误", user);
        LocalDate today = matters.today();
        assertEquals(Reason.NOTE_TOO_LONG, refusal(() -> matters.report(user, MatterCategory.OTHER, today,
                "注".repeat(501))));
        assertEquals(Reason.DAY_IN_FUTURE, refusal(() -> matters.report(user, MatterCategory.OTHER,
                today.plusDays(1), null)));
        // found by an outside check: 1900-01-01 was taken
        assertEquals(Reason.DAY_TOO_LONG_AGO, refusal(() -> matters.report(user, MatterCategory.OTHER,
                LocalDate.of(1900, 1, 1), null)));
        assertEquals(Reason.DAY_TOO_LONG_AGO, refusal(() -> matters.report(user, MatterCategory.OTHER,
                today.minusYears(10).minusDays(1), null)));
        // found by an outside check: a matter dated 2020-01-01 was taken for someone hired in 2023
        MatterRefusedException beforeHire = assertThrows(MatterRefusedException.class, () -> matters.report(user,
                MatterCategory.OTHER, today.minusMonths(6).minusDays(1), null));
        assertEquals(Reason.DAY_BEFORE_HIRE, beforeHire.reason());
        assertEquals(List.of(today.minusMonths(6).toString()), beforeHire.args(), "the message names the hire date");
        assertEquals(Reason.DAY_MISSING, refusal(() -> matters.report(user, MatterCategory.OTHER, null, null)));
        assertEquals(Reason.CATEGORY_MISSING, refusal(() -> matters.report(user, null, today, null)));
        assertEquals(Reason.NO_PERSON, refusal(() -> matters.report("auditor", MatterCategory.OTHER, today, null)));
        assertEquals(Reason.UNKNOWN_REPORT, refusal(() -> matters.acknowledge(999_999_999L, "officer")));
        assertTrue(matters.mine(user).isEmpty(), "nothing stored");
        long ownReport = matters.report(user, MatterCategory.OTHER, today, "注".repeat(500));
        assertEquals(1, matters.mine(user).size(), "500 characters are fine");
        // an officer who reports a matter does not handle it (an outside check saw an officer close their own)
        assertEquals(Reason.OWN_REPORT, refusal(() -> matters.acknowledge(ownReport, user)));
        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.getString("matters.refused.NOTE_TOO_LONG").startsWith("备注"), "names the field");
    }

    @Test
    void anEmployeeCannotReadAnothersReport() {
        String user = Deployments.uniqueName("matterown");
        hire("测试本人", user);
        String other = Deployments.uniqueName("matterother");
        hire("测试他人", other);
        long id = matters.report(user, MatterCategory.RELATIVES_ABROAD, matters.today().minusMonths(1), null);
        assertTrue(matters.find(id, user, false).isPresent(), "the reporter reads it");
        assertTrue(matters.find(id, other, false).isEmpty(), "another employee gets nothing, as for no report");
        assertTrue(matters.find(id, "officer", true).isPresent(), "the secrecy office reads every report");
        assertTrue(matters.mine(other).isEmpty());
        assertTrue(matters.find(999_999_999L, user, false).isEmpty());
    }

    @Test
    void theOfficerAcknowledgesAndDecidesOnThePageAndAnAuditorOnlyReads() throws Exception {
        String user = Deployments.uniqueName("matterpage");
        hire("测试页面", user);
        String note = "页面测试" + user;
        long id = matters.report(user, MatterCategory.PASSPORT_OR_RESIDENCE, matters.today(), note);
        URI base = portalAddress(request);

        PortalClient auditor = new PortalClient(base);
        auditor.login("auditor", "Shoumi@2026");
        PortalClient.Page read = auditor.get("matters/manage.xhtml?id=" + id);
        assertEquals(200, read.status());
        assertTrue(read.contains(note), "the auditor reads the report");
        assertTrue(!read.contains("id=\"acknowledge\""), "but cannot acknowledge it");

        PortalClient officer = new PortalClient(base);
        officer.login("officer", "Shoumi@2026");
        PortalClient.Page page = officer.get("matters/manage.xhtml?id=" + id);
        assertTrue(page.contains(note), page.body());
        PortalClient.Page acknowledged = officer.submit(page, "acknowledge", "acknowledge:ack", Map.of());
        assertTrue(acknowledged.contains("已确认收到"), acknowledged.body());
        // a decision in words that says nothing is refused on the page, in the user's language, nothing stored
        PortalClient.Page saysNothing = officer.submit(acknowledged, "decide", "decide:submit",
                Map.of("decide:decision", "NO_ACTION", "decide:text", "-"));
        assertTrue(saysNothing.contains("处理意见说明：请写明处理意见；只填“-”“无”或“同意”不算。"), saysNothing.body());
        assertEquals(2, stepsOf(id), "nothing stored");
        PortalClient.Page decided = officer.submit(saysNothing, "decide", "decide:submit",
                Map.of("decide:decision", "NO_ACTION", "decide:text", "已核实，无需处理"));
        assertTrue(decided.contains("已核实，无需处理") && decided.contains("已处理"), decided.body());
        assertEquals(MatterStatus.DECIDED, matters.find(id, user, false).orElseThrow().status());
        assertEquals(3, stepsOf(id));

        // found by an outside check: the officer's own report offered them 确认收到, and pressing it was refused; the
        // forms are not offered for one's own report, a note says another officer handles it
        long own = matters.report("officer", MatterCategory.OTHER, matters.today(), "本人事项" + user);
        PortalClient.Page ownPage = officer.get("matters/manage.xhtml?id=" + own);
        assertTrue(ownPage.contains("本人事项" + user), ownPage.body());
        assertFalse(ownPage.body().contains("id=\"acknowledge\"") || ownPage.body().contains("id=\"decide\""),
                "no forms for one's own report");
        assertTrue(ownPage.contains("这是您本人报告的事项，由另一名保密干部确认收到并作出处理。"), ownPage.body());
        assertFalse(page.contains("这是您本人报告的事项"), "no such note on another's report");
    }

    @Test
    void theSameReportSentTwiceIsRefusedAndAnotherDayGoesThrough() {
        // an outside check sent a report twice, opening the page again in between: two identical reports
        String user = Deployments.uniqueName("matterdbl");
        hire("测试重复", user);
        LocalDate day = matters.today().minusDays(2);
        matters.report(user, MatterCategory.CARRIER_LOST, day, "dup test");
        assertEquals(Reason.ALREADY_REPORTED, refusal(() -> matters.report(user, MatterCategory.CARRIER_LOST, day,
                " dup test ")));
        assertEquals(1, matters.mine(user).size(), "not entered twice");
        matters.report(user, MatterCategory.CARRIER_LOST, day.plusDays(1), "dup test");
        matters.report(user, MatterCategory.OTHER, day, "dup test");
        matters.report(user, MatterCategory.CARRIER_LOST, day, "another carrier");
        assertEquals(4, matters.mine(user).size(), "another day, category or note is another report");
        ResourceBundle en = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.ENGLISH);
        assertTrue(en.getString("matters.refused.ALREADY_REPORTED").endsWith("it was not reported twice."));
    }

    /**
     * Found by an outside re-check (ex-s37i 5): a report of 其他 and one of 与境外组织、人员有异常接触 were taken with the note
     * "-", reports of nothing listed as 已报告. Under these categories the note is all the report says: it is required
     * and must say something (Texts.saysSomething); under the others it stays optional, but one typed must say
     * something too. Nothing is stored for a refusal.
     */
    @Test
    void anOtherOrAForeignContactReportNeedsANoteThatSaysSomething() {
        String user = Deployments.uniqueName("matternote");
        hire("测试备注", user);
        LocalDate day = matters.today().minusDays(6);
        for (MatterCategory category : List.of(MatterCategory.OTHER, MatterCategory.FOREIGN_CONTACT)) {
            for (String nothing : java.util.Arrays.asList(null, " ", "-", "无", "无无", "同意")) {
                assertEquals(Reason.NOTE_MISSING, refusal(() -> matters.report(user, category, day, nothing)),
                        category + " " + nothing);
            }
        }
        assertEquals(Reason.NOTE_SAYS_NOTHING, refusal(() -> matters.report(user,
                MatterCategory.PASSPORT_OR_RESIDENCE, day, "-")), "a note typed says something or is left empty");
        assertTrue(matters.mine(user).isEmpty(), "nothing stored");

        matters.report(user, MatterCategory.PASSPORT_OR_RESIDENCE, day, null);
        matters.report(user, MatterCategory.OTHER, day, "配偶在境外开办公司" + user);
        matters.report(user, MatterCategory.FOREIGN_CONTACT, day, "会议期间有境外人员打听单位项目");
        assertEquals(3, matters.mine(user).size());
        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.getString("matters.refused.NOTE_MISSING").contains("备注就是报告的全部内容"));
        ResourceBundle en = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.ENGLISH);
        assertTrue(en.getString("matters.refused.NOTE_SAYS_NOTHING").contains("\"-\" or \"none\" alone"));
    }

    @Test
    void aLostCarrierOpensAnIncidentCaseWithItsClockAndIsNotClosedAsNoAction() {
        // outside check: a lost 机密 USB key reported as a 重大事项 started no case and no 24-hour clock, and the
        // office closed it as 无需处理 with no report upwards; the file and the workbook read it as handled
        String user = Deployments.uniqueName("mattercarrier");
        String no = hire("测试遗失", user);
        LocalDate today = matters.today();
        assertEquals(Reason.CARRIER_NOTE_MISSING, refusal(() -> matters.report(user, MatterCategory.CARRIER_LOST,
                today, " ")), "what was lost is the case's description");
        // outside check ex-s37e 1: "-" opened a case whose 情况说明 read "-"
        assertEquals(Reason.CARRIER_NOTE_MISSING, refusal(() -> matters.report(user, MatterCategory.CARRIER_LOST,
                today, "-")));
        assertEquals(Reason.CARRIER_NOTE_MISSING, refusal(() -> matters.report(user, MatterCategory.CARRIER_LOST,
                today, "无无")));
        assertTrue(matters.mine(user).isEmpty(), "nothing stored");

        long id = matters.report(user, MatterCategory.CARRIER_LOST, today, "丢失机密级U盘（编号 BM-017）" + user);
        MatterRow row = matters.find(id, "officer", true).orElseThrow();
        assertTrue(row.incidentId() != null, "a case is opened");
        Rows.Case opened = incidents.find(row.incidentId()).orElseThrow();
        assertEquals(row.incidentReference(), opened.reference());
        assertEquals(IncidentKind.CARRIER_LOST, opened.kind());
        assertEquals(no, opened.reporterNo());
        assertEquals(user, opened.reporterLogin());
        assertEquals(row.reportedAt().truncatedTo(ChronoUnit.MINUTES), opened.receivedAt(),
                "received when the matter was reported");
        assertEquals(opened.receivedAt().plus(Duration.ofHours(incidents.reportHours())), opened.reportDue());
        assertEquals(ReportClock.Phase.RUNNING, opened.clock().phase());
        assertEquals(1, bellsWithLink("officer", "/incidents/manage.xhtml?id=" + row.incidentId()).size(),
                "the officers are told of the case with its deadline");
        List<Notification> matterBells = bellsWithLink("officer", "/matters/manage.xhtml?id=" + id);
        assertEquals(1, matterBells.size(), "and of the matter");
        assertEquals("matters.notice.reportedCarrier", matterBells.get(0).getMessageKey());
        assertTrue(incidents.mine(user).stream().anyMatch(c -> c.reference().equals(opened.reference())),
                "the reporter follows the case");

        matters.acknowledge(id, "officer");
        MatterRefusedException noAction = assertThrows(MatterRefusedException.class,
                () -> matters.decide(id, MatterDecision.NO_ACTION, "已知悉", "officer"));
        assertEquals(Reason.CARRIER_NO_ACTION, noAction.reason());
        assertEquals(List.of(opened.reference()), noAction.args());
        assertEquals(Reason.CARRIER_CASE_OPEN, refusal(() -> matters.decide(id,
                MatterDecision.KEEP_IN_POST_WITH_MEASURES, "批评教育", "officer")), "not handled while the case runs");
        assertEquals(2, stepsOf(id), "nothing stored");
        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        RecordSection.FileSection file = section.of(no, zh, ZoneId.of("Asia/Shanghai"));
        assertTrue(file.lines().get(0).contains("（事件 " + opened.reference() + "）")
                && file.lines().get(0).contains("已确认收到") && !file.lines().get(0).contains("已处理"),
                file.lines().toString());

        incidents.reportUpward(row.incidentId(), new UpwardReport(opened.receivedAt(), "上级保密行政管理部门",
                ReportChannel.PHONE, null), "officer");
        incidents.close(row.incidentId(), new Closure.Answers("遗失于会议室", "批评教育", "加强载体管理", "全处室学习"),
                "officer");
        matters.decide(id, MatterDecision.KEEP_IN_POST_WITH_MEASURES, "按事件结案意见处理", "officer");
        assertEquals(MatterStatus.DECIDED, matters.find(id, user, false).orElseThrow().status());
        assertTrue(evidence.verify().intact(), () -> "chain intact: " + evidence.verify().first());
    }

    @Test
    void aMoveOutOfTheSecretPostIsToldToHrAndThePageSaysSo() throws Exception {
        // outside check: 调离涉密岗位 on a personal-matter report told nobody who could carry it out; HR never learnt it
        String user = Deployments.uniqueName("mattermove");
        String no = hire("测试调离", user);
        long id = matters.report(user, MatterCategory.RELATIVES_ABROAD, matters.today().minusDays(3), "配偶取得外国国籍");
        String link = "/employees/change.xhtml?no=" + no;
        assertTrue(bellsWithLink("hr", link).isEmpty());
        URI base = portalAddress(request);
        PortalClient officer = new PortalClient(base);
        officer.login("officer", "Shoumi@2026");
        PortalClient.Page page = officer.get("matters/manage.xhtml?id=" + id);
        PortalClient.Page acknowledged = officer.submit(page, "acknowledge", "acknowledge:ack", Map.of());
        PortalClient.Page decided = officer.submit(acknowledged, "decide", "decide:submit",
                Map.of("decide:decision", "TRANSFER_OUT_OF_SECRET_POST", "decide:text", "按规定调离涉密岗位"));
        assertTrue(decided.contains("已通知人事部门办理调离涉密岗位"), decided.body());
        List<Notification> told = bellsWithLink("hr", link);
        assertEquals(1, told.size(), "HR is told, with the link to the change of post and class");
        assertEquals("matters.notice.transferHr", told.get(0).getMessageKey());
        assertTrue(bellsWithLink(user, link).isEmpty(), "the person is told of the decision only");

        // another decision tells HR nothing
        long other = matters.report(user, MatterCategory.FOREIGN_CONTACT, matters.today().minusDays(2), "会议接触");
        matters.acknowledge(other, "officer");
        assertEquals(0, matters.decide(other, MatterDecision.KEEP_IN_POST_WITH_MEASURES, "谈话提醒", "officer"));
        assertEquals(1, bellsWithLink("hr", link).size());
    }
}
