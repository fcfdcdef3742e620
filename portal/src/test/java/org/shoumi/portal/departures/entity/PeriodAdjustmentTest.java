package org.shoumi.portal.departures.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;

/**
 * An early end (提前结束) rests on an approval document like a length set anew, and leaves a period: it ends after
 * the period's first day (an early end to the first day, with no document, let a person escape the period).
 */
class PeriodAdjustmentTest {

    private static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 12, 6);

    private PostExitPeriod period() {
        Employee e = new Employee("SM2", "李明", new Department("OFFICE", "办公室", "Office"),
                new Post("STAFF", "工作人员", "Staff"), SecrecyClass.GENERAL, EmployeeStatus.ACTIVE,
                LocalDate.of(2020, 1, 1));
        Departure d = new Departure(e, DepartureKind.LEAVE_UNIT, START, null, NOW, "hr");
        return new PostExitPeriod(d, SecrecyClass.GENERAL, START, START.plusYears(1));
    }

    @Test
    void anEarlyEndNeedsTheApprovalDocumentsReference() {
        PostExitPeriod p = period();
        assertThrows(IllegalArgumentException.class, () -> PeriodAdjustment.apply(p, PeriodAdjustment.Kind.END_EARLY,
                START.plusMonths(6), "测试", "保密委员会", null, "hr", NOW));
        assertThrows(IllegalArgumentException.class, () -> PeriodAdjustment.apply(p, PeriodAdjustment.Kind.END_EARLY,
                START.plusMonths(6), "测试", "保密委员会", " ", "hr", NOW));
        assertEquals(START.plusYears(1), p.getCurrentEnd(), "nothing moved");
        PeriodAdjustment.apply(p, PeriodAdjustment.Kind.END_EARLY, START.plusMonths(6), "测试", "保密委员会",
                "保〔2026〕7号", "hr", NOW);
        assertEquals(START.plusMonths(6), p.getCurrentEnd());
    }

    @Test
    void anEarlyEndOnTheFirstDayLeavesNoPeriodAndIsRefused() {
        PostExitPeriod p = period();
        assertThrows(IllegalArgumentException.class, () -> PeriodAdjustment.apply(p, PeriodAdjustment.Kind.END_EARLY,
                START, "测试", "保密委员会", "保〔2026〕7号", "hr", NOW));
        PeriodAdjustment.apply(p, PeriodAdjustment.Kind.END_EARLY, START.plusDays(1), "测试", "保密委员会",
                "保〔2026〕7号", "hr", NOW);
        assertEquals(START.plusDays(1), p.getCurrentEnd(), "the day after the start is the earliest end");
    }

    @Test
    void anExtensionNeedsNoDocument() {
        PostExitPeriod p = period();
        PeriodAdjustment.apply(p, PeriodAdjustment.Kind.EXTEND, START.plusYears(2), "延长", "王主任", null, "hr", NOW);
        assertEquals(START.plusYears(2), p.getCurrentEnd());
        assertEquals(false, PeriodAdjustment.Kind.EXTEND.needsDocument());
        assertEquals(true, PeriodAdjustment.Kind.SET_LENGTH.needsDocument());
        assertEquals(true, PeriodAdjustment.Kind.END_EARLY.needsDocument());
    }
}
