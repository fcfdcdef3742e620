package org.shoumi.portal.hours.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.hours.boundary.Tally;

class HoursRulesTest {

    private static BigDecimal h(String v) {
        return new BigDecimal(v);
    }

    @Test
    void readingCountsEachReadingUpToTheCapAndRoundsDownToATenth() {
        long cap = 30 * 60;
        long counted = HoursRules.capped(5 * 3600, cap) + HoursRules.capped(20 * 60, cap) + HoursRules.capped(-5, cap);
        assertEquals(50 * 60, counted, "a page left open all day counts 30 minutes");
        assertEquals(h("0.8"), HoursRules.readingHours(counted), "50 minutes are 0.83 hours, shown as 0.8");
        assertEquals(h("0.0"), HoursRules.readingHours(359));
        assertEquals(h("0.1"), HoursRules.readingHours(360));
        assertThrows(IllegalArgumentException.class, () -> HoursRules.readingHours(-1));
    }

    /** Found by an outside check: eleven tabs read at once for seven minutes made 1.2 学时. */
    @Test
    void pagesOpenAtTheSameTimeCountOnce() {
        java.time.Instant t = java.time.Instant.parse("2026-12-06T02:35:00Z");
        java.util.List<HoursRules.Reading> elevenTabs = java.util.stream.IntStream.range(0, 11)
                .mapToObj(i -> new HoursRules.Reading(t.plusSeconds(i), 402)).toList();
        assertEquals(412, HoursRules.readingSeconds(elevenTabs, 1800), "402 s of reading and the 10 s of clicking");
        assertEquals(600, HoursRules.readingSeconds(java.util.List.of(new HoursRules.Reading(t, 300),
                new HoursRules.Reading(t.plusSeconds(300), 300)), 1800), "one after the other: both");
        assertEquals(1800, HoursRules.readingSeconds(java.util.List.of(new HoursRules.Reading(t, 9000)), 1800),
                "each reading at most the cap");
        assertEquals(0, HoursRules.readingSeconds(java.util.List.of(), 1800));
    }

    @Test
    void eachExamPassedCountsTheConfiguredHours() {
        assertEquals(h("3.0"), HoursRules.quizHours(2, h("1.5")));
        assertEquals(h("0.0"), HoursRules.quizHours(0, h("1")));
    }

    @Test
    void thePlanTargetWinsOverTheClassTarget() {
        Map<SecrecyClass, BigDecimal> byClass = HoursRules.targets("12", "10", "8", "4");
        assertEquals(h("12.0"), HoursRules.target(SecrecyClass.CORE, byClass, null));
        assertEquals(h("4.0"), HoursRules.target(SecrecyClass.NONE, byClass, null));
        assertEquals(h("16.0"), HoursRules.target(SecrecyClass.GENERAL, byClass, h("16")));
        assertEquals(h("8.0"), HoursRules.target(SecrecyClass.GENERAL, byClass, h("0")),
                "a plan that sets no hours for the person leaves the class's target");
        assertTrue(byClass.get(SecrecyClass.CORE).compareTo(byClass.get(SecrecyClass.GENERAL)) > 0,
                "核心 asks more than 一般");
        assertThrows(IllegalArgumentException.class, () -> HoursRules.targets("-1", "1", "1", "1"));
    }

    @Test
    void theTallyAddsUpAndSaysWhetherTheTargetIsMet() {
        Tally t = new Tally(h("2.5"), h("1.0"), h("3.0"), h("8.0"));
        assertEquals(h("6.5"), t.total());
        assertFalse(t.met());
        assertEquals(81, t.getPercent());
        Tally done = new Tally(h("5.0"), h("2.0"), h("3.0"), h("8.0"));
        assertTrue(done.met());
        assertEquals(100, done.getPercent(), "never above 100");
        assertEquals(100, new Tally(h("0"), h("0"), h("0"), h("0")).getPercent());
    }

    /** A report's line of a class shows the target most of its people have, not the highest (outside check). */
    @Test
    void theUsualTargetIsTheOneMostPeopleHave() {
        assertEquals(h("4.0"), HoursRules.usualTarget(java.util.List.of(h("4"), h("4.0"), h("20"))));
        assertEquals(h("4.0"), HoursRules.usualTarget(java.util.List.of(h("4"), h("20"))), "a tie: the lower");
        assertEquals(null, HoursRules.usualTarget(java.util.List.of()));
    }

    /** Found by an outside check: a 离职 person's home page still showed "本年度学时 2 / 12". */
    @Test
    void onlyPeopleInPostOrOnboardingHaveAYearlyTarget() {
        assertTrue(HoursRules.hasTarget(org.shoumi.portal.employees.entity.EmployeeStatus.ACTIVE));
        assertTrue(HoursRules.hasTarget(org.shoumi.portal.employees.entity.EmployeeStatus.ONBOARDING));
        assertFalse(HoursRules.hasTarget(org.shoumi.portal.employees.entity.EmployeeStatus.LEFT_POST));
        assertFalse(HoursRules.hasTarget(org.shoumi.portal.employees.entity.EmployeeStatus.LEFT_UNIT));
    }
}
