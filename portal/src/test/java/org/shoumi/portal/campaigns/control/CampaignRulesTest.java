package org.shoumi.portal.campaigns.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.campaigns.boundary.Reminders;
import org.shoumi.portal.campaigns.entity.ReminderSent.Kind;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

class CampaignRulesTest {

    private static final CampaignTargets.Target ALL = new CampaignTargets.Target(Set.of(), Set.of(), Set.of());

    @Test
    void aCampaignConcernsSecretRelatedPeopleInPostNarrowedByTheChoice() {
        assertTrue(CampaignTargets.includes(ALL, "HR", "STAFF", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE));
        assertFalse(CampaignTargets.includes(ALL, "HR", "STAFF", SecrecyClass.NONE, EmployeeStatus.ACTIVE),
                "not secret-related");
        assertFalse(CampaignTargets.includes(ALL, "HR", "STAFF", SecrecyClass.CORE, EmployeeStatus.ONBOARDING),
                "still being onboarded");
        assertFalse(CampaignTargets.includes(ALL, "HR", "STAFF", SecrecyClass.CORE, EmployeeStatus.LEFT_POST));
        CampaignTargets.Target narrow = new CampaignTargets.Target(Set.of("IT", "HR"), Set.of(),
                Set.of(SecrecyClass.CORE));
        assertTrue(CampaignTargets.includes(narrow, "IT", "IT_ADMIN", SecrecyClass.CORE, EmployeeStatus.ACTIVE));
        assertFalse(CampaignTargets.includes(narrow, "IT", "IT_ADMIN", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE));
        assertFalse(CampaignTargets.includes(narrow, "FINANCE", "STAFF", SecrecyClass.CORE, EmployeeStatus.ACTIVE));
        CampaignTargets.Target byPost = new CampaignTargets.Target(Set.of(), Set.of("ARCHIVIST"), Set.of());
        assertTrue(CampaignTargets.includes(byPost, "ARCHIVES", "ARCHIVIST", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE));
        assertFalse(CampaignTargets.includes(byPost, "ARCHIVES", "CLERK", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE));
    }

    @Test
    void storedListsRoundTrip() {
        assertEquals("HR,IT", CampaignTargets.join(Set.of("IT", "HR")));
        assertEquals(Set.of("HR", "IT"), CampaignTargets.split("HR, IT,"));
        assertEquals(Set.of(), CampaignTargets.split(""));
        assertEquals(Set.of(), CampaignTargets.split(null));
    }

    @Test
    void remindersGoOutOnTheConfiguredDaysBeforeAndThenWhileOverdue() {
        LocalDate due = LocalDate.of(2026, 12, 31);
        LocalDate began = due.minusDays(30);
        List<Integer> before = ReminderRule.days("7,1");
        assertEquals(List.of(7, 1), before);
        // every day of a programme whose reminders all went out on time
        LocalDate lastSent = null;
        List<String> sent = new java.util.ArrayList<>();
        for (LocalDate day = began; !day.isAfter(due.plusDays(16)); day = day.plusDays(1)) {
            Optional<Kind> owed = ReminderRule.owed(due, day, false, before, 7, began, lastSent);
            if (owed.isPresent()) {
                sent.add(day + " " + owed.get());
                lastSent = day;
            }
        }
        assertEquals(List.of("2026-12-24 BEFORE_DUE", "2026-12-30 BEFORE_DUE", "2027-01-01 OVERDUE",
                "2027-01-08 OVERDUE", "2027-01-15 OVERDUE"), sent, "7 and 1 days before, the day after, then weekly");

        assertEquals(Optional.empty(), ReminderRule.owed(due, due.minusDays(7), true, before, 7, began, null),
                "complete: none");
        assertEquals(Optional.empty(), ReminderRule.owed(due, due.plusDays(1), true, before, 7, began, null));
        assertEquals(Optional.empty(), ReminderRule.owed(due, due.minusDays(7), false, before, 7, began,
                due.minusDays(7)), "at most one a day");
        assertEquals(List.of(3), ReminderRule.days("x, 3, -1"), "nonsense in the setting is ignored");
        assertEquals(Optional.of(Kind.OVERDUE), ReminderRule.owed(due, due.plusDays(2), false, before, 0, began,
                due.plusDays(1)), "an interval below one day means every day");
    }

    @Test
    void aMissedReminderDayIsMadeUpOnceOnTheNextRun() {
        LocalDate due = LocalDate.of(2026, 12, 31);
        LocalDate began = due.minusDays(30);
        List<Integer> before = ReminderRule.days("7,1");
        // the server was down on the 24th (7 days before): the 26th makes up for it, the 27th sends nothing
        assertEquals(Optional.of(Kind.BEFORE_DUE), ReminderRule.owed(due, due.minusDays(5), false, before, 7, began, null));
        assertEquals(Optional.empty(), ReminderRule.owed(due, due.minusDays(4), false, before, 7, began,
                due.minusDays(5)));
        // down from the 29th to 2 January: one overdue reminder on the 3rd, not three
        assertEquals(Optional.of(Kind.OVERDUE), ReminderRule.owed(due, due.plusDays(3), false, before, 7, began,
                due.minusDays(7)));
        assertEquals(Optional.empty(), ReminderRule.owed(due, due.plusDays(4), false, before, 7, began,
                due.plusDays(3)), "the next one is a week after the due date's day after");
        // a programme given 3 days before its due date is not reminded of the "7 days before" it never had
        assertEquals(Optional.empty(), ReminderRule.owed(due, due.minusDays(3), false, before, 7, due.minusDays(3), null));
        assertEquals(Optional.of(Kind.BEFORE_DUE), ReminderRule.owed(due, due.minusDays(1), false, before, 7,
                due.minusDays(3), null));
    }

    @Test
    void aProgrammeOwingNoReminderSaysWhy() {
        LocalDate today = LocalDate.of(2026, 12, 20);
        assertEquals(ReminderRule.Skipped.NOT_YET, ReminderRule.skipped(false, today, null),
                "open, never reminded, no reminder day yet: not finished");
        assertEquals(ReminderRule.Skipped.NOT_YET, ReminderRule.skipped(false, today, today.minusDays(3)),
                "reminded on an earlier reminder day, the next one still ahead");
        assertEquals(ReminderRule.Skipped.REMINDED_TODAY, ReminderRule.skipped(false, today, today));
        assertEquals(ReminderRule.Skipped.FINISHED, ReminderRule.skipped(true, today, today.minusDays(3)));
    }

    /**
     * Found by an outside check: three presses of 提醒 within a minute (the mail failing each time) put three identical
     * notices on the person's bell. Within the quiet minutes of the last notice about the programme, none is added.
     */
    @Test
    void aReminderByHandRingsTheBellAgainOnlyAfterTheQuietMinutes() {
        java.time.Instant told = java.time.Instant.parse("2026-12-07T01:00:00Z");
        assertTrue(ReminderRule.tellsInPortalAgain(null, told, 60), "never told: told");
        assertFalse(ReminderRule.tellsInPortalAgain(told, told, 60), "the same moment: not again");
        assertFalse(ReminderRule.tellsInPortalAgain(told, told.plusSeconds(59 * 60 + 59), 60), "within the hour");
        assertTrue(ReminderRule.tellsInPortalAgain(told, told.plusSeconds(60 * 60), 60), "an hour later: told again");
        assertTrue(ReminderRule.tellsInPortalAgain(told, told, 0), "no quiet minutes configured: every press tells");
    }

    /** What the run's table says of a reminder sent by hand: whether the bell reached the person, or when it had. */
    @Test
    void aReminderByHandSaysWhetherTheBellReachedThePerson() {
        java.time.Instant earlier = java.time.Instant.parse("2026-12-07T01:00:00Z");
        assertEquals("people.run.manual.FAILED", line(Kind.MANUAL, Reminders.Outcome.FAILED, true, null)
                .getOutcomeKey(), "已在门户内提醒；邮件发送失败");
        assertEquals("people.run.manual.toldEarlier.FAILED", line(Kind.MANUAL, Reminders.Outcome.FAILED, false,
                earlier).getOutcomeKey());
        assertEquals("people.run.manual.toldEarlier.SENT", line(Kind.MANUAL, Reminders.Outcome.SENT, false,
                earlier).getOutcomeKey());
        assertEquals("people.run.manual.NO_ADDRESS", line(Kind.MANUAL, Reminders.Outcome.NO_ADDRESS, true, null)
                .getOutcomeKey());
        assertEquals("people.run.failedManual", line(Kind.MANUAL, Reminders.Outcome.FAILED, false, null)
                .getOutcomeKey(), "no login: only the mail was tried");
        assertEquals("people.run.manual.notInPortal.NO_ADDRESS", line(Kind.MANUAL, Reminders.Outcome.NO_ADDRESS,
                false, null).getOutcomeKey());
        assertEquals("enum.Reminders.Outcome.FAILED", line(Kind.OVERDUE, Reminders.Outcome.FAILED, true, null)
                .getOutcomeKey(), "the schedule's: tried again on the next run");
    }

    private static Reminders.Line line(Kind kind, Reminders.Outcome outcome, boolean told, java.time.Instant earlier) {
        return new Reminders.Line("SM001", "王建国", "培训", LocalDate.of(2026, 12, 15), kind,
                ReminderRule.Escalation.NONE, List.of(), outcome, told, earlier);
    }
}
