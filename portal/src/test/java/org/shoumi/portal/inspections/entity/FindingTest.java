package org.shoumi.portal.inspections.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.content.text.Texts;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;

/** A finding and a self-inspection guard their own state changes. */
class FindingTest {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    private final Department d = new Department("OFFICE", "办公室", null);
    private final Employee owner = new Employee("SM002", "李明", d, new Post("STAFF", "机关工作人员", null),
            SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, LocalDate.of(2020, 1, 1));
    private final InspectionRound round = new InspectionRound("2026年第四季度", InspectionScope.PERSONAL,
            "checklist.personal", 1, "个人保密自查表", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 21), NOW, "officer");
    private final SelfInspection inspection = new SelfInspection(round, owner, d);

    private Finding finding() {
        return new Finding(inspection, "c.1", "锁好保密柜？", "立即上锁。", "忘锁一次", owner, LocalDate.of(2026, 12, 30));
    }

    @Test
    void remediatedThenClosed() {
        Finding f = finding();
        f.remediate(" 已加装提醒 ", NOW, "employee");
        assertEquals(FindingStatus.REMEDIATED, f.getStatus());
        assertEquals("已加装提醒", f.getRemediationNote());
        assertThrows(IllegalArgumentException.class, () -> f.close(null, NOW, "officer"), "what was checked");
        assertThrows(IllegalArgumentException.class, () -> f.close(" ", NOW, "officer"), "what was checked");
        // found by an outside check: these were taken, and the history read "确认关闭：-"
        for (String says : List.of(" - ", "-", "—", "…", "无", "无。", "略", "N/A", "none", "--!?", "１", "a")) {
            assertThrows(IllegalArgumentException.class, () -> f.close(says, NOW, "officer"), says);
        }
        for (String says : List.of("已查", "查看了台账 - 已补登", "checked the log", "无遗漏，已查看保密柜")) {
            assertEquals(true, Texts.saysSomething(says), says);
        }
        assertEquals(FindingStatus.REMEDIATED, f.getStatus());
        f.close("查看了保密柜登记台账", NOW, "officer");
        assertEquals(FindingStatus.CLOSED, f.getStatus());
        assertThrows(IllegalStateException.class, () -> f.remediate("再次", NOW, "employee"));
        assertThrows(IllegalStateException.class, () -> f.close(null, NOW, "officer"));
    }

    @Test
    void aRemediationOrCloseNoteSaysSomethingNotABareApproval() {
        // found by tester zg: "-" was taken as the report of what was done, and "同意" as what was checked
        Finding f = finding();
        for (String says : List.of("-", " — ", "…", "无", "同意", "同意。", "可以", "好", "好的", "OK", "ok!", "已阅", "收到")) {
            assertThrows(IllegalArgumentException.class, () -> f.remediate(says, NOW, "employee"), says);
            assertEquals(false, Texts.saysSomething(says), says);
        }
        assertEquals(FindingStatus.OPEN, f.getStatus());
        f.remediate("已召开部门保密工作会议", NOW, "employee");
        assertEquals(FindingStatus.REMEDIATED, f.getStatus());
        for (String says : List.of("同意", "可以", "已阅", "okay")) {
            assertThrows(IllegalArgumentException.class, () -> f.close(says, NOW, "officer"), says);
        }
        assertEquals(FindingStatus.REMEDIATED, f.getStatus());
        f.close("同意，已查看会议记录", NOW, "officer");
        assertEquals(FindingStatus.CLOSED, f.getStatus());
    }

    @Test
    void reopenedFindingsGoBackToTheirOwner() {
        Finding f = finding();
        assertThrows(IllegalStateException.class, () -> f.close(null, NOW, "officer"), "not remediated yet");
        assertThrows(IllegalStateException.class, () -> f.reopen(null, NOW, "officer"), "already open");
        assertThrows(IllegalArgumentException.class, () -> f.remediate(" ", NOW, "employee"));
        f.remediate("已整改", NOW, "employee");
        // found by an outside check: sent back with "-", the owner read "退回重新整改：-"
        for (String says : List.of("-", "—", "无", "同意", "\u200B")) {
            assertThrows(IllegalArgumentException.class, () -> f.reopen(says, NOW, "officer"), says);
        }
        assertEquals(FindingStatus.REMEDIATED, f.getStatus());
        assertEquals(0, f.getReopenedCount());
        f.reopen("请提供台账照片", NOW, "officer");
        assertEquals(FindingStatus.OPEN, f.getStatus());
        assertEquals(1, f.getReopenedCount());
        assertEquals("请提供台账照片", f.getReviewNote());
        f.remediate("已补交", NOW, "employee");
        assertEquals(FindingStatus.REMEDIATED, f.getStatus());
    }

    @Test
    void aSelfInspectionIsSubmittedOnce() {
        inspection.submit(List.of(new Answer("c.1", "锁好保密柜？", true, null)), NOW, "employee");
        assertEquals(InspectionStatus.SUBMITTED, inspection.getStatus());
        assertThrows(IllegalStateException.class,
                () -> inspection.submit(List.of(new Answer("c.1", "锁好保密柜？", false, "x")), NOW, "employee"));
        assertEquals(1, inspection.getAnswers().size());
    }

    @Test
    void aRoundIsNotDueBeforeItOpens() {
        assertThrows(IllegalArgumentException.class, () -> new InspectionRound("x", InspectionScope.PERSONAL, "k", 1,
                "t", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 29), NOW, "officer"));
    }
}
