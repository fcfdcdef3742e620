package it.org.shoumi.portal.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import it.org.shoumi.portal.TestData;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.control.Verification;
import org.shoumi.portal.evidence.entity.EvidenceEntry;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.incidents.boundary.ConductDraft;
import org.shoumi.portal.incidents.boundary.ConductEntries;
import org.shoumi.portal.incidents.boundary.IncidentRefusedException;
import org.shoumi.portal.incidents.boundary.Incidents;
import org.shoumi.portal.incidents.boundary.Rows;
import org.shoumi.portal.incidents.boundary.UpwardReport;
import org.shoumi.portal.incidents.control.Closure;
import org.shoumi.portal.incidents.control.Refusal;
import org.shoumi.portal.incidents.control.ReportClock.Phase;
import org.shoumi.portal.incidents.control.Submission;
import org.shoumi.portal.incidents.entity.ConductKind;
import org.shoumi.portal.incidents.entity.Incident;
import org.shoumi.portal.incidents.entity.IncidentKind;
import org.shoumi.portal.incidents.entity.IncidentStatus;
import org.shoumi.portal.incidents.entity.ReportChannel;
import org.shoumi.portal.incidents.entity.StepKind;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.records.boundary.Records;
import org.shoumi.portal.records.control.SecrecyFile;

/**
 * Incidents on a started server: the 24-hour clock read at fixed moments and stopped by the upward report; an
 * anonymous report sent by a logged-in employee through the page that the officer sees but that keeps nothing
 * leading back to the login; closure refused while any of the four "不放过" is missing and, for a lost carrier,
 * before the upward report; bad attachments and over-long descriptions refused with nothing stored; a conduct
 * entry (and its correction) in the person's secrecy file; the register and the attachment closed to an
 * employee; and the evidence chain verifying for every step and entry. Each test makes its own reports (told
 * apart by a unique marker in the description) and its own people.
 */
class IncidentsIT extends FromInside {

    private static final String PASSWORD = "Shoumi@2026";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    @Inject
    Incidents incidents;

    @Inject
    ConductEntries conduct;

    @Inject
    Records records;

    @Inject
    org.shoumi.portal.incidents.boundary.IncidentRecordSection section;

    @Inject
    EvidenceLog evidence;

    @Inject
    TestData data;

    @Inject
    HttpServletRequest request;

    private String marker;
    private LocalDate yesterday;

    @BeforeEach
    void aMarker() {
        marker = "IT-INC-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
    }

    private Submission submission(IncidentKind kind, boolean anonymous, String text, byte[] file) {
        return new Submission(kind, yesterday, "机要室", text, anonymous, file);
    }

    private long report(IncidentKind kind, boolean anonymous, String login) {
        return incidents.report(submission(kind, anonymous, "情况说明 " + marker, null), login);
    }

    private static List<Refusal> refusals(Runnable r) {
        return assertThrows(IncidentRefusedException.class, r::run).reasons();
    }

    private long casesWithMarker() {
        return data.inTransaction(em -> em.createQuery("select count(i) from Incident i where i.description like :d",
                Long.class).setParameter("d", "%" + marker + "%").getSingleResult());
    }

    private List<Long> stepIds(long incident) {
        return incidents.steps(incident).stream().map(Rows.Step::id).toList();
    }

    private List<EvidenceEntry> entriesOf(EvidenceKind kind, List<Long> ids) {
        return data.inTransaction(em -> em.createQuery("select e from EvidenceEntry e where e.kind = :k "
                + "and e.recordId in :ids order by e.sequence", EvidenceEntry.class).setParameter("k", kind)
                .setParameter("ids", ids).getResultList());
    }

    private void assertChainVerifiesFor(EvidenceKind kind, List<Long> ids) {
        assertEquals(ids.size(), entriesOf(kind, ids).size(), "every record has its entry");
        Verification v = evidence.verify();
        assertTrue(v.problems().stream().noneMatch(p -> p.recordKind() == kind && ids.contains(p.recordId())),
                "the chain verifies for these records: " + v.problems());
    }

    /** The chosen case's clock as the page says it (the register below lists every case with its own). */
    private static String caseClock(Page page) {
        Matcher clock = Pattern.compile("<p id=\"case-clock\"[^>]*>([^<]*)</p>").matcher(page.body());
        assertTrue(clock.find(), page.body());
        return clock.group(1).strip();
    }

    private PortalClient browser() {
        return new PortalClient(portalAddress(request));
    }

    // ------------------------------------------------------------------------------------------------------------

    @Test
    void theClockRunsFromReceiptAndTheUpwardReportStopsIt() {
        long id = report(IncidentKind.LEAK, false, "hr");
        Rows.Case received = incidents.find(id).orElseThrow();
        Instant t = received.receivedAt();
        assertEquals(0, t.getEpochSecond() % 60, "kept to the minute");
        assertEquals(t.plus(Duration.ofHours(24)), received.reportDue());

        Rows.Case at23 = incidents.register(t.plus(Duration.ofHours(23))).stream().filter(c -> c.id() == id)
                .findFirst().orElseThrow();
        assertEquals(Phase.RUNNING, at23.clock().phase());
        assertEquals(Duration.ofHours(1), at23.clock().amount());
        Rows.Case at25 = incidents.register(t.plus(Duration.ofHours(25))).stream().filter(c -> c.id() == id)
                .findFirst().orElseThrow();
        assertEquals(Phase.OVERDUE, at25.clock().phase());
        assertEquals(Duration.ofHours(1), at25.clock().amount());

        // the officers heard of it, with a link to the case
        long told = data.inTransaction(em -> em.createQuery("select count(n) from Notification n where "
                + "n.recipient = 'officer' and n.link = :link", Long.class)
                .setParameter("link", "/incidents/manage.xhtml?id=" + id).getSingleResult());
        assertEquals(1, told, "the officer was told of the new report");

        // bad upward reports: before receipt, in the future, nobody named, no channel
        assertEquals(List.of(Refusal.UPWARD_BEFORE_RECEIPT, Refusal.UPWARD_TO_MISSING, Refusal.CHANNEL_MISSING),
                refusals(() -> incidents.reportUpward(id, new UpwardReport(t.minusSeconds(60), " ", null, null), "officer")));
        assertEquals(List.of(Refusal.UPWARD_IN_FUTURE), refusals(() -> incidents.reportUpward(id,
                new UpwardReport(Instant.now().plus(Duration.ofHours(1)), "市保密局", ReportChannel.PHONE, null), "officer")));
        assertEquals(1, incidents.steps(id).size(), "nothing stored by a refusal");

        // between the receipt (kept to the minute, so up to a minute back) and now; "now minus 5 s" was before the
        // receipt when the report came in the first 5 seconds of a minute
        Instant reportedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        incidents.reportUpward(id, new UpwardReport(reportedAt, "市国家保密局", ReportChannel.PHONE, "电话记录 001"),
                "officer");
        for (Duration later : List.of(Duration.ofHours(25), Duration.ofDays(30))) {
            Rows.Case stopped = incidents.register(t.plus(later)).stream().filter(c -> c.id() == id).findFirst()
                    .orElseThrow();
            assertEquals(Phase.REPORTED, stopped.clock().phase(), "stopped at " + later);
        }
        assertEquals(List.of(Refusal.ALREADY_REPORTED), refusals(() -> incidents.reportUpward(id,
                new UpwardReport(reportedAt, "市国家保密局", ReportChannel.WRITTEN, null), "officer")));
        List<Rows.Step> steps = incidents.steps(id);
        assertEquals(List.of(StepKind.RECEIVED, StepKind.REPORTED_UPWARD), steps.stream().map(Rows.Step::kind).toList());
        assertEquals("officer", steps.get(1).by());
        assertChainVerifiesFor(EvidenceKind.INCIDENT_STEP, stepIds(id));
        assertTrue(entriesOf(EvidenceKind.INCIDENT_STEP, stepIds(id)).stream()
                .allMatch(e -> "SM011".equals(e.getEmployeeNo())), "a named report's steps carry the reporter");
    }

    @Test
    void anAnonymousReportIsSeenByTheOfficerButLeadsBackToNoLogin() throws Exception {
        PortalClient employee = browser();
        employee.login("employee", PASSWORD);
        String sessionId = employee.cookie("JSESSIONID").orElseThrow();
        // a real photo whose metadata names the sender (found by an outside check: it reached the office as sent)
        byte[] photo = it.org.shoumi.portal.TestPictures.pngWithText("李明 SM002 employee");
        HttpResponse<String> sent = postReport(employee, IncidentKind.CARRIER_LOST, "说明 " + marker, true,
                "photo.png", "image/png", photo);
        assertTrue(sent.statusCode() < 400, "sent: " + sent.statusCode());
        List<Long> found = data.inTransaction(em -> em.createQuery("select i.id from Incident i "
                + "where i.description like :d", Long.class).setParameter("d", "%" + marker + "%").getResultList());
        assertEquals(1, found.size(), () -> "the report was stored; the page answered " + sent.statusCode() + ": "
                + sent.body().replaceAll("(?s).*<form[^>]*id=\"report\"", "").replaceAll("(?s)</form>.*", ""));
        long id = found.get(0);

        // the stored row, its steps and their evidence entries hold nothing of the reporter
        List<String> traces = List.of("employee", "SM002", employeeName(), "127.0.0.1", "0:0:0:0", "localhost",
                "Java-http-client", sessionId);
        List<Object> stored = new ArrayList<>();
        data.inTransaction(em -> {
            for (Object r : em.createNativeQuery("select * from incident where id = " + id).getResultList()) {
                stored.addAll(java.util.Arrays.asList((Object[]) r));
            }
            for (Object r : em.createNativeQuery("select * from incident_step where incident_id = " + id).getResultList()) {
                stored.addAll(java.util.Arrays.asList((Object[]) r));
            }
            return null;
        });
        List<EvidenceEntry> entries = entriesOf(EvidenceKind.INCIDENT_STEP, stepIds(id));
        assertEquals(1, entries.size());
        assertNull(entries.get(0).getEmployeeNo(), "the entry is tied to no person");
        assertEquals(0, entries.get(0).getRecordedAtMillis() % 60_000, "the entry's time is kept to the minute");
        stored.add(entries.get(0).getContent());
        for (Object value : stored) {
            for (String trace : traces) {
                assertFalse(value != null && value.toString().toLowerCase().contains(trace.toLowerCase()),
                        "stored value " + value + " contains " + trace);
            }
        }
        Rows.Case seen = incidents.find(id).orElseThrow();
        assertTrue(seen.anonymous());
        assertNull(seen.reporterLogin());
        assertNull(seen.reporterNo());
        assertNull(incidents.steps(id).get(0).by());
        assertEquals(IncidentKind.CARRIER_LOST, seen.kind());
        assertTrue(incidents.mine("employee").stream().noneMatch(m -> m.reference().equals(seen.reference())),
                "nobody follows an anonymous report");

        // the officer sees it, with its attachment, and nothing of the reporter
        PortalClient officer = browser();
        officer.login("officer", PASSWORD);
        Page page = officer.get("incidents/manage.xhtml?id=" + id);
        assertEquals(200, page.status());
        String panel = page.body().substring(page.body().indexOf("id=\"case\""), page.body().indexOf("id=\"register\""));
        assertTrue(panel.contains(marker), "the officer reads the report");
        assertTrue(panel.contains("匿名"), "shown as anonymous");
        for (String trace : List.of("SM002", employeeName(), ">employee<", "employee ")) {
            assertFalse(panel.contains(trace), "the officer's view names " + trace);
        }
        // the register sheet of the records workbook lists it without a reporter
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(records.inspectionWorkbook()))) {
            Sheet register = wb.getSheet("事件登记");
            assertTrue(register != null, "the workbook has the incident register");
            String line = null;
            for (Row r : register) {
                if (r.getCell(0) != null && seen.reference().equals(r.getCell(0).toString())) {
                    StringBuilder b = new StringBuilder();
                    r.forEach(cell -> b.append(cell).append('|'));
                    line = b.toString();
                }
            }
            assertTrue(line != null && line.contains("匿名") && line.contains(marker), "the case's line: " + line);
            for (String trace : List.of("employee", "SM002", employeeName())) {
                assertFalse(line.contains(trace), line);
            }
        }
        HttpResponse<byte[]> download = officer.raw("incidents/attachment?id=" + id);
        assertEquals(200, download.statusCode());
        assertEquals("image/png", download.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertFalse(new String(download.body(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("SM002"),
                "the photo's text chunk naming the sender is gone");
        assertTrue(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(download.body())) != null,
                "and it is still the picture");
        assertEquals(403, employee.raw("incidents/attachment?id=" + id).statusCode(), "the attachment is the officer's");
        assertChainVerifiesFor(EvidenceKind.INCIDENT_STEP, stepIds(id));
    }

    @Test
    void aDescriptionThatSaysNothingIsRefusedAndTheFormKeepsTheRest() throws Exception {
        // outside check ex-s37e 1: a description of "-" opened a case whose 情况说明 read "-"; the description is the
        // case's account for good, so "-", "无" or "无无" is refused as the other registers refuse such a note
        for (String nothing : new String[] {"-", "无无", " — ", "无"}) {
            assertEquals(List.of(Refusal.DESCRIPTION_MISSING), refusals(() -> incidents.report(new Submission(
                    IncidentKind.LEAK, yesterday, marker, nothing, false, null), "employee")), nothing);
        }
        PortalClient employee = browser();
        employee.login("employee", PASSWORD);
        HttpResponse<String> refused = postReport(employee, IncidentKind.LEAK, "无无", false, null, null, null,
                Map.of("report:place", marker));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("情况说明：请说明发生了什么；只填“-”“无”不算。"), refused.body());
        assertTrue(refused.body().contains(marker), "the place typed is kept");
        assertEquals(0L, (long) data.inTransaction(em -> em.createQuery("select count(i) from Incident i "
                + "where i.place = :p", Long.class).setParameter("p", marker).getSingleResult()), "nothing stored");
    }

    @Test
    void badAttachmentsAndLongDescriptionsAreRefusedAndNothingIsStored() throws Exception {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertEquals(List.of(Refusal.ATTACHMENT_TOO_LARGE), refusals(() -> incidents.report(
                submission(IncidentKind.LEAK, true, "说明 " + marker, big), "employee")));
        assertEquals(List.of(Refusal.ATTACHMENT_TYPE), refusals(() -> incidents.report(submission(IncidentKind.LEAK,
                true, "说明 " + marker, "MZ\u0090 not a photo".getBytes(StandardCharsets.ISO_8859_1)), "employee")));
        assertEquals(List.of(Refusal.DESCRIPTION_TOO_LONG), refusals(() -> incidents.report(
                submission(IncidentKind.VIOLATION, false, marker + "字".repeat(2000), null), "employee")));
        // 1,001 characters outside the basic plane are 2,002 units, as the column counts them: refused with the
        // field's message (counted in code points, it passed and then failed to be stored)
        assertEquals(List.of(Refusal.DESCRIPTION_TOO_LONG), refusals(() -> incidents.report(
                submission(IncidentKind.VIOLATION, false, "\uD842\uDFB7".repeat(1001), null), "employee")));
        assertEquals(List.of(Refusal.OCCURRED_IN_FUTURE), refusals(() -> incidents.report(new Submission(
                IncidentKind.OTHER, yesterday.plusDays(3), null, "说明 " + marker, false, null), "employee")));
        assertEquals(0, casesWithMarker(), "nothing stored");

        // through the page: the message names the field, and nothing is stored
        PortalClient employee = browser();
        employee.login("employee", PASSWORD);
        HttpResponse<String> wrongType = postReport(employee, IncidentKind.LEAK, "说明 " + marker, true, "photo.png",
                "image/png", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, wrongType.statusCode());
        assertTrue(wrongType.body().contains("附件："), "the message names the attachment");
        HttpResponse<String> tooLong = postReport(employee, IncidentKind.LEAK, marker + "字".repeat(2000), true, null,
                null, null);
        assertEquals(200, tooLong.statusCode());
        // with the limit and the length, as every other text's refusal (it said only "不超过 2000 字"; outside check)
        assertTrue(new Page(tooLong.statusCode(), tooLong.uri(), tooLong.body()).visible().contains(String.format(java.util.Locale.ROOT,
                "情况说明：最多 2,000 个字符，这里有 %,d 个。", (marker + "字".repeat(2000)).length())),
                "the message names the description");
        // found by an outside check: a place too long was the only problem named; the guide promises every field
        HttpResponse<String> several = postReport(employee, IncidentKind.LEAK, "", true, null, null, null, Map.of(
                "report:place", "地".repeat(101), "report:kind", "", "report:occurredOn_input",
                yesterday.plusYears(1).toString()));
        assertEquals(200, several.statusCode());
        for (String said : new String[] {"地点：最多 100 个字符，这里有 101 个", "事件类别：请选择", "发生或发现日期：不能晚于今天", "情况说明：请说明发生了什么"}) {
            assertTrue(several.body().contains(said), said + ": " + several.body());
        }
        assertEquals(0, casesWithMarker(), "nothing stored");
        // over the page's 5 MB: refused beside the field, and the description typed is kept
        HttpResponse<String> tooLarge = postReport(employee, IncidentKind.LEAK, "说明 " + marker, true, "photo.png",
                "image/png", big);
        assertEquals(200, tooLarge.statusCode());
        String said = tooLarge.body().replaceAll("(?s).*?(<[^>]*id=\"report:file-message\".{0,400}).*", "$1");
        assertTrue(tooLarge.body().contains("文件 photo.png 超过"), "the message names the file: " + said);
        assertTrue(tooLarge.body().contains("说明 " + marker), "the description is kept");
        assertFalse(tooLarge.body().contains("\tat ") || tooLarge.body().contains("Caused by"), "no stack trace");
        // over what a form may carry at all (21 MB): the form cannot be read, so the browser is sent back to the
        // page, which says why (it rendered the empty page without a word)
        HttpResponse<String> tooLargeToRead = postReport(employee, IncidentKind.LEAK, "说明 " + marker, true,
                "photo.png", "image/png", new byte[22 * 1024 * 1024]);
        assertEquals(303, tooLargeToRead.statusCode());
        Page back = employee.get(tooLargeToRead.headers().firstValue("Location").orElseThrow());
        assertEquals(200, back.status());
        assertTrue(back.body().contains("所选文件过大（超过 21 MB）"), "the page says why");
        // a file over the container's 20 MB per file in a form under 21 MB: the page rendered afresh, empty
        HttpResponse<String> fileTooLargeToRead = postReport(employee, IncidentKind.LEAK, "说明 " + marker, true,
                "photo.png", "image/png", new byte[20 * 1024 * 1024 + 100]);
        assertEquals(303, fileTooLargeToRead.statusCode());
        Page backAgain = employee.get(fileTooLargeToRead.headers().firstValue("Location").orElseThrow());
        assertTrue(backAgain.body().contains("提交的表单无法读取（文件超过 20 MB，或字段过多），未保存任何内容"),
                "the page says why");
        assertEquals(0, casesWithMarker(), "nothing stored");
    }

    @Test
    void theOfficersNoticeNamesADeadlineOnlyForAKindThatMustBeReportedUpwards() throws Exception {
        // found by an outside check: a 违规行为, which the register shows as 无须向上级报告, was announced with
        // "如须向上级报告，时限为 …"
        long violation = report(IncidentKind.VIOLATION, false, "employee");
        long lost = report(IncidentKind.CARRIER_LOST, false, "employee");
        PortalClient officer = browser();
        officer.login("officer", PASSWORD);
        String bell = officer.get("notifications.xhtml").visible();
        String violationRef = Incident.reference(violation);
        String lostRef = Incident.reference(lost);
        assertTrue(bell.contains("收到新的事件报告 " + violationRef + "（此类事件无须向上级报告）。"), bell);
        assertFalse(bell.contains(violationRef + "；"), "no deadline for the violation: " + bell);
        assertTrue(bell.contains("收到新的事件报告 " + lostRef + "；须向上级报告，时限为 "), bell);
    }

    @Test
    void emojiAreCountedAsTheMessageSaysAndTheDescriptionsLimitGoesToTheBrowser() throws Exception {
        PortalClient employee = browser();
        employee.login("employee", PASSWORD);
        Page form = employee.get("incidents/report.xhtml");
        // the description's real limit goes to the browser (it went out as maxlength="2147483647")
        Matcher area = Pattern.compile("<textarea[^>]*id=\"report:description\"[^>]*>").matcher(form.body());
        assertTrue(area.find(), form.body());
        assertTrue(area.group().contains("maxlength=\"2000\""), area.group());
        // an emoji counts two, as the column and the browser's limit count it: the message says so
        HttpResponse<String> emoji = postReport(employee, IncidentKind.LEAK, "\uD83D\uDE00".repeat(1100), false, null,
                null, null, Map.of("report:place", "\uD83D\uDE00".repeat(60)));
        assertEquals(200, emoji.statusCode());
        assertTrue(emoji.body().contains("地点：最多 100 个字符（表情符号等少数字符每个按两个计），这里有 60 个字，按 120 个计。"),
                emoji.body());
        assertTrue(emoji.body().contains(
                "情况说明：最多 2,000 个字符（表情符号等少数字符每个按两个计），这里有 1,100 个字，按 2,200 个计。"), emoji.body());
        assertEquals(0, casesWithMarker(), "nothing stored");
    }

    @Test
    void everyFieldWithDirectionCharactersIsNamedAtOnce() throws Exception {
        PortalClient employee = browser();
        employee.login("employee", PASSWORD);
        // found by an outside check: with U+202E in the place and in the description only the description was named
        HttpResponse<String> both = postReport(employee, IncidentKind.LEAK, "说明\u202E" + marker, false, null,
                null, null, Map.of("report:place", "机要\u202E室"));
        assertEquals(200, both.statusCode());
        String seen = new Page(both.statusCode(), both.uri(), both.body()).visible();
        assertTrue(seen.contains("地点：内容含有改变文字显示方向的字符"), seen);
        assertTrue(seen.contains("情况说明：内容含有改变文字显示方向的字符"), seen);
        assertEquals(0, casesWithMarker(), "nothing stored");
    }

    @Test
    void closingNeedsAllFourAnswers() {
        long id = report(IncidentKind.VIOLATION, false, "hr");
        assertEquals(List.of(Refusal.NOTE_MISSING), refusals(() -> incidents.addNote(id, "-", "officer")),
                "a note of a dash says nothing (left by a fixer)");
        incidents.addNote(id, "约谈当事人，核实经过。", "officer");
        assertEquals(List.of(Refusal.NOTE_TOO_LONG), refusals(() -> incidents.addNote(id, "字".repeat(2001), "officer")));
        assertEquals(List.of(Refusal.CAUSE_MISSING, Refusal.RESPONSIBILITY_MISSING, Refusal.MEASURES_MISSING,
                Refusal.EDUCATION_MISSING), refusals(() -> incidents.close(id, new Closure.Answers(null, null, null, null),
                "officer")));
        String[] four = {"原因已查清", "当事人已批评教育", "已加装门禁", "全处室已学习通报"};
        for (int missing = 0; missing < 4; missing++) {
            String[] a = four.clone();
            a[missing] = " ";
            List<Refusal> r = refusals(() -> incidents.close(id, new Closure.Answers(a[0], a[1], a[2], a[3]), "officer"));
            assertEquals(1, r.size(), "only the missing one is named: " + r);
            assertEquals(List.of(Refusal.CAUSE_MISSING, Refusal.RESPONSIBILITY_MISSING, Refusal.MEASURES_MISSING,
                    Refusal.EDUCATION_MISSING).get(missing), r.get(0));
        }
        assertEquals(IncidentStatus.OPEN, incidents.find(id).orElseThrow().status());
        assertEquals(2, incidents.steps(id).size(), "refusals stored nothing");

        incidents.close(id, new Closure.Answers(four[0], four[1], four[2], four[3]), "officer");
        Rows.Case closed = incidents.find(id).orElseThrow();
        assertEquals(IncidentStatus.CLOSED, closed.status());
        assertEquals(Phase.NOT_REQUIRED, closed.clock().phase());
        assertEquals(List.of(StepKind.RECEIVED, StepKind.NOTE, StepKind.CLOSED),
                incidents.steps(id).stream().map(Rows.Step::kind).toList());
        assertEquals(List.of(Refusal.ALREADY_CLOSED), refusals(() -> incidents.addNote(id, "补充", "officer")));
        assertTrue(incidents.mine("hr").stream().anyMatch(m -> m.reference().equals(closed.reference())
                && m.status() == IncidentStatus.CLOSED), "the reporter follows it");
        long told = data.inTransaction(em -> em.createQuery("select count(n) from Notification n where "
                + "n.recipient = 'hr' and n.messageKey = 'incidents.notify.closed' and n.arguments like :ref",
                Long.class).setParameter("ref", "%" + closed.reference() + "%").getSingleResult());
        assertEquals(1, told, "the reporter was told of the closure");
        assertChainVerifiesFor(EvidenceKind.INCIDENT_STEP, stepIds(id));
    }

    @Test
    void aLostCarrierClosesOnlyAfterTheUpwardReport() {
        long id = report(IncidentKind.CARRIER_LOST, true, "employee");
        Closure.Answers all = new Closure.Answers("遗失于出租车", "当事人通报批评", "涉密U盘统一登记", "全员警示教育");
        assertEquals(List.of(Refusal.UPWARD_REPORT_FIRST), refusals(() -> incidents.close(id, all, "officer")));
        assertEquals(IncidentStatus.OPEN, incidents.find(id).orElseThrow().status());
        // now, to the second: "now minus 1 s" was before the receipt (kept to the minute) when the report came in
        // the first second of a minute, which failed this test once
        incidents.reportUpward(id, new UpwardReport(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                "上级保密行政管理部门",
                ReportChannel.WRITTEN, "保密〔2026〕12号"), "officer");
        incidents.close(id, all, "officer");
        assertEquals(IncidentStatus.CLOSED, incidents.find(id).orElseThrow().status());
        assertChainVerifiesFor(EvidenceKind.INCIDENT_STEP, stepIds(id));
    }

    /**
     * Found by an outside check: a 批评教育 decided 2024-01-01 for an incident that happened on 2026-12-06 was taken,
     * and one decided ten months after the person left the unit, where the vetting and topic-pledge forms refuse
     * leavers. Both are refused, the message naming the day; one decided before the last day and entered late stands.
     */
    @Test
    void aConductDecisionIsNotDatedBeforeItsIncidentNorAfterThePersonLeft() throws Exception {
        String tail = marker.substring(Math.max(0, marker.length() - 8));
        Department d = new Department("ITD_" + tail, "奖惩日期部门" + tail, "Conduct dates " + tail);
        Post post = data.inTransaction(em -> em.createNamedQuery(Post.ALL, Post.class).setMaxResults(1)
                .getSingleResult());
        data.persist(d);
        String no = "ID" + tail;
        LocalDate hired = yesterday.minusYears(2);
        data.persist(new Employee(no, "钱日期", d, post, SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, hired));
        long incident = report(IncidentKind.VIOLATION, true, "employee");
        String reference = Incident.reference(incident);

        IncidentRefusedException early = assertThrows(IncidentRefusedException.class, () -> conduct.record(
                new ConductDraft(no, ConductKind.CRITICISM, yesterday.minusDays(30), "早于事件 " + marker, "保密委员会",
                        null, reference, null), "officer"));
        assertEquals(List.of(Refusal.DECIDED_ON_BEFORE_INCIDENT), early.reasons());
        assertEquals(List.of(reference, yesterday.toString()), early.args());
        assertTrue(conduct.of(no).isEmpty(), "nothing stored");

        // the person leaves the unit ten days ago
        String leaver = "IL" + tail;
        data.persist(new Employee(leaver, "孙离职", d, post, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, hired));
        LocalDate left = yesterday.minusDays(9);
        data.inTransaction(em -> {
            Employee p = em.createNamedQuery(Employee.BY_NUMBER, Employee.class).setParameter("employeeNo", leaver)
                    .getSingleResult();
            Employee.Snapshot before = p.snapshot();
            p.leave(EmployeeStatus.LEFT_UNIT);
            // a dated entry of the person's history is evidence: appended with it, as the portal does, so that
            // the chain other tests verify stays whole
            org.shoumi.portal.employees.entity.PersonnelChange.between(p, before, Instant.now(), left, "hr",
                    org.shoumi.portal.employees.entity.ChangeSource.DEPARTURE, "离职").ifPresent(change -> {
                        em.persist(change);
                        em.flush();
                        evidence.append(org.shoumi.portal.evidence.entity.EvidenceKind.PERSONNEL_CHANGE,
                                change.getId());
                    });
            return null;
        });
        PortalClient officer = browser();
        officer.login("officer", PASSWORD);
        Page after = officer.submit(officer.get("incidents/conduct.xhtml"), "entry", "entry:record", Map.of(
                "entry:employeeNo", leaver, "entry:kind", "CRITICISM", "entry:decidedOn_input", yesterday.toString(),
                "entry:reason", "离职后批评 " + marker, "entry:decidedBy", "本单位保密委员会"));
        assertTrue(after.body().contains("此人已于 " + left + " 离开本单位，不能晚于该日"), after.body());
        Page beforeHire = officer.submit(officer.get("incidents/conduct.xhtml"), "entry", "entry:record", Map.of(
                "entry:employeeNo", no, "entry:kind", "CRITICISM", "entry:decidedOn_input",
                hired.minusDays(1).toString(), "entry:reason", "入职前 " + marker, "entry:decidedBy", "本单位保密委员会",
                "entry:incident", reference));
        assertTrue(beforeHire.body().contains("不能早于此人的入职日期（" + hired + "）"), beforeHire.body());
        assertTrue(beforeHire.body().contains("不能早于所关联事件 " + reference + " 的发生日期（" + yesterday + "）"),
                beforeHire.body());
        assertTrue(conduct.of(leaver).isEmpty() && conduct.of(no).isEmpty(), "nothing stored");
        conduct.record(new ConductDraft(leaver, ConductKind.CRITICISM, left.minusDays(1), "离职前的决定 " + marker,
                "保密委员会", null, null, null), "officer");
        assertEquals(1, conduct.of(leaver).size(), "a decision made before the last day is entered late");
    }

    @Test
    void aVoluntaryUpwardReportIsRecordedWithoutADeadline() throws Exception {
        // an outside check reported a 违规行为 (no report required) upwards: the register said "已按时向上级报告"
        // and the workbook's 上报时限 turned from 无须向上级报告 into a deadline
        long id = report(IncidentKind.VIOLATION, false, "hr");
        PortalClient officer = browser();
        officer.login("officer", PASSWORD);
        Page page = officer.get("incidents/manage.xhtml?id=" + id);
        assertEquals("无须向上级报告", caseClock(page));
        assertTrue(page.body().contains("id=\"upward-voluntary\""), "the form says a report is not required");
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(ZoneId.of("Asia/Shanghai"));
        page = officer.submit(page, "upward", "upward:record-upward", Map.of("upward:day_input",
                now.toLocalDate().toString(), "upward:time_input", String.format("%02d:%02d", now.getHour(),
                        now.getMinute()), "upward:to", "市国家保密局", "upward:channel", "WRITTEN",
                "upward:reference", "自愿 " + marker));
        assertEquals("已自愿向上级报告（本类事件无须上报）", caseClock(page), "no deadline was met");
        Rows.Case late = incidents.register(Instant.now().plus(Duration.ofDays(3))).stream()
                .filter(c -> c.id() == id).findFirst().orElseThrow();
        assertEquals(Phase.REPORTED_VOLUNTARILY, late.clock().phase(), "never 超时");
        assertEquals("officer", incidents.steps(id).get(1).by(), "who reported is recorded");
        java.util.ResourceBundle zh = java.util.ResourceBundle.getBundle("org.shoumi.portal.i18n.messages",
                java.util.Locale.SIMPLIFIED_CHINESE);
        List<String> row = section.sheet(zh, ZoneId.of("Asia/Shanghai")).rows().stream()
                .filter(r -> r.get(0).equals(Incident.reference(id))).findFirst().orElseThrow();
        assertEquals("无须向上级报告", row.get(6), "the workbook keeps no deadline");
        assertFalse(row.get(7).isEmpty(), "and says when it was reported");
    }

    @Test
    void aConductEntryAndItsCorrectionAreInThePersonsFile() {
        String tail = marker.substring(Math.max(0, marker.length() - 8));
        Department d = new Department("ITI_" + tail, "事件测试部门" + tail, "Incident test " + tail);
        Post post = data.inTransaction(em -> em.createNamedQuery(Post.ALL, Post.class).setMaxResults(1)
                .getSingleResult());
        data.persist(d);
        String no = "I" + tail;
        data.persist(new Employee(no, "赵事件", d, post, SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, yesterday));
        long incident = report(IncidentKind.VIOLATION, true, "employee");
        String reference = Incident.reference(incident);

        assertEquals(List.of(Refusal.PERSON_UNKNOWN, Refusal.REASON_MISSING, Refusal.AUTHORITY_MISSING),
                refusals(() -> conduct.record(new ConductDraft("NOBODY-" + tail, ConductKind.CRITICISM, yesterday,
                        " ", null, null, null, null), "officer")));
        // found by an outside check: an empty staff number was answered "no such person on the roster"
        assertEquals(List.of(Refusal.PERSON_MISSING, Refusal.REASON_MISSING, Refusal.AUTHORITY_MISSING),
                refusals(() -> conduct.record(new ConductDraft(" ", ConductKind.CRITICISM, yesterday,
                        " ", null, null, null, null), "officer")));
        assertEquals(List.of(Refusal.DECIDED_ON_IN_FUTURE, Refusal.REASON_TOO_LONG, Refusal.UNKNOWN_INCIDENT),
                refusals(() -> conduct.record(new ConductDraft(no, ConductKind.CRITICISM, yesterday.plusDays(5),
                        "字".repeat(501), "保密委员会", null, "SJ-999999999", null), "officer")));
        // found by an outside check: 1900-01-01 was taken, for someone hired yesterday
        assertEquals(List.of(Refusal.DECIDED_ON_BEFORE_HIRE), refusals(() -> conduct.record(new ConductDraft(no,
                ConductKind.CRITICISM, java.time.LocalDate.of(1900, 1, 1), "早于入职", "保密委员会", null, null, null),
                "officer")));
        // found by an outside check: a reason and an authority of invisible characters only (zero-width space, word
        // joiner, byte-order mark) passed "required"; they are blank
        assertEquals(List.of(Refusal.REASON_MISSING, Refusal.AUTHORITY_MISSING), refusals(() -> conduct.record(
                new ConductDraft(no, ConductKind.CRITICISM, yesterday, "\u200B", "\u2060\uFEFF \u200B", null, null,
                        null), "officer")));
        // left by a fixer: "-" and "无" were kept for good as the reason and the authority
        assertEquals(List.of(Refusal.REASON_MISSING, Refusal.AUTHORITY_MISSING), refusals(() -> conduct.record(
                new ConductDraft(no, ConductKind.CRITICISM, yesterday, "-", "无", null, null, null), "officer")));
        assertTrue(conduct.of(no).isEmpty(), "nothing stored");

        long first = conduct.record(new ConductDraft(no, ConductKind.NOTICE_OF_CRITICISM, yesterday,
                "违规将涉密U盘带出办公区 " + marker, "保密委员会", "保委〔2026〕3号", reference, null), "officer");
        // found by an outside check: the same form sent twice made two entries
        assertEquals(List.of(Refusal.CONDUCT_ALREADY_ENTERED), refusals(() -> conduct.record(new ConductDraft(no,
                ConductKind.NOTICE_OF_CRITICISM, yesterday, "违规将涉密U盘带出办公区 " + marker, "保密委员会",
                "保委〔2026〕3号", reference, null), "officer")));
        long second = conduct.record(new ConductDraft(no, ConductKind.CRITICISM, yesterday,
                "复核后改为批评教育 " + marker, "保密委员会", "保委〔2026〕4号", reference, first), "hr");
        assertEquals(List.of(Refusal.CORRECTED_ALREADY), refusals(() -> conduct.record(new ConductDraft(no,
                ConductKind.OTHER, yesterday, "再次更正", "保密委员会", null, null, first), "officer")));

        // found by an outside check: HR cancelled a sanction against herself and gave herself a reward; nobody
        // enters or corrects an entry in their own file (the hr login is SM011's, the officer login SM008's)
        long sanction = conduct.record(new ConductDraft("SM011", ConductKind.DISCIPLINARY_SANCTION, yesterday,
                "处分 " + marker, "保密委员会", null, null, null), "officer");
        assertEquals(List.of(Refusal.OWN_RECORD), refusals(() -> conduct.record(new ConductDraft("SM011",
                ConductKind.OTHER, yesterday, "撤销 " + marker, "保密委员会", null, null, sanction), "hr")));
        assertEquals(List.of(Refusal.OWN_RECORD), refusals(() -> conduct.record(new ConductDraft("SM008",
                ConductKind.REWARD, yesterday, "奖励 " + marker, "保密委员会", null, null, null), "officer")));
        assertTrue(conduct.of("SM011").stream().noneMatch(c -> c.reason().equals("撤销 " + marker)), "not stored");
        assertTrue(conduct.of("SM008").stream().noneMatch(c -> c.reason().contains(marker)), "not stored");

        List<Rows.Conduct> rows = conduct.of(no);
        assertEquals(List.of(first, second), rows.stream().map(Rows.Conduct::id).toList());
        assertFalse(rows.get(0).stands(), "the corrected entry no longer stands");
        assertEquals(second, rows.get(0).correctedBy());

        SecrecyFile file = records.file(no).orElseThrow();
        SecrecyFile.Extra section = file.extra().stream().filter(e -> e.title().equals("奖惩记录")).findFirst()
                .orElseThrow(() -> new AssertionError("no conduct section in " + file.extra()));
        assertEquals(2, section.lines().size(), section.lines().toString());
        assertTrue(section.lines().get(0).contains("通报批评") && section.lines().get(0).contains(marker)
                && section.lines().get(0).contains("已由第 " + second + " 号更正"), section.lines().get(0));
        assertTrue(section.lines().get(1).contains("更正第 " + first + " 号"), section.lines().get(1));
        // who recorded each entry and when (the file said neither; outside check)
        assertTrue(section.lines().get(0).contains("；登记：黄海涛，"), section.lines().get(0));
        assertTrue(section.lines().get(1).contains("；登记：徐慧，"), section.lines().get(1));
        SecrecyFile.Extra behind = file.extra().stream().filter(e -> e.title().equals("奖惩所涉事件")).findFirst()
                .orElseThrow();
        assertEquals(1, behind.lines().size());
        assertTrue(behind.lines().get(0).startsWith(reference), behind.lines().get(0));
        assertTrue(records.file("SM002").orElseThrow().extra().stream().filter(e -> e.title().equals("奖惩所涉事件"))
                .allMatch(e -> e.lines().stream().noneMatch(l -> l.startsWith(reference))),
                "reporting is no mark on the reporter");
        assertChainVerifiesFor(EvidenceKind.CONDUCT_ENTRY, List.of(first, second));
        assertTrue(entriesOf(EvidenceKind.CONDUCT_ENTRY, List.of(first)).stream()
                .allMatch(e -> no.equals(e.getEmployeeNo())));
    }

    /**
     * Found by an outside check: HR is refused the register (403) but the records workbook HR may download held its
     * sheet 事件登记 with every case's description, place and named reporter. HR's copy leaves the sheet out; the
     * auditor's keeps it.
     */
    @Test
    void theWorkbookHoldsTheRegisterOnlyForThoseWhoMayOpenIt() throws Exception {
        long id = report(IncidentKind.LEAK, false, "employee");
        String reference = Incident.reference(id);
        PortalClient hr = browser();
        hr.login("hr", PASSWORD);
        assertEquals(403, hr.get("incidents/manage.xhtml").status(), "the register is not HR's");
        HttpResponse<byte[]> hrCopy = hr.raw("records/inspection");
        assertEquals(200, hrCopy.statusCode());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(hrCopy.body()))) {
            assertNull(wb.getSheet("事件登记"), "HR's workbook has no incident register");
            assertTrue(wb.getSheet("人员") != null, "the rest of the workbook is there");
            for (Sheet sheet : wb) {
                for (Row r : sheet) {
                    r.forEach(cell -> assertFalse(cell.toString().contains(marker) || cell.toString()
                            .equals(reference), sheet.getSheetName() + ": " + cell));
                }
            }
        }
        PortalClient auditor = browser();
        auditor.login("auditor", PASSWORD);
        HttpResponse<byte[]> auditorCopy = auditor.raw("records/inspection");
        assertEquals(200, auditorCopy.statusCode());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(auditorCopy.body()))) {
            Sheet register = wb.getSheet("事件登记");
            assertTrue(register != null, "the auditor's workbook has the register");
            boolean listed = false;
            for (Row r : register) {
                listed |= r.getCell(0) != null && reference.equals(r.getCell(0).toString());
            }
            assertTrue(listed, "the case is in the auditor's register");
        }
    }

    @Test
    void anEmployeeCannotOpenTheRegisterNorTheConductPage() throws Exception {
        PortalClient employee = browser();
        employee.login("employee", PASSWORD);
        assertEquals(403, employee.get("incidents/manage.xhtml").status());
        assertEquals(403, employee.get("incidents/conduct.xhtml").status());
        assertEquals(200, employee.get("incidents/report.xhtml").status());
        PortalClient officer = browser();
        officer.login("officer", PASSWORD);
        Page register = officer.get("incidents/manage.xhtml");
        assertEquals(200, register.status());
        assertTrue(register.body().contains("id=\"register\""));
    }

    @Test
    void theOfficerWorksACaseThroughThePages() throws Exception {
        long id = report(IncidentKind.LEAK, false, "hr");
        PortalClient officer = browser();
        officer.login("officer", PASSWORD);
        Page page = officer.get("incidents/manage.xhtml?id=" + id);
        assertTrue(page.body().contains("距上报时限还剩 23 小时"), "the clock runs");
        // the register (open cases first, the newest first) names the reporter as the case does, by name and staff
        // number (it said "hr"; outside check)
        String listed = page.body().substring(page.body().indexOf("id=\"register\""));
        assertTrue(listed.contains(">" + nameOf("SM011") + " SM011<"), listed);
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(ZoneId.of("Asia/Shanghai"));
        page = officer.submit(page, "upward", "upward:record-upward", Map.of("upward:day_input",
                now.toLocalDate().toString(), "upward:time_input", String.format("%02d:%02d", now.getHour(),
                        now.getMinute()), "upward:to", "市国家保密局", "upward:channel", "PHONE",
                "upward:reference", "电话记录 " + marker));
        assertTrue(page.body().contains("已按时向上级报告"), "the clock stopped");
        page = officer.submit(page, "note", "note:add-note", Map.of("note:text", "调取门禁记录 " + marker));
        assertTrue(page.body().contains("调取门禁记录 " + marker), "the note is in the history");
        Page otherTab = officer.get("incidents/manage.xhtml?id=" + id);
        page = officer.submit(page, "close", "close:close-case", Map.of("close:cause", "原因已查清",
                "close:responsibility", "已处理", "close:measures", "已整改", "close:education", " "));
        assertTrue(page.body().contains("有关人员受教育情况：结案必填"), "the missing answer is named");
        assertEquals(IncidentStatus.OPEN, incidents.find(id).orElseThrow().status());
        page = officer.submit(page, "close", "close:close-case", Map.of("close:cause", "原因已查清",
                "close:responsibility", "已处理", "close:measures", "已整改", "close:education", "已组织学习"));
        assertEquals(IncidentStatus.CLOSED, incidents.find(id).orElseThrow().status());
        assertEquals(List.of(StepKind.RECEIVED, StepKind.REPORTED_UPWARD, StepKind.NOTE, StepKind.CLOSED),
                incidents.steps(id).stream().map(Rows.Step::kind).toList());
        // the answers after their labels as Chinese writes them ("原因查明情况: 原因已查清"; outside check)
        assertTrue(page.visible().contains("原因查明情况：原因已查清") && page.visible().contains("有关人员受教育情况：已组织学习"),
                page.visible());
        // the workbook's register says who recorded the upward report, to whom, how, its number, and who closed it
        // (it had only the times; outside check)
        java.util.ResourceBundle zh = java.util.ResourceBundle.getBundle("org.shoumi.portal.i18n.messages",
                java.util.Locale.SIMPLIFIED_CHINESE);
        List<String> row = section.sheet(zh, ZoneId.of("Asia/Shanghai")).rows().stream()
                .filter(r -> r.get(0).equals(Incident.reference(id))).findFirst().orElseThrow();
        assertEquals(List.of("市国家保密局", "电话", "电话记录 " + marker), row.subList(8, 11), row.toString());
        assertTrue(row.get(11).startsWith(nameOf("SM008") + " "), row.toString());
        assertEquals(nameOf("SM008"), row.get(14), row.toString());
        assertEquals(nameOf("SM011") + " / SM011", row.get(15), row.toString());
        // a note from a tab opened before the closing: refused, and that page now shows the case closed (it showed
        // 处理中 and the forms beside the refusal; outside check), with the note typed still in its field
        Page stale = officer.submit(otherTab, "note", "note:add-note", Map.of("note:text", "迟到的记录 " + marker));
        assertTrue(stale.body().contains("该事件已结案"), stale.body());
        assertFalse(stale.body().contains("id=\"close\""), "no closing form for a closed case");
        assertFalse(stale.body().contains("id=\"note\""), "no note form for a closed case");
        assertEquals(4, incidents.steps(id).size(), "nothing added");
        // the auditor reconstructs how the case was handled (it was 403; outside check): reads, never acts
        PortalClient auditor = browser();
        auditor.login("auditor", PASSWORD);
        Page audited = auditor.get("incidents/manage.xhtml?id=" + id);
        assertEquals(200, audited.status());
        assertTrue(audited.body().contains("市国家保密局") && audited.body().contains("调取门禁记录 " + marker)
                && audited.body().contains("已组织学习"), audited.body());
        assertFalse(audited.body().contains("id=\"note\"") || audited.body().contains("id=\"close\""),
                "no forms for the auditor");
        assertTrue(auditor.get("incidents/manage.xhtml").body().contains("id=\"register\""), "the register");

        // the reporter is HR's own person (SM011): HR gave herself a reward without refusal (outside check); now
        // refused on the page with nothing stored, and the officer enters the commendation; the auditor only reads
        Map<String, String> commendation = Map.of("entry:employeeNo", "SM011", "entry:kind", "COMMENDATION",
                "entry:decidedOn_input", yesterday.toString(), "entry:reason", "及时报告疑似泄密 " + marker,
                "entry:decidedBy", "本单位保密委员会", "entry:incident", Incident.reference(id));
        PortalClient hr = browser();
        hr.login("hr", PASSWORD);
        Page ownPage = hr.submit(hr.get("incidents/conduct.xhtml"), "entry", "entry:record", commendation);
        assertTrue(ownPage.body().contains("不能在本人的档案中录入或更正奖惩记录"), ownPage.body());
        assertTrue(conduct.of("SM011").stream().noneMatch(c -> c.reason().contains(marker)), "nothing stored");
        Page conductPage = officer.submit(officer.get("incidents/conduct.xhtml"), "entry", "entry:record",
                commendation);
        assertTrue(conductPage.body().contains("及时报告疑似泄密 " + marker), "the entry is listed");
        assertTrue(conduct.of("SM011").stream().anyMatch(c -> c.reason().contains(marker)
                && c.incidentId() != null && c.incidentId() == id && "officer".equals(c.recordedBy())));
        Page read = auditor.get("incidents/conduct.xhtml");
        assertTrue(read.body().contains(marker), "the auditor reads the entries");
        assertFalse(read.body().contains("id=\"entry\""), "but has no form to enter one");
    }

    // ------------------------------------------------------------------------------------------------------------

    private String employeeName() {
        return nameOf("SM002");
    }

    private String nameOf(String employeeNo) {
        return data.inTransaction(em -> em.createNamedQuery(Employee.BY_NUMBER, Employee.class)
                .setParameter("employeeNo", employeeNo).getSingleResult().getName());
    }

    /** Posts the report form as a browser does (multipart), with or without a file; redirects are not followed. */
    private HttpResponse<String> postReport(PortalClient client, IncidentKind kind, String description,
                                            boolean anonymous, String fileName, String type, byte[] content)
            throws Exception {
        return postReport(client, kind, description, anonymous, fileName, type, content, Map.of());
    }

    /** As above, with some fields sent as given ({@code overrides}: field name → value). */
    private HttpResponse<String> postReport(PortalClient client, IncidentKind kind, String description,
                                            boolean anonymous, String fileName, String type, byte[] content,
                                            Map<String, String> overrides) throws Exception {
        Page page = client.get("incidents/report.xhtml");
        assertEquals(200, page.status());
        Matcher start = Pattern.compile("<form[^>]*\\bid=\"report\"").matcher(page.body());
        assertTrue(start.find(), "the page has the report form");
        String form = page.body().substring(start.start());
        form = form.substring(0, form.indexOf("</form>"));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? value.group(1).replace("&#58;", ":") : "");
            }
        }
        fields.put("primefaces.nonce", PortalClient.nonce(page).orElse(""));
        fields.put("report:kind", kind.name());
        fields.put("report:occurredOn_input", yesterday.toString());
        fields.put("report:place", "");
        fields.put("report:description", description);
        if (anonymous) {
            fields.put("report:anonymous_input", "on");
        }
        fields.putAll(overrides);
        fields.put("report:submit", "");
        Matcher fileInput = Pattern.compile("<input[^>]*type=\"file\"[^>]*>").matcher(form);
        assertTrue(fileInput.find(), "the form has a file input");
        Matcher fileName2 = NAME.matcher(fileInput.group());
        assertTrue(fileName2.find());
        String boundary = "----shoumi" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName2.group(1)
                + "\"; filename=\"" + (fileName == null ? "" : fileName) + "\"\r\nContent-Type: "
                + (type == null ? "application/octet-stream" : type) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        if (content != null) {
            body.write(content);
        }
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String session = client.cookie("JSESSIONID").orElseThrow();
        String ltpa = client.cookie("LtpaToken2").orElse("");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return http.send(HttpRequest.newBuilder(page.uri())
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Cookie", "JSESSIONID=" + session + (ltpa.isEmpty() ? "" : "; LtpaToken2=" + ltpa))
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

}
