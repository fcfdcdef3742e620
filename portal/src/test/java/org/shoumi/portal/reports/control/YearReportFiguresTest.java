package org.shoumi.portal.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.employees.entity.SecrecyClass;

/** YearFigures: rates derived from the counts, totals, immutability and the checks on the counts. */
class YearReportFiguresTest {

    @Test
    void ratesAreOneDecimalPercentagesAndNoneWhenNothingWasDue() {
        assertEquals(new BigDecimal("87.5"), YearFigures.percent(35, 40));
        assertEquals(new BigDecimal("66.7"), YearFigures.percent(2, 3));
        assertEquals(new BigDecimal("100.0"), YearFigures.percent(8, 8));
        assertEquals(new BigDecimal("0.0"), YearFigures.percent(0, 8));
        assertNull(YearFigures.percent(0, 0));
        assertNull(new YearFigures.QuizResult("Q", "无人参加", 0, 0, BigDecimal.ZERO).passRate());
    }

    @Test
    void totalsSumTheSectionsAndWeighTheAverages() {
        YearFigures.Totals t = ReportsFixtures.demoYear().totals();
        assertEquals(20, t.people());
        assertEquals(40, t.programmes());
        assertEquals(35, t.completed());
        assertEquals(4, t.overdue());
        assertEquals(new BigDecimal("87.5"), t.percent());
        assertEquals(20, t.hoursPeople());
        assertEquals(new BigDecimal("10.93"), t.averageHours(), "(16.5×3 + 13×7 + 9.25×8 + 2×2) / 20 = 10.925");
        assertEquals(new BigDecimal("90.0"), t.percentMeetingTarget());
        assertEquals(2, t.quizzes());
        assertEquals(25, t.quizTakers());
        assertEquals(22, t.quizPassed());
        assertEquals(new BigDecimal("88.0"), t.passRate());
        assertEquals(new BigDecimal("86.00"), t.averageScore(), "weighted by takers");
        assertEquals(2, t.sessions());
        assertEquals(new BigDecimal("3.5"), t.sessionHours());
        assertEquals(new BigDecimal("92.5"), t.attendance());
        assertEquals(22, t.pledgesSigned());
        assertEquals(2, t.departures());
    }

    /**
     * Found by an outside check: SM020 left the post (离岗) and then the unit (离职) in the same year; 离岗离职人数 said 6
     * where 5 people had left (the kinds' distinct counts were summed). The kinds keep their counts; the total is of
     * people, each once, and can be neither more than the kinds' sum nor less than the larger kind.
     */
    @Test
    void aPersonWhoLeftThePostAndThenTheUnitCountsOnce() {
        YearFigures f = ReportsFixtures.oneLeftThePostThenTheUnit();
        assertEquals(2, f.departures(DepartureKind.LEAVE_POST));
        assertEquals(4, f.departures(DepartureKind.LEAVE_UNIT));
        assertEquals(5, f.totals().departures(), "five people, not 2 + 4");
        assertEquals(5, f.withDepartmentNames(code -> null).totals().departures(), "kept when renamed");
        assertEquals(2, ReportsFixtures.demoYear().totals().departures(), "not given: nobody left twice");
        var b = YearFigures.builder("单位", 2026, ReportsFixtures.GENERATED, YearFigures.Scope.wholeUnit())
                .departures(DepartureKind.LEAVE_POST, 2).departures(DepartureKind.LEAVE_UNIT, 4)
                .departures(DepartureKind.TRANSFER, 3);
        assertThrows(IllegalArgumentException.class, () -> b.peopleLeft(7).build(), "more than the kinds' sum");
        assertThrows(IllegalArgumentException.class, () -> b.peopleLeft(3).build(), "fewer than the 离职 alone");
        assertEquals(4, b.peopleLeft(4).build().totals().departures(), "a hand-over is no departure");
    }

    @Test
    void oneSelfInspectionFormMayRaiseSeveralFindings() {
        YearFigures.SelfInspection s = new YearFigures.SelfInspection(1, 4, 1, 4);
        assertEquals(new BigDecimal("80.0"), s.percentClosed(), "4 of 5 findings closed, from 4 forms");
        assertThrows(IllegalArgumentException.class, () -> new YearFigures.SelfInspection(1, 4, -1, 0));
    }

    @Test
    void anEmptyReportHasZeroCountsAndNoRates() {
        YearFigures empty = ReportsFixtures.empty();
        YearFigures.Totals t = empty.totals();
        assertEquals(0, t.people());
        assertNull(t.percent());
        assertNull(t.averageHours());
        assertNull(t.passRate());
        assertNull(t.averageScore());
        assertEquals(BigDecimal.ZERO, t.sessionHours());
        assertEquals(0, empty.pledgesSigned(PledgeKind.AGREEMENT));
        assertEquals(0, empty.departures(DepartureKind.TRANSFER));
        assertTrue(empty.scope().isWholeUnit());
    }

    @Test
    void theTreeIsImmutableAndKeepsTheEnumOrder() {
        List<YearFigures.QuizResult> quizzes = new ArrayList<>();
        quizzes.add(new YearFigures.QuizResult("Q1", "考试", 1, 1, BigDecimal.TEN));
        Map<PledgeKind, Long> pledges = new EnumMap<>(PledgeKind.class);
        pledges.put(PledgeKind.EXIT, 1L);
        pledges.put(PledgeKind.ONBOARDING, 2L);
        YearFigures f = new YearFigures("单位", 2026, ReportsFixtures.GENERATED, YearFigures.Scope.wholeUnit(),
                List.of(), List.of(), List.of(), quizzes, List.of(), pledges, YearFigures.SelfInspection.NONE,
                Map.of(), YearFigures.PostExitPeriods.NONE);
        quizzes.clear();
        pledges.clear();
        assertEquals(1, f.quizzes().size(), "a copy, not the caller's list");
        assertEquals(List.of(PledgeKind.ONBOARDING, PledgeKind.EXIT), List.copyOf(f.pledgesSigned().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> f.quizzes().clear());
        assertThrows(UnsupportedOperationException.class, () -> f.pledgesSigned().put(PledgeKind.IN_POST, 1L));
    }

    @Test
    void theBuilderAddsCountsOfTheSameKind() {
        YearFigures f = YearFigures.builder("单位", 2026, ReportsFixtures.GENERATED, YearFigures.Scope.wholeUnit())
                .pledges(PledgeKind.IN_POST, 3).pledges(PledgeKind.IN_POST, 4)
                .departures(DepartureKind.LEAVE_UNIT, 1).departures(DepartureKind.LEAVE_UNIT, 1).build();
        assertEquals(7, f.pledgesSigned(PledgeKind.IN_POST));
        assertEquals(2, f.departures(DepartureKind.LEAVE_UNIT));
    }

    @Test
    void aLoweringInPostIsNoneOfThePeopleWhoLeft() {
        YearFigures f = ReportsFixtures.oneLeftTwoLoweredInPost();
        assertEquals(2, f.loweredInPost());
        assertEquals(1, f.departures(DepartureKind.LEAVE_POST));
        assertEquals(1, f.totals().departures(), "the people who left");
        assertThrows(IllegalArgumentException.class, () -> YearFigures.builder("单位", 2026, ReportsFixtures.GENERATED,
                YearFigures.Scope.wholeUnit()).loweredInPost(-1));
    }

    @Test
    void countsThatCannotBeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new YearFigures.DepartmentCoverage("D", "部门", 1, 2, 2, 1),
                "completed and overdue exceed the programmes");
        assertThrows(IllegalArgumentException.class, () -> new YearFigures.ClassCoverage(SecrecyClass.CORE, -1, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new YearFigures.QuizResult("Q", "考试", 3, 4, BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class,
                () -> new YearFigures.Hours(SecrecyClass.CORE, 2, BigDecimal.ONE, BigDecimal.ONE, 3));
        assertThrows(IllegalArgumentException.class, () -> new YearFigures.Scope("BGS", null));
        assertThrows(IllegalArgumentException.class, () -> YearFigures.builder("单位", 2026, ReportsFixtures.GENERATED,
                YearFigures.Scope.wholeUnit()).pledges(PledgeKind.EXIT, -1));
    }

    /** The English workbook and PDF named departments in Chinese (outside check): the names follow the reader. */
    @Test
    void departmentsAreRenamedForTheReadersLanguageAndNothingElseChanges() {
        YearFigures zh = ReportsFixtures.demoYear();
        YearFigures en = zh.withDepartmentNames(code -> "EN-" + code);
        assertEquals(zh.coverageByDepartment().size(), en.coverageByDepartment().size());
        for (int i = 0; i < zh.coverageByDepartment().size(); i++) {
            YearFigures.DepartmentCoverage before = zh.coverageByDepartment().get(i);
            YearFigures.DepartmentCoverage after = en.coverageByDepartment().get(i);
            assertEquals("EN-" + before.departmentCode(), after.departmentName());
            assertEquals(before.people(), after.people());
        }
        assertEquals(zh.hours(), en.hours());
        assertEquals(zh.coverageByDepartment(), zh.withDepartmentNames(code -> null).coverageByDepartment(),
                "no name known: the name kept");
    }

    /** The overall average comes from the people's hours, not from the classes' rounded averages (outside check). */
    @Test
    void theOverallAverageIsMadeFromThePeoplesHours() {
        YearFigures f = YearFigures.builder("单位", 2026, java.time.Instant.EPOCH, YearFigures.Scope.wholeUnit())
                .hours(org.shoumi.portal.employees.entity.SecrecyClass.CORE, 1, new BigDecimal("1.0"),
                        new BigDecimal("12"), 0, new BigDecimal("1.0"))
                .hours(org.shoumi.portal.employees.entity.SecrecyClass.GENERAL, 2, new BigDecimal("1.4"),
                        new BigDecimal("8"), 0, new BigDecimal("2.7"))
                .build();
        assertEquals(new BigDecimal("1.23"), f.totals().averageHours(), "3.7 / 3; from the rounded 1.4 it was 1.27");
    }
}
