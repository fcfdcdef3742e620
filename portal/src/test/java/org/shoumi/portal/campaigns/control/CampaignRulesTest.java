package org.shoumi.portal.campaigns.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.campaigns.control.ReminderRule.Kind;
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
        List<Integer> before = ReminderRule.days("7,1");
        assertEquals(List.of(7, 1), before);
        assertEquals(Optional.of(Kind.BEFORE_DUE), ReminderRule.today(due, due.minusDays(7), false, before, 7));
        assertEquals(Optional.empty(), ReminderRule.today(due, due.minusDays(6), false, before, 7));
        assertEquals(Optional.of(Kind.BEFORE_DUE), ReminderRule.today(due, due.minusDays(1), false, before, 7));
        assertEquals(Optional.empty(), ReminderRule.today(due, due, false, before, 7), "not on the due day itself");
        assertEquals(Optional.of(Kind.OVERDUE), ReminderRule.today(due, due.plusDays(1), false, before, 7));
        assertEquals(Optional.empty(), ReminderRule.today(due, due.plusDays(2), false, before, 7));
        assertEquals(Optional.of(Kind.OVERDUE), ReminderRule.today(due, due.plusDays(8), false, before, 7), "weekly");
        assertEquals(Optional.empty(), ReminderRule.today(due, due.minusDays(7), true, before, 7), "complete: none");
        assertEquals(Optional.empty(), ReminderRule.today(due, due.plusDays(1), true, before, 7));
        assertEquals(List.of(3), ReminderRule.days("x, 3, -1"), "nonsense in the setting is ignored");
        assertEquals(Optional.of(Kind.OVERDUE), ReminderRule.today(due, due.plusDays(2), false, before, 0),
                "an interval below one day means every day");
    }
}
