package org.shoumi.portal.programmes.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.programmes.entity.ProgrammeKind;

/**
 * Found by an outside check: a campaign whose window had not opened yet (opening on 4 January) showed 进行中 in the
 * drill-down. Until its first day an open programme shows 未开始.
 */
class PersonRowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void anOpenProgrammeStartingAfterTodayHasNotOpenedYet() {
        LocalDate opens = LocalDate.of(2027, 1, 4);
        assertTrue(PersonRow.opensLater(PeopleQuery.State.OPEN, opens, TODAY));
        assertFalse(PersonRow.opensLater(PeopleQuery.State.OPEN, TODAY, TODAY), "open on its first day");
        assertFalse(PersonRow.opensLater(PeopleQuery.State.OPEN, TODAY.minusDays(1), TODAY));
        assertFalse(PersonRow.opensLater(PeopleQuery.State.COMPLETE, opens, TODAY));
        assertFalse(PersonRow.opensLater(PeopleQuery.State.CLOSED, opens, TODAY));
    }

    @Test
    void itsStateIsShownAsNotYetOpenAndItStaysOwed() {
        PersonRow waiting = new PersonRow(1, "E1", "张三", "LAB", "第一研究室", null, ProgrammeKind.IN_POST, "NY-2027",
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 31), null, null, PeopleQuery.State.OPEN, null, true);
        assertEquals("people.state.notYetOpen", waiting.getStateKey());
        assertTrue(waiting.isOpen(), "still owed: it may be reminded and counts as in time");
        PersonRow running = new PersonRow(1, "E1", "张三", "LAB", "第一研究室", null, ProgrammeKind.IN_POST, "NY-2027",
                TODAY, LocalDate.of(2027, 1, 31), null, null, PeopleQuery.State.OPEN, null);
        assertEquals("enum.PeopleQuery.State.OPEN", running.getStateKey());
    }

    /**
     * Found by an outside check: the drill-down CSV printed exit training completed by a paper pledge as
     * "2026-02-08 00:00", where the secrecy file and the workbook print the day. An exit programme whose completion
     * is a paper pledge's day is completed on a day; any other completion has its time.
     */
    @Test
    void anExitProgrammeCompletedByAPaperPledgeIsCompletedOnADay() {
        java.time.Instant paperDay = LocalDate.of(2026, 2, 8).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
                .toInstant();
        java.util.Set<java.time.Instant> days = java.util.Set.of(paperDay);
        assertTrue(PersonRow.completedOnPaperDay(ProgrammeKind.EXIT, paperDay, days));
        assertFalse(PersonRow.completedOnPaperDay(ProgrammeKind.EXIT, paperDay.plusSeconds(3600), days),
                "signed in the portal: its time");
        assertFalse(PersonRow.completedOnPaperDay(ProgrammeKind.ONBOARDING, paperDay, days), "not an exit programme");
        assertFalse(PersonRow.completedOnPaperDay(ProgrammeKind.EXIT, null, days), "not completed");
        assertFalse(PersonRow.completedOnPaperDay(ProgrammeKind.EXIT, paperDay, java.util.Set.of()), "no paper pledge");
        PersonRow row = new PersonRow(1, "E1", "张三", "LAB", "第一研究室", null, ProgrammeKind.EXIT, null, TODAY, TODAY,
                paperDay, null, PeopleQuery.State.COMPLETE, null);
        assertFalse(row.completedOnADay(), "a row made without it has its time");
    }
}
