package org.shoumi.portal.incidents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.incidents.entity.Incident;
import org.shoumi.portal.incidents.entity.IncidentKind;
import org.shoumi.portal.incidents.entity.IncidentStep;

class IncidentsIntakeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Instant NOW = Instant.parse("2026-12-03T02:15:42.123Z");
    private static final long MAX = 5 * 1024 * 1024;

    private static Submission submission(boolean anonymous, String description, byte[] file) {
        return new Submission(IncidentKind.CARRIER_LOST, TODAY, "三楼机要室", description, anonymous, file);
    }

    @Test
    void anAnonymousReportNamesNobodyWhateverIsPassed() {
        Incident i = Intake.incident(submission(true, "U盘遗失", null), "employee", "SM002", NOW, Duration.ofHours(24));
        assertTrue(i.isAnonymous());
        assertNull(i.getReporterLogin());
        assertNull(i.getReporterNo());
        IncidentStep received = IncidentStep.received(i, null);
        assertNull(received.getSteppedBy());
    }

    @Test
    void aNamedReportKeepsItsReporter() {
        Incident i = Intake.incident(submission(false, "U盘遗失", null), "employee", "SM002", NOW, Duration.ofHours(24));
        assertFalse(i.isAnonymous());
        assertEquals("employee", i.getReporterLogin());
        assertEquals("SM002", i.getReporterNo());
    }

    @Test
    void theReceiptIsKeptToTheMinuteAndTheReportIsDueTheConfiguredHoursLater() {
        Incident i = Intake.incident(submission(true, "U盘遗失", null), null, null, NOW, Duration.ofHours(24));
        assertEquals(Instant.parse("2026-12-03T02:15:00Z"), i.getReceivedAt());
        assertEquals(Instant.parse("2026-12-04T02:15:00Z"), i.getReportDue());
    }

    @Test
    void aCarrierLostReportedAsAMatterIsANamedCaseWhoseClockRunsFromTheMattersReport() {
        // outside check: a lost carrier reported as a 重大事项 started no case and no 24-hour clock
        Incident i = Intake.carrierLoss("liaison", "SM003", TODAY, " 丢失机密级U盘（BM-017） ", NOW,
                Duration.ofHours(24));
        assertEquals(IncidentKind.CARRIER_LOST, i.getKind());
        assertFalse(i.isAnonymous());
        assertEquals("liaison", i.getReporterLogin());
        assertEquals("SM003", i.getReporterNo());
        assertEquals("丢失机密级U盘（BM-017）", i.getDescription());
        assertEquals(Instant.parse("2026-12-03T02:15:00Z"), i.getReceivedAt());
        assertEquals(Instant.parse("2026-12-04T02:15:00Z"), i.getReportDue());
        assertTrue(i.getKind().requiresUpwardReport());
    }

    @Test
    void anAcceptableSubmissionHasNoProblems() {
        assertEquals(List.of(), Intake.problems(submission(true, "字".repeat(2000), IncidentsAttachmentTest.PNG), TODAY, MAX));
    }

    @Test
    void aTextTooLongGivesTheLimitAndItsLength() {
        Submission plain = submission(false, " " + "字".repeat(2308) + " ", null);
        assertEquals(java.util.Map.of(Refusal.DESCRIPTION_TOO_LONG, List.of(2000, 2308, 2308)), Intake.lengths(plain));
        assertFalse(Intake.countedWide(Intake.lengths(plain).get(Refusal.DESCRIPTION_TOO_LONG)));
        Submission emoji = new Submission(IncidentKind.LEAK, TODAY, "\uD83D\uDE00".repeat(60), "\uD83D\uDE00".repeat(1100),
                false, null);
        assertEquals(java.util.Map.of(Refusal.PLACE_TOO_LONG, List.of(100, 60, 120), Refusal.DESCRIPTION_TOO_LONG,
                List.of(2000, 1100, 2200)), Intake.lengths(emoji));
        assertTrue(Intake.countedWide(Intake.lengths(emoji).get(Refusal.PLACE_TOO_LONG)));
        assertEquals(java.util.Map.of(), Intake.lengths(submission(false, "字".repeat(2000), null)), "at the limit");
    }

    @Test
    void eachBadFieldIsNamed() {
        assertEquals(List.of(Refusal.DESCRIPTION_TOO_LONG),
                Intake.problems(submission(false, "字".repeat(2001), null), TODAY, MAX));
        assertEquals(List.of(Refusal.DESCRIPTION_MISSING), Intake.problems(submission(false, "  ", null), TODAY, MAX));
        // outside check ex-s37e 1: a description that says nothing ("-", "无无") is the case's account for good
        assertEquals(List.of(Refusal.DESCRIPTION_MISSING), Intake.problems(submission(false, "-", null), TODAY, MAX));
        assertEquals(List.of(Refusal.DESCRIPTION_MISSING), Intake.problems(submission(false, "无无", null), TODAY, MAX));
        assertEquals(List.of(), Intake.problems(submission(false, "丢失U盘", null), TODAY, MAX));
        assertEquals(List.of(Refusal.KIND_MISSING, Refusal.OCCURRED_IN_FUTURE, Refusal.PLACE_TOO_LONG),
                Intake.problems(new Submission(null, TODAY.plusDays(1), "地".repeat(101), "说明", true, null), TODAY,
                        MAX));
        // found by an outside check: 1900-01-01 was filed
        assertEquals(List.of(Refusal.OCCURRED_TOO_LONG_AGO), Intake.problems(new Submission(IncidentKind.LEAK,
                LocalDate.of(1900, 1, 1), null, "说明", true, null), TODAY, MAX));
        assertEquals(List.of(), Intake.problems(new Submission(IncidentKind.LEAK, TODAY.minusYears(10), null, "说明",
                true, null), TODAY, MAX), "ten years back is still taken");
        assertEquals(List.of(Refusal.OCCURRED_MISSING),
                Intake.problems(new Submission(IncidentKind.LEAK, null, null, "说明", true, null), TODAY, MAX));
    }

    @Test
    void anAttachmentTooLargeOrOfTheWrongTypeIsRefused() {
        byte[] big = new byte[11];
        System.arraycopy(IncidentsAttachmentTest.PNG, 0, big, 0, 8);
        assertEquals(List.of(Refusal.ATTACHMENT_TOO_LARGE), Intake.problems(submission(true, "说明", big), TODAY, 10));
        assertEquals(List.of(Refusal.ATTACHMENT_TYPE),
                Intake.problems(submission(true, "说明", "MZ exe".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                        TODAY, MAX));
    }
}
