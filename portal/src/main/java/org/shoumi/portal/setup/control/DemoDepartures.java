package org.shoumi.portal.setup.control;

import java.util.List;
import org.shoumi.portal.departures.entity.CarrierKind;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * Departures of the demo unit, so that the departure pages show something on a first start: one still open
 * with a USB drive not returned, and one approved 300 days ago whose 一般 脱密期 (1 year) ends in about 65 days; and
 * those of the demo's other leavers (SM020 离岗, SM026 离职), so that every 离岗 or 离职 person of the demo has an
 * approved departure, its history entry and its 脱密期.
 * Pure data; days are counted back from the day the demo is loaded.
 */
public final class DemoDepartures {

    /** A carrier; {@code returnedDaysAgo} null while it is out. */
    public record CarrierSpec(CarrierKind kind, String description, Integer returnedDaysAgo, String receivedBy) {
    }

    /**
     * A departure, the day it was opened and how far its checklist got (no step before the opening); null days mean
     * "not done". {@code approvedDaysAgo} set means
     * approved that many days ago. {@code classAfter} set means a 离岗 by moving the person out of their class (调任非涉密岗位:
     * 非涉密), in their own department and post; null a plain 离岗 or 离职.
     */
    public record DepartureSpec(String employeeNo, DepartureKind kind, int openedDaysAgo, int plannedLastDayInDays,
                                String reason,
                                List<CarrierSpec> carriers, Integer briefingDaysAgo, String briefingGivenBy,
                                Integer pledgeDaysAgo, String pledgePaperRef, Integer approvedDaysAgo,
                                SecrecyClass classAfter) {
    }

    public static final List<DepartureSpec> DEPARTURES = List.of(
            new DepartureSpec("SM025", DepartureKind.LEAVE_POST, 5, 14, "调任非涉密岗位",
                    List.of(new CarrierSpec(CarrierKind.LAPTOP, "涉密笔记本电脑 资产号 IT-NB-0087", 2, "谢磊"),
                            new CarrierSpec(CarrierKind.USB_DRIVE, "涉密U盘 编号 BM-U-0231", null, null)),
                    null, null, null, null, null, SecrecyClass.NONE),
            new DepartureSpec("SM014", DepartureKind.LEAVE_UNIT, 310, -300, "本人辞职",
                    List.of(new CarrierSpec(CarrierKind.DOCUMENT, "财务涉密文件 3 份", 303, "马丽")),
                    302, "赵敏", 302, "纸质承诺书 档案室 LZ-2025-014", 300, null),
            // the demo's other leavers went through the same checklist (they were loaded as 离岗 and 离职 with no
            // departure, no history entry and no 脱密期 in their file or the workbook; outside check): their 一般
            // periods run past the "ending within 90 days" of SM014. SM020 was moved to a non-secret post: the
            // approval lowers him to 非涉密 (he kept 一般 after "调任非涉密岗位" on the roster, the API and his file, and the
            // sheet's 调整后涉密类别 was empty; outside check); his 脱密期 follows the 一般 he held
            new DepartureSpec("SM020", DepartureKind.LEAVE_POST, 130, -120, "调任非涉密岗位",
                    List.of(new CarrierSpec(CarrierKind.DOCUMENT, "科研涉密文件 2 份", 127, "郭志强")),
                    126, "赵敏", 125, "纸质承诺书 档案室 LG-2026-020", 120, SecrecyClass.NONE),
            new DepartureSpec("SM026", DepartureKind.LEAVE_UNIT, 215, -200, "本人辞职",
                    List.of(new CarrierSpec(CarrierKind.USB_DRIVE, "涉密U盘 编号 BM-U-0178", 212, "谢磊")),
                    211, "赵敏", 210, "纸质承诺书 档案室 LZ-2026-026", 200, null));

    private DemoDepartures() {
    }
}
