package org.shoumi.portal.programmes.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which closed programmes count in the completion figures: all but one whose departure was withdrawn by mistake. */
class ClosedBecauseTest {

    @Test
    void onlyAProgrammeNeverOwedIsLeftOutOfTheFigures() {
        assertFalse(ClosedBecause.counted(ClosedBecause.DEPARTURE_WITHDRAWN), "never owed");
        // found by an outside check: a hire corrected to 非涉密 lowered the rate by their closed onboarding
        assertFalse(ClosedBecause.counted(ClosedBecause.HIRE_CORRECTED), "given by a registration error");
        assertTrue(ClosedBecause.counted((ClosedBecause) null), "open, or closed before reasons were kept");
        for (ClosedBecause why : ClosedBecause.values()) {
            assertEquals(why != ClosedBecause.DEPARTURE_WITHDRAWN && why != ClosedBecause.HIRE_CORRECTED,
                    ClosedBecause.counted(why), why.name());
        }
    }

    /**
     * Found by an outside check: a move, a departure or a class change registered before a programme's window opened
     * closed it, and it counted as 已关闭未完成 in its year (next year's rates below 100 % before the year began).
     */
    @Test
    void aProgrammeClosedBeforeItsFirstDayWasNeverOwed() {
        java.time.LocalDate opens = java.time.LocalDate.of(2027, 1, 1);
        for (ClosedBecause why : ClosedBecause.values()) {
            assertFalse(ClosedBecause.counted(why, opens.minusDays(25), opens), why.name());
            assertFalse(ClosedBecause.counted(why, opens.minusDays(1), opens), why.name());
            assertEquals(ClosedBecause.counted(why), ClosedBecause.counted(why, opens, opens),
                    "closed on its first day: open for a day, counted by its reason alone: " + why);
            assertEquals(ClosedBecause.counted(why), ClosedBecause.counted(why, opens.plusDays(40), opens), why.name());
            assertEquals(ClosedBecause.counted(why), ClosedBecause.counted(why, null, opens),
                    "closed before the day was kept: by its reason alone: " + why);
        }
        assertTrue(ClosedBecause.counted(null, null, opens), "open");
    }

    @Test
    void theQueryConditionIsTheSameRule() {
        assertEquals("((a.closedBecause is null or a.closedBecause not in ("
                + "org.shoumi.portal.programmes.entity.ClosedBecause.DEPARTURE_WITHDRAWN, "
                + "org.shoumi.portal.programmes.entity.ClosedBecause.HIRE_CORRECTED)) and "
                + "(a.closedOn is null or a.closedOn >= a.startedOn) and "
                // given again later (outside check ex-s38e 2): the later one counts
                + "(a.closedAt is null or a.completedAt is not null or a.campaignCode is null or not exists "
                + "(select aLater.id from Assignment aLater where aLater.employee = a.employee and "
                + "aLater.campaignCode = a.campaignCode and aLater.id > a.id)))", ClosedBecause.counted("a"));
    }

    /**
     * Found by an outside check: a programme closed because its person moved out of the campaign's department was
     * counted in the department moved to, which never gave it.
     */
    @Test
    void aProgrammeClosedByAMoveCountsWhereThePersonWasWhenItWasClosed() {
        assertEquals("OFFICE", ClosedBecause.countedIn(ClosedBecause.NO_LONGER_CONCERNED, "OFFICE", "FINANCE"));
        assertEquals("FINANCE", ClosedBecause.countedIn(ClosedBecause.NO_LONGER_CONCERNED, null, "FINANCE"),
                "closed before the department was kept: with its person, as before");
        for (ClosedBecause why : ClosedBecause.values()) {
            assertEquals("FINANCE", ClosedBecause.countedIn(why, null, "FINANCE"), why.name());
        }
        assertEquals("FINANCE", ClosedBecause.countedIn((ClosedBecause) null, null, "FINANCE"), "open or complete: with its person");
        assertEquals("(a.closedIn = :department or (a.closedIn is null and d.code = :department))",
                ClosedBecause.countedIn("a", ":department", "d.code = :department"));
    }

    /**
     * Found by an outside check: a 离岗 that also moved the person (科研处 → 财务处 非涉密) charged the programmes its
     * approval closed, a 科研处 campaign's among them, to 财务处; a departure keeps the department left, as a move does.
     */
    @Test
    void aProgrammeClosedByADepartureCountsInTheDepartmentLeft() {
        assertEquals("RESEARCH", ClosedBecause.countedIn(ClosedBecause.LEFT, "RESEARCH", "FINANCE"));
        assertEquals("OFFICE", ClosedBecause.countedIn(ClosedBecause.DEPARTURE_APPROVED, "OFFICE", "ARCHIVES"),
                "the exit programme of a lowering with a move: in the department lowered from");
        assertEquals("FINANCE", ClosedBecause.countedIn(ClosedBecause.DEPARTURE_WITHDRAWN, "RESEARCH", "FINANCE"),
                "never owed, counted nowhere: nothing kept");
    }

    /**
     * Only a move or a departure keeps the department it closed the programme in, which is what the query form relies
     * on.
     */
    @Test
    void onlyAMoveOrADepartureKeepsTheDepartment() {
        org.shoumi.portal.employees.entity.Employee person = new org.shoumi.portal.employees.entity.Employee("SM900",
                "测试", new org.shoumi.portal.organisation.entity.Department("FINANCE", "财务处", null),
                new org.shoumi.portal.organisation.entity.Post("STAFF", "职员", null),
                org.shoumi.portal.employees.entity.SecrecyClass.GENERAL,
                org.shoumi.portal.employees.entity.EmployeeStatus.ACTIVE, java.time.LocalDate.of(2024, 3, 1));
        for (ClosedBecause why : ClosedBecause.values()) {
            Assignment a = new Assignment(person, ProgrammeKind.IN_POST, java.time.LocalDate.of(2026, 12, 1),
                    java.time.LocalDate.of(2026, 12, 31), "OFF-2026", "officer",
                    java.time.Instant.parse("2026-12-01T01:00:00Z"));
            a.close(java.time.Instant.parse("2026-12-07T11:00:00Z"), java.time.LocalDate.of(2026, 12, 7), why,
                    "OFFICE");
            assertEquals(ClosedBecause.keepsDepartment(why) ? "OFFICE" : null, a.getClosedIn(), why.name());
            assertEquals(why == ClosedBecause.NO_LONGER_CONCERNED || why == ClosedBecause.LEFT
                    || why == ClosedBecause.DEPARTURE_APPROVED, ClosedBecause.keepsDepartment(why), why.name());
            assertTrue(a.isCounted() == ClosedBecause.counted(why), why.name());
        }
    }

    /** Outside check ex-s38e 2: a programme given again later counts no more; the later one counts instead. */
    @Test
    void aProgrammeGivenAgainLaterIsNotCounted() {
        java.time.LocalDate opens = java.time.LocalDate.of(2026, 12, 8);
        assertFalse(ClosedBecause.counted(ClosedBecause.NO_LONGER_CONCERNED, opens, opens, true));
        assertTrue(ClosedBecause.counted(ClosedBecause.NO_LONGER_CONCERNED, opens, opens, false));
        assertTrue(ClosedBecause.givenAgain(true, "OFF-2026-12", true));
        assertFalse(ClosedBecause.givenAgain(true, "OFF-2026-12", false), "nothing later");
        assertFalse(ClosedBecause.givenAgain(false, "OFF-2026-12", true), "not closed unfinished");
        assertFalse(ClosedBecause.givenAgain(true, null, true), "no campaign");
    }
}
