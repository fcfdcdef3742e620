package org.shoumi.portal.campaigns.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.campaigns.control.PlanRules.Item;
import org.shoumi.portal.campaigns.control.PlanRules.Person;
import org.shoumi.portal.campaigns.control.PlanRules.Problem;
import org.shoumi.portal.campaigns.entity.Audience;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

class PlanRulesTest {

    private static final LocalDate HIRED_LONG_AGO = LocalDate.of(2019, 3, 1);

    private static Person person(SecrecyClass c, EmployeeStatus s) {
        return new Person("OFFICE", "STAFF", c, s, false, HIRED_LONG_AGO);
    }

    private static Item item(String name, Audience a, Set<String> deps, String from, String to, String hours) {
        return new Item(name, a, deps, LocalDate.parse(from), LocalDate.parse(to), new BigDecimal(hours));
    }

    @Test
    void eachClassItemConcernsOnlyThatClassInPost() {
        Person core = person(SecrecyClass.CORE, EmployeeStatus.ACTIVE);
        assertTrue(PlanRules.includes(Audience.CORE, Set.of(), core, 2027));
        assertFalse(PlanRules.includes(Audience.GENERAL, Set.of(), core, 2027));
        assertFalse(PlanRules.includes(Audience.NON_SECRET, Set.of(), core, 2027));
        assertTrue(PlanRules.includes(Audience.ALL_STAFF, Set.of(), core, 2027));
        assertFalse(PlanRules.includes(Audience.CORE, Set.of(), person(SecrecyClass.CORE, EmployeeStatus.LEFT_POST),
                2027), "someone who left the post is not trained in post");
        assertFalse(PlanRules.includes(Audience.CORE, Set.of(), person(SecrecyClass.CORE, EmployeeStatus.ONBOARDING),
                2027), "onboarding comes first");
    }

    @Test
    void nonSecretStaffAreAnAudienceOfTheirOwn() {
        Person plain = person(SecrecyClass.NONE, EmployeeStatus.ACTIVE);
        assertTrue(PlanRules.includes(Audience.NON_SECRET, Set.of(), plain, 2027));
        assertTrue(PlanRules.includes(Audience.ALL_STAFF, Set.of(), plain, 2027));
        assertFalse(PlanRules.includes(Audience.GENERAL, Set.of(), plain, 2027));
    }

    @Test
    void leadersSecrecyStaffAndDepartments() {
        Person leader = new Person("FIN", PlanRules.LEADER_POST, SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, false,
                HIRED_LONG_AGO);
        Person officer = new Person("OFFICE", "CLERK", SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, true,
                HIRED_LONG_AGO);
        assertTrue(PlanRules.includes(Audience.LEADERS, Set.of(), leader, 2027));
        assertFalse(PlanRules.includes(Audience.LEADERS, Set.of(), officer, 2027));
        assertTrue(PlanRules.includes(Audience.SECRECY_STAFF, Set.of(), officer, 2027));
        assertFalse(PlanRules.includes(Audience.SECRECY_STAFF, Set.of(), leader, 2027));
        assertFalse(PlanRules.includes(Audience.LEADERS, Set.of("OFFICE"), leader, 2027), "another department");
        assertTrue(PlanRules.includes(Audience.LEADERS, Set.of("OFFICE", "FIN"), leader, 2027));
    }

    @Test
    void newHiresAreThoseHiredInThePlanYearEvenWhileOnboarding() {
        Person hired = new Person("OFFICE", "STAFF", SecrecyClass.NONE, EmployeeStatus.ONBOARDING, false,
                LocalDate.of(2027, 5, 10));
        assertTrue(PlanRules.includes(Audience.NEW_HIRES, Set.of(), hired, 2027));
        assertFalse(PlanRules.includes(Audience.NEW_HIRES, Set.of(), hired, 2028), "hired the year before");
        Person old = person(SecrecyClass.NONE, EmployeeStatus.ACTIVE);
        assertFalse(PlanRules.includes(Audience.NEW_HIRES, Set.of(), old, 2027));
    }

    /**
     * Found by an outside check: a 非涉密 hire dated next January is in post at once and got this year's in-post item
     * (and a place in this year's report) for a year before they joined. Only next year's items concern them.
     */
    @Test
    void someoneWhoJoinsAfterThePlanYearIsInNoneOfItsItems() {
        Person joinsNextYear = new Person("FIN", "STAFF", SecrecyClass.NONE, EmployeeStatus.ACTIVE, false,
                LocalDate.of(2027, 1, 4));
        for (Audience audience : List.of(Audience.ALL_STAFF, Audience.NON_SECRET, Audience.NEW_HIRES)) {
            assertFalse(PlanRules.includes(audience, Set.of(), joinsNextYear, 2026), audience.name());
        }
        assertTrue(PlanRules.includes(Audience.NON_SECRET, Set.of(), joinsNextYear, 2027));
        assertTrue(PlanRules.includes(Audience.NEW_HIRES, Set.of(), joinsNextYear, 2027));
        Person joinedLastDay = new Person("FIN", "STAFF", SecrecyClass.NONE, EmployeeStatus.ACTIVE, false,
                LocalDate.of(2026, 12, 31));
        assertTrue(PlanRules.includes(Audience.NON_SECRET, Set.of(), joinedLastDay, 2026), "in the unit on the year's last day");
    }

    @Test
    void anItemKeepsItsWindowInsideThePlanYearAndItsHoursSensible() {
        assertEquals(List.of(), PlanRules.check(item("a", Audience.CORE, Set.of(), "2027-01-01", "2027-12-31", "12"),
                2027));
        assertEquals(List.of(Problem.WINDOW), PlanRules.check(item("a", Audience.CORE, Set.of(), "2027-05-01",
                "2027-04-30", "12"), 2027));
        assertEquals(List.of(Problem.OUTSIDE_YEAR), PlanRules.check(item("a", Audience.CORE, Set.of(), "2026-12-01",
                "2027-01-31", "12"), 2027));
        assertEquals(List.of(Problem.HOURS), PlanRules.check(item("a", Audience.CORE, Set.of(), "2027-01-01",
                "2027-02-01", "-1"), 2027));
        assertEquals(List.of(Problem.HOURS), PlanRules.check(item("a", Audience.CORE, Set.of(), "2027-01-01",
                "2027-02-01", "2.25"), 2027));
        assertEquals(List.of(Problem.HOURS), PlanRules.check(item("a", Audience.CORE, Set.of(), "2027-01-01",
                "2027-02-01", "201"), 2027));
        assertTrue(PlanRules.hoursValid(new BigDecimal("0")));
        assertTrue(PlanRules.hoursValid(new BigDecimal("7.50")));
    }

    @Test
    void twoItemsForTheSamePeopleMayNotOverlapInTime() {
        Item first = item("上半年", Audience.CORE, Set.of(), "2027-01-01", "2027-06-30", "6");
        Item second = item("下半年", Audience.CORE, Set.of(), "2027-06-30", "2027-12-31", "6");
        Item later = item("下半年", Audience.CORE, Set.of(), "2027-07-01", "2027-12-31", "6");
        Item otherClass = item("一般", Audience.GENERAL, Set.of(), "2027-01-01", "2027-12-31", "6");
        Item oneDept = item("财务", Audience.CORE, Set.of("FIN"), "2027-03-01", "2027-03-31", "2");
        Item otherDept = item("办公室", Audience.CORE, Set.of("OFFICE"), "2027-03-01", "2027-03-31", "2");
        assertEquals("上半年", PlanRules.overlapping(second, List.of(first)).orElseThrow().name(),
                "sharing one day is an overlap");
        assertTrue(PlanRules.overlapping(later, List.of(first)).isEmpty());
        assertTrue(PlanRules.overlapping(otherClass, List.of(first)).isEmpty());
        assertTrue(PlanRules.overlapping(oneDept, List.of(first)).isPresent(), "all departments include FIN");
        assertTrue(PlanRules.overlapping(otherDept, List.of(oneDept)).isEmpty());
        assertTrue(PlanRules.overlapping(first, List.of(first)).isEmpty(), "an item does not overlap itself");
    }

    @Test
    void aCopyKeepsTheDatesOneYearLater() {
        assertEquals(LocalDate.of(2027, 3, 31), PlanRules.nextYear(LocalDate.of(2026, 3, 31)));
        assertEquals(LocalDate.of(2029, 2, 28), PlanRules.nextYear(LocalDate.of(2028, 2, 29)));
    }

    @Test
    void aMidYearJoinerGetsTheItemsDueDateButNeverLessThanTheMinimum() {
        LocalDate due = LocalDate.of(2027, 6, 30);
        assertEquals(due, PlanRules.dueForJoiner(due, LocalDate.of(2027, 3, 1), 30));
        assertEquals(LocalDate.of(2027, 7, 20), PlanRules.dueForJoiner(due, LocalDate.of(2027, 6, 20), 30));
        assertTrue(PlanRules.stillOpen(due, due));
        assertFalse(PlanRules.stillOpen(due, due.plusDays(1)));
    }

    /** Found by an outside check: a department's supplementary plan, made last, was copied instead of the unit's plan. */
    @org.junit.jupiter.api.Test
    void theCopyTakesLastYearsStartedPlanWithTheMostItems() {
        var unitPlan = new PlanRules.CopyCandidate(1, true, 6);
        var supplementary = new PlanRules.CopyCandidate(2, true, 1);
        var draft = new PlanRules.CopyCandidate(3, false, 9);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of(unitPlan),
                PlanRules.toCopy(java.util.List.of(unitPlan, supplementary, draft)));
        var twin = new PlanRules.CopyCandidate(4, false, 1);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of(twin),
                PlanRules.toCopy(java.util.List.of(new PlanRules.CopyCandidate(3, false, 1), twin)), "the newest of a tie");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.empty(), PlanRules.toCopy(java.util.List.of()));
    }

    /** Found by an outside check: a copied plan kept last year's exam, so last year's attempts counted this year. */
    @Test
    void aCopiedItemTakesTheExamOfTheNewYear() {
        assertEquals(java.util.Optional.of("ANNUAL-2027"), PlanRules.codeForYear("ANNUAL-2026", 2027));
        assertEquals(java.util.Optional.of("Q-2027-B"), PlanRules.codeForYear("Q-2026-B", 2027));
        assertEquals(java.util.Optional.empty(), PlanRules.codeForYear("ANNUAL-2025", 2027), "another year: kept");
        assertEquals(java.util.Optional.empty(), PlanRules.codeForYear(null, 2027));
        assertEquals("2027年度保密知识考试", PlanRules.titleForYear("2026年度保密知识考试", 2027));
        // found by an outside check: "2027 保密基础知识测试" beside "2027年度保密知识考试"
        assertEquals("2027年度保密基础知识测试", PlanRules.titleForYear("保密基础知识测试", 2027));
        assertEquals("2027 Basics", PlanRules.titleForYear("Basics", 2027), "Latin letters: the year and a space");
        assertTrue(PlanRules.examOfAnotherYear("ANNUAL-2026", 2027));
        assertFalse(PlanRules.examOfAnotherYear("ANNUAL-2027", 2027));
        assertFalse(PlanRules.examOfAnotherYear("T0", 2027));
        assertFalse(PlanRules.examOfAnotherYear(null, 2027));
    }

    /**
     * Found by an outside check: the 2027 copy kept BASIC (3 attempts, counted over every year), so SM033, who
     * failed it twice and passed it once for 2026, had no attempt left for 2027. An exam named by no year gets one
     * of the new year, as ANNUAL-2026 gets ANNUAL-2027; and that one's copy a year later is named by its year.
     */
    @Test
    void anExamNamedByNoYearGetsOneOfTheNewYear() {
        assertEquals(java.util.Optional.of("BASIC-2027"), PlanRules.codeForYear("BASIC", 2027));
        assertEquals(java.util.Optional.of("T0-2027"), PlanRules.codeForYear("T0", 2027));
        assertEquals(java.util.Optional.of("PLAN-1X2026Y-2027"), PlanRules.codeForYear("PLAN-1X2026Y", 2027),
                "digits inside a generated code are no year");
        assertTrue(PlanRules.yearOfCode("BASIC-2027").isPresent());
        assertEquals(java.util.Optional.of("BASIC-2028"), PlanRules.codeForYear("BASIC-2027", 2028));
        String longest = "A".repeat(PlanRules.QUIZ_CODE_LENGTH);
        assertEquals(java.util.Optional.of("A".repeat(PlanRules.QUIZ_CODE_LENGTH - 5) + "-2027"),
                PlanRules.codeForYear(longest, 2027), "still a code the quiz form takes");
        assertEquals(java.util.Optional.of("A".repeat(PlanRules.QUIZ_CODE_LENGTH - 6) + "-2027"),
                PlanRules.codeForYear("A".repeat(PlanRules.QUIZ_CODE_LENGTH - 6) + "-B-C", 2027),
                "no dash doubled where the code is cut");
        assertFalse(PlanRules.examOfAnotherYear("BASIC-2027", 2027));
    }

    /**
     * The same when a plan is drawn up by hand: an exam named by no year, of limited attempts, that a started plan of
     * another year asks for is another year's exam; one of unlimited attempts, or asked for by no other year, is not.
     */
    @Test
    void anExamOfLimitedAttemptsAskedForByAnotherYearsPlanIsThatYearsExam() {
        assertTrue(PlanRules.examOfAnotherYear("BASIC", 2027, 3, List.of(2026)));
        assertTrue(PlanRules.examOfAnotherYear("BASIC", 2027, 3, List.of(2027, 2026)));
        assertFalse(PlanRules.examOfAnotherYear("BASIC", 2027, 3, List.of(2027)), "this year's plans only");
        assertFalse(PlanRules.examOfAnotherYear("BASIC", 2027, 3, List.of()));
        assertFalse(PlanRules.examOfAnotherYear("PRACTICE", 2027, 0, List.of(2026)), "unlimited attempts");
        assertTrue(PlanRules.examOfAnotherYear("ANNUAL-2026", 2027, 0, List.of()), "named by another year");
        assertFalse(PlanRules.examOfAnotherYear(null, 2027, 3, List.of(2026)));
    }

    /**
     * Found by an outside check: a plan for 2025 was started on 2026-12-07; its people got start 2026-12-07 and due
     * 2026-12-08 for a window of March 2025, counted in 2026. A year that has ended takes no plan.
     */
    @Test
    void aYearThatHasEndedTakesNoPlan() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertTrue(PlanRules.yearEnded(2025, today));
        assertFalse(PlanRules.yearEnded(2026, today));
        assertFalse(PlanRules.yearEnded(2027, today));
        assertFalse(PlanRules.yearEnded(2026, LocalDate.of(2026, 12, 31)));
        assertTrue(PlanRules.yearEnded(2026, LocalDate.of(2027, 1, 1)));
    }

    /**
     * Found by an outside check: an item of 2026-03-01 – 2026-03-31 started on 2026-12-06 gave its people due
     * 2026-12-07. An item whose window ended before today is not started; one due today still is.
     */
    @Test
    void anItemWhoseWindowEndedBeforeTodayIsNotStarted() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertTrue(PlanRules.windowEnded(LocalDate.of(2026, 3, 31), today));
        assertTrue(PlanRules.windowEnded(LocalDate.of(2026, 12, 5), today));
        assertFalse(PlanRules.windowEnded(LocalDate.of(2026, 12, 6), today), "due today: still open");
        assertFalse(PlanRules.windowEnded(LocalDate.of(2026, 12, 31), today));
        assertFalse(PlanRules.windowEnded(null, today), "no window is the WINDOW problem, not this one");
    }

    /** Found by an outside check: copying last year's plan twice made a second identical draft for 2027. */
    @Test
    void aPlanCopiedIntoTheYearAlreadyIsFound() {
        var unitCopy = new PlanRules.PlanOfYear(5, "2027年度保密教育计划", 2L);
        var own = new PlanRules.PlanOfYear(6, "2027年度补充计划", null);
        var otherCopy = new PlanRules.PlanOfYear(7, "2027年度财务处计划", 3L);
        assertEquals(java.util.Optional.of(unitCopy), PlanRules.earlierCopy(List.of(own, otherCopy, unitCopy), 2));
        assertEquals(java.util.Optional.empty(), PlanRules.earlierCopy(List.of(own, otherCopy), 2),
                "a plan of its own or a copy of another plan is no earlier copy");
        assertEquals(java.util.Optional.empty(), PlanRules.earlierCopy(List.of(), 2));
    }

    /**
     * Outside check ex-s38e 2: SM004 was moved to 财务处 and straight back to 办公室; his 办公室 campaign programme stayed
     * closed and was never given again. One whose programme a move closed gets it back on the same window while its due
     * day has not passed, from a campaign launched by hand too; someone never given it only from a plan item.
     */
    @Test
    void aPersonMovedBackIntoACampaignsAudienceIsGivenItAgainOnItsWindow() {
        LocalDate opens = LocalDate.of(2026, 12, 8);
        LocalDate due = LocalDate.of(2026, 12, 30);
        LocalDate today = LocalDate.of(2026, 12, 8);
        List<PlanRules.Had> closed = List.of(new PlanRules.Had(opens, due, false, false));
        assertEquals(java.util.Optional.of(new PlanRules.Window(opens, due)),
                PlanRules.toGive(false, opens, due, closed, today, 30), "launched by hand: given back, same window");
        assertEquals(java.util.Optional.of(new PlanRules.Window(opens, due)),
                PlanRules.toGive(true, opens, due, closed, today, 30), "a plan item: given back, same window");
        assertEquals(java.util.Optional.empty(), PlanRules.toGive(false, opens, due, closed, due.plusDays(1), 30),
                "its due day passed: not given back");
        assertEquals(java.util.Optional.of(new PlanRules.Window(opens, due)),
                PlanRules.toGive(false, opens, due, closed, due, 30), "on its due day still");
        // the newest closed one gives the window
        assertEquals(java.util.Optional.of(new PlanRules.Window(opens, due.plusDays(20))), PlanRules.toGive(true,
                opens, due, List.of(new PlanRules.Had(opens, due, false, false),
                        new PlanRules.Had(today, due.plusDays(20), false, false)), due.plusDays(5), 30));
        // one open or completed: nothing
        assertEquals(java.util.Optional.empty(), PlanRules.toGive(true, opens, due,
                List.of(new PlanRules.Had(opens, due, false, false), new PlanRules.Had(opens, due, true, false)),
                today, 30));
        assertEquals(java.util.Optional.empty(), PlanRules.toGive(false, opens, due,
                List.of(new PlanRules.Had(opens, due, false, true)), today, 30), "done already");
        // never given: a campaign launched by hand asked the people of its launch; a plan item is given to joiners
        assertEquals(java.util.Optional.empty(), PlanRules.toGive(false, opens, due, List.of(), today, 30));
        assertEquals(java.util.Optional.of(new PlanRules.Window(today, today.plusDays(30))),
                PlanRules.toGive(true, opens, due, List.of(), today, 30));
        assertEquals(java.util.Optional.empty(), PlanRules.toGive(true, opens, due, List.of(), due.plusDays(1), 30),
                "the item's window closed");
    }
}
