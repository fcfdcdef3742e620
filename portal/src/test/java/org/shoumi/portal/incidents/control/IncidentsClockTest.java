package org.shoumi.portal.incidents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.incidents.control.ReportClock.Phase;

class IncidentsClockTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-03T02:15:00Z");
    private static final Instant DUE = ReportClock.due(RECEIVED, Duration.ofHours(24));

    @Test
    void dueIsTheConfiguredHoursAfterReceipt() {
        assertEquals(Instant.parse("2026-12-04T02:15:00Z"), DUE);
        assertEquals(Instant.parse("2026-12-03T14:15:00Z"), ReportClock.due(RECEIVED, Duration.ofHours(12)));
    }

    @Test
    void twentyThreeHoursAfterReceiptOneHourIsLeft() {
        ReportClock.State s = ReportClock.at(true, DUE, null, RECEIVED.plus(Duration.ofHours(23)));
        assertEquals(Phase.RUNNING, s.phase());
        assertEquals(Duration.ofHours(1), s.amount());
        assertEquals(1, s.hours());
        assertEquals(0, s.minutes());
    }

    @Test
    void twentyFiveHoursAfterReceiptItIsOneHourOverdue() {
        ReportClock.State s = ReportClock.at(true, DUE, null, RECEIVED.plus(Duration.ofHours(25)));
        assertEquals(Phase.OVERDUE, s.phase());
        assertEquals(Duration.ofHours(1), s.amount());
    }

    @Test
    void atTheDueMomentItIsOverdueByNothingAndAMinuteBeforeRunning() {
        assertEquals(new ReportClock.State(Phase.OVERDUE, Duration.ZERO), ReportClock.at(true, DUE, null, DUE));
        ReportClock.State before = ReportClock.at(true, DUE, null, DUE.minusSeconds(60));
        assertEquals(Phase.RUNNING, before.phase());
        assertEquals(1, before.minutes());
    }

    @Test
    void theUpwardReportStopsTheClock() {
        Instant reported = RECEIVED.plus(Duration.ofHours(2));
        assertEquals(new ReportClock.State(Phase.REPORTED, Duration.ZERO),
                ReportClock.at(true, DUE, reported, RECEIVED.plus(Duration.ofHours(25))));
        assertEquals(new ReportClock.State(Phase.REPORTED, Duration.ZERO),
                ReportClock.at(true, DUE, reported, RECEIVED.plus(Duration.ofDays(400))));
    }

    @Test
    void aLateUpwardReportSaysHowLate() {
        ReportClock.State s = ReportClock.at(true, DUE, DUE.plus(Duration.ofMinutes(90)), DUE.plus(Duration.ofDays(3)));
        assertEquals(Phase.REPORTED_LATE, s.phase());
        assertEquals(1, s.hours());
        assertEquals(30, s.minutes());
    }

    @Test
    void aKindWithoutTheDutyHasNoClock() {
        assertEquals(Phase.NOT_REQUIRED, ReportClock.at(false, DUE, null, RECEIVED.plus(Duration.ofHours(30))).phase());
        assertFalse(ReportClock.at(false, DUE, null, RECEIVED).isDeadline());
    }

    @Test
    void aVoluntaryReportHasNoDeadlineToMeetOrMiss() {
        // an outside check saw "已按时向上级报告" for a 违规行为 that needs no report, and a deadline in the workbook
        ReportClock.State early = ReportClock.at(false, DUE, RECEIVED, RECEIVED.plus(Duration.ofHours(30)));
        assertEquals(new ReportClock.State(Phase.REPORTED_VOLUNTARILY, Duration.ZERO), early);
        assertFalse(early.isDeadline());
        assertEquals(new ReportClock.State(Phase.REPORTED_VOLUNTARILY, Duration.ZERO),
                ReportClock.at(false, DUE, DUE.plus(Duration.ofDays(3)), DUE.plus(Duration.ofDays(4))), "never late");
        assertTrue(ReportClock.at(true, DUE, RECEIVED, RECEIVED).isDeadline());
    }
}
