package org.shoumi.portal.departures.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;

class DepartureCarriersTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private final Department office = new Department("OFFICE", "办公室", "Office");
    private final Post staff = new Post("STAFF", "工作人员", "Staff");
    private final Post clerk = new Post("CLERK", "文员", "Clerk");

    private Departure departure(SecrecyClass secrecyClass) {
        Employee e = new Employee("SM1", "张三", office, staff, secrecyClass, EmployeeStatus.ACTIVE, LocalDate.of(2020, 1, 1));
        return new Departure(e, DepartureKind.LEAVE_POST, LocalDate.of(2026, 12, 31), null, NOW, "hr");
    }

    @Test
    void anEmptyListIsNotSettledUntilHrDeclaresThatNoneIsHeld() {
        Departure d = departure(SecrecyClass.GENERAL);
        assertFalse(d.carriersSettled());
        d.declareNoCarriers(NOW, "hr");
        assertTrue(d.carriersSettled());
        d.addCarrier(CarrierKind.USB_DRIVE, "U盘 1");
        assertFalse(d.isNoCarriersDeclared(), "a line added later withdraws the declaration");
        assertThrows(IllegalStateException.class, () -> d.declareNoCarriers(NOW, "hr"));
    }

    @Test
    void theSameCarrierTwiceIsRefusedIgnoringCaseAndSpacing() {
        Departure d = departure(SecrecyClass.GENERAL);
        d.addCarrier(CarrierKind.USB_DRIVE, "U盘  SN-001");
        assertThrows(DuplicateCarrierException.class, () -> d.addCarrier(CarrierKind.USB_DRIVE, " u盘 sn-001 "));
        d.addCarrier(CarrierKind.DOCUMENT, "U盘 SN-001");
        assertEquals(2, d.activeCarriers().size());
    }

    /**
     * Found by an outside check: "涉密U盘BM-U-1", "涉密U盘　BM-U-1" (ideographic space), "涉密Ｕ盘 BM-U-1" and "涉密Ｕ盘　bm-u-1"
     * (full-width letters) were each taken beside "涉密U盘 BM-U-1": one drive, five lines. Spaces of every kind are
     * ignored and full-width forms read as half-width (Texts.halfWidth, as for staff numbers and names).
     */
    @Test
    void theSameCarrierIsRefusedWhateverItsSpacesAndWidths() {
        Departure d = departure(SecrecyClass.GENERAL);
        d.addCarrier(CarrierKind.USB_DRIVE, "涉密U盘 BM-U-1");
        for (String again : new String[] {"涉密U盘 bm-u-1", "涉密U盘BM-U-1", "涉密U盘\u3000BM-U-1", "涉密\uFF35盘 BM-U-1",
                "涉密\uFF35盘\u3000ｂｍ－ｕ－１", "涉密U盘\u00A0BM-U-1", " 涉密 U 盘 BM - U - 1 ", "涉密U盘\u200BBM-U-1"}) {
            assertThrows(DuplicateCarrierException.class, () -> d.addCarrier(CarrierKind.USB_DRIVE, again), again);
        }
        assertEquals(1, d.activeCarriers().size());
        d.addCarrier(CarrierKind.USB_DRIVE, "涉密U盘 BM-U-2");
        d.addCarrier(CarrierKind.HARD_DISK, "涉密Ｕ盘 BM-U-1");
        assertEquals(3, d.activeCarriers().size(), "another number, or another kind, is another carrier");
        assertEquals("涉密Ｕ盘 BM-U-1", d.activeCarriers().get(2).getDescription(), "kept as typed");
    }

    @Test
    void aWithdrawnLineStaysButNoLongerCounts() {
        Departure d = departure(SecrecyClass.GENERAL);
        CarrierReturn wrong = d.addCarrier(CarrierKind.LAPTOP, "错登的笔记本");
        CarrierCorrection c = CarrierCorrection.withdraw(wrong, NOW, "hr", "误登");
        assertTrue(c.isWithdrawal());
        assertEquals(1, d.getCarriers().size());
        assertEquals(0, d.activeCarriers().size());
        assertFalse(d.carriersSettled(), "nothing listed any more, nothing declared");
        assertThrows(IllegalStateException.class, () -> CarrierCorrection.withdraw(wrong, NOW, "hr", "again"));
    }

    @Test
    void aCorrectionKeepsWhatTheLineSaidBefore() {
        Departure d = departure(SecrecyClass.GENERAL);
        CarrierReturn line = d.addCarrier(CarrierKind.DOCUMENT, "会议纪要 2 份");
        d.addCarrier(CarrierKind.DOCUMENT, "会议纪要 3 份");
        CarrierCorrection c = CarrierCorrection.correct(line, CarrierKind.DOCUMENT, "会议纪要 1 份", NOW, "hr", "份数有误");
        assertEquals("会议纪要 2 份", c.getOldDescription());
        assertEquals("会议纪要 1 份", line.getDescription());
        assertThrows(DuplicateCarrierException.class,
                () -> CarrierCorrection.correct(line, CarrierKind.DOCUMENT, "会议纪要 3 份", NOW, "hr", "x"));
    }

    @Test
    void aLoweringDepartureMovesThePersonWhenApproved() {
        Departure d = departure(SecrecyClass.CORE);
        d.moveOnApproval(office, clerk, SecrecyClass.NONE);
        d.declareNoCarriers(NOW, "hr");
        d.recordBriefing(LocalDate.of(2026, 12, 1), "保密办");
        d.recordExitPledge(7L, NOW, 3);
        d.approve(LocalDate.of(2026, 12, 2), "hr");
        assertEquals(SecrecyClass.NONE, d.getEmployee().getSecrecyClass());
        assertEquals("CLERK", d.getEmployee().getPost().getCode());
        assertEquals(EmployeeStatus.LEFT_POST, d.getEmployee().getStatus());
        assertEquals(LocalDate.of(2026, 12, 31), d.lastDay(), "the planned last day is later than the approval");
    }

    @Test
    void approvalNeedsTheWholeChecklistOnTheEntityToo() {
        Departure d = departure(SecrecyClass.GENERAL);
        d.recordBriefing(LocalDate.of(2026, 12, 1), "保密办");
        d.recordExitPledge(7L, NOW, 3);
        assertThrows(IllegalStateException.class, () -> d.approve(LocalDate.of(2026, 12, 2), "hr"),
                "no carriers listed and none declared");
    }
}
