package org.shoumi.portal.incidents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.incidents.entity.IncidentKind;

class IncidentsClosureTest {

    private static final Instant REPORTED = Instant.parse("2026-12-03T04:00:00Z");
    private static final Closure.Answers ALL = new Closure.Answers("原因", "已处理", "已整改", "已教育");

    @Test
    void allFourAnsweredClosesAViolation() {
        assertEquals(List.of(), Closure.problems(IncidentKind.VIOLATION, null, ALL));
    }

    @Test
    void everyMissingAnswerIsNamed() {
        assertEquals(List.of(Refusal.CAUSE_MISSING, Refusal.RESPONSIBILITY_MISSING, Refusal.MEASURES_MISSING,
                Refusal.EDUCATION_MISSING), Closure.problems(IncidentKind.OTHER, null,
                new Closure.Answers(null, " ", "", "\n")));
        assertEquals(List.of(Refusal.MEASURES_MISSING), Closure.problems(IncidentKind.OTHER, null,
                new Closure.Answers("原因", "已处理", null, "已教育")));
        assertEquals(List.of(Refusal.EDUCATION_MISSING), Closure.problems(IncidentKind.OTHER, null,
                new Closure.Answers("原因", "已处理", "已整改", null)));
    }

    /** Left by a fixer: "-" or "无" closed a case for good, the answers kept in its history as they were. */
    @Test
    void anAnswerThatSaysNothingIsMissing() {
        assertEquals(List.of(Refusal.CAUSE_MISSING, Refusal.RESPONSIBILITY_MISSING, Refusal.MEASURES_MISSING,
                Refusal.EDUCATION_MISSING), Closure.problems(IncidentKind.OTHER, null,
                new Closure.Answers("-", "无", "无无", "同意")));
        assertEquals(List.of(), Closure.problems(IncidentKind.OTHER, null,
                new Closure.Answers("U盘遗失于会议室", "批评教育", "加强载体登记", "全处室学习")));
    }

    @Test
    void anAnswerOverTheLimitIsRefused() {
        String long1001 = "字".repeat(1001);
        assertEquals(List.of(Refusal.CAUSE_TOO_LONG), Closure.problems(IncidentKind.OTHER, null,
                new Closure.Answers(long1001, "已处理", "已整改", "已教育")));
        assertEquals(List.of(), Closure.problems(IncidentKind.OTHER, null,
                new Closure.Answers("字".repeat(1000), "已处理", "已整改", "已教育")));
    }

    @Test
    void aLostCarrierOrALeakClosesOnlyAfterTheUpwardReport() {
        assertEquals(List.of(Refusal.UPWARD_REPORT_FIRST), Closure.problems(IncidentKind.CARRIER_LOST, null, ALL));
        assertEquals(List.of(Refusal.UPWARD_REPORT_FIRST), Closure.problems(IncidentKind.LEAK, null, ALL));
        assertEquals(List.of(), Closure.problems(IncidentKind.CARRIER_LOST, REPORTED, ALL));
        assertEquals(List.of(), Closure.problems(IncidentKind.LEAK, REPORTED, ALL));
    }
}
