package org.shoumi.portal.incidents.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.boundary.LoginNames;
import org.shoumi.portal.incidents.control.ReportClock;
import org.shoumi.portal.incidents.entity.IncidentKind;
import org.shoumi.portal.incidents.entity.IncidentStatus;
import org.shoumi.portal.incidents.entity.ReportChannel;
import org.shoumi.portal.incidents.entity.StepKind;

/** The incident register as a sheet of the records workbook: each change of state with who recorded it. */
class IncidentRecordSectionTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ResourceBundle ZH = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages",
            Locale.SIMPLIFIED_CHINESE);
    private static final LoginNames NAMES = new LoginNames(Map.of("employee", "李明", "officer", "黄海涛"));
    /** 2026-12-07 04:13 in Shanghai. */
    private static final Instant RECEIVED = Instant.parse("2026-12-06T20:13:00Z");

    private static Rows.Case leak(boolean anonymous, IncidentStatus status, Instant upward, Instant closed) {
        Instant due = RECEIVED.plus(Duration.ofHours(24));
        return new Rows.Case(42, "SJ-000042", IncidentKind.LEAK, LocalDate.of(2026, 12, 6), "机要室", "情况说明",
                anonymous, anonymous ? null : "employee", anonymous ? null : "SM002", RECEIVED, due, upward, status,
                closed, null, null, ReportClock.at(true, due, upward, RECEIVED.plus(Duration.ofHours(1))));
    }

    private static Rows.Step step(StepKind kind, int minutes, String by) {
        return new Rows.Step(minutes, kind, RECEIVED.plus(Duration.ofMinutes(minutes)), by, null, null, null, null,
                null, null, null, null, null);
    }

    @Test
    void theUpwardReportAndTheClosingSayWhoRecordedThem() {
        Instant upwardAt = RECEIVED.plus(Duration.ofMinutes(30));
        Instant closedAt = RECEIVED.plus(Duration.ofDays(2));
        Rows.Step upward = new Rows.Step(2, StepKind.REPORTED_UPWARD, RECEIVED.plus(Duration.ofMinutes(47)),
                "officer", null, upwardAt, "市国家保密局", ReportChannel.PHONE, "电话记录 001", null, null, null, null);
        List<String> row = IncidentRecordSection.row(leak(false, IncidentStatus.CLOSED, upwardAt, closedAt),
                List.of(step(StepKind.RECEIVED, 0, "employee"), upward, step(StepKind.NOTE, 60, "officer"),
                        new Rows.Step(4, StepKind.CLOSED, closedAt, "officer", null, null, null, null, null, "原因",
                                "处理", "措施", "教育")), ZH, ZONE, NAMES);
        assertEquals("2026-12-07 04:43", row.get(7), "when reported upwards");
        assertEquals("市国家保密局", row.get(8));
        assertEquals("电话", row.get(9));
        assertEquals("电话记录 001", row.get(10));
        assertEquals("黄海涛 2026-12-07 05:00", row.get(11), "recorded by whom and when");
        assertEquals("已结案", row.get(12));
        assertEquals("2026-12-09 04:13", row.get(13));
        assertEquals("黄海涛", row.get(14), "closed by");
        assertEquals("李明 / SM002", row.get(15));
    }

    @Test
    void anOpenCaseHasNoneOfThemAndAnAnonymousOneNoReporter() {
        List<String> row = IncidentRecordSection.row(leak(true, IncidentStatus.OPEN, null, null),
                List.of(step(StepKind.RECEIVED, 0, null)), ZH, ZONE, NAMES);
        assertEquals(List.of("", "", "", "", ""), row.subList(7, 12));
        assertEquals("", row.get(14));
        assertEquals("匿名", row.get(15));
        assertEquals(17, row.size());
    }

    /**
     * Outside check: HR is refused the register but the workbook HR downloads held it. The sheet is for the roles the
     * register's pages let in: secrecy officers and auditors, not HR nor administrators.
     */
    @Test
    void theRegisterSheetIsOnlyForThoseWhoMayOpenTheRegister() {
        IncidentRecordSection section = new IncidentRecordSection();
        org.junit.jupiter.api.Assertions.assertTrue(section.sheetFor("SECRECY_OFFICER"::equals));
        org.junit.jupiter.api.Assertions.assertTrue(section.sheetFor("AUDITOR"::equals));
        org.junit.jupiter.api.Assertions.assertTrue(section.sheetFor(r -> r.equals("HR") || r.equals("AUDITOR")));
        org.junit.jupiter.api.Assertions.assertFalse(section.sheetFor("HR"::equals));
        org.junit.jupiter.api.Assertions.assertFalse(section.sheetFor("ADMIN"::equals));
        org.junit.jupiter.api.Assertions.assertFalse(section.sheetFor(r -> r.equals("HR") || r.equals("ADMIN")));
    }
}
