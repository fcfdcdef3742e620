package org.shoumi.portal.setup.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.vetting.entity.VettingKind;
import org.shoumi.portal.vetting.entity.VettingResult;

/**
 * The demo unit's vettings and reviews: everyone in post in a secret-related class was vetted on their hire day and
 * reviewed within their class's interval, except two whose review is overdue (SM003, SM018) and one due within the
 * month (SM007). The new hire of class 重要 (SM022) has no vetting yet, so her onboarding shows it pending.
 */
public final class DemoVettings {

    /** Reviewed long ago: overdue in the demo. */
    private static final Set<String> NOT_REVIEWED = Set.of("SM003", "SM018");
    /** Out of the post by a demo departure approved months ago: no review after it (they were loaded as leavers). */
    private static final Set<String> LEFT_BEFORE = Set.of("SM020", "SM026");
    /** Reviewed 350 days ago: a 核心 person due within the month. */
    private static final String DUE_SOON = "SM007";

    private DemoVettings() {
    }

    public record Spec(String employeeNo, VettingKind kind, LocalDate heldOn, VettingResult result, String approver,
                       String fileRef) {
    }

    public static List<Spec> of(List<DemoOrganisation.EmployeeSpec> people, LocalDate today) {
        List<Spec> specs = new ArrayList<>();
        int i = 0;
        for (DemoOrganisation.EmployeeSpec p : people) {
            if (!p.secrecyClass().isSecretRelated() || p.status() != EmployeeStatus.ACTIVE
                    || LEFT_BEFORE.contains(p.employeeNo())) {
                continue;
            }
            i++;
            specs.add(new Spec(p.employeeNo(), VettingKind.VETTING, p.hireDate(), VettingResult.PASSED, "保密委员会",
                    "审查-" + p.hireDate().getYear() + "-" + p.employeeNo()));
            if (NOT_REVIEWED.contains(p.employeeNo())) {
                continue;
            }
            int daysAgo = p.employeeNo().equals(DUE_SOON) ? 350
                    : p.secrecyClass() == SecrecyClass.CORE ? 30 + (i * 23) % 300 : 60 + (i * 41) % 600;
            LocalDate held = today.minusDays(daysAgo);
            if (held.isBefore(p.hireDate())) {
                held = p.hireDate();
            }
            specs.add(new Spec(p.employeeNo(), VettingKind.REVIEW, held, VettingResult.SATISFACTORY, "保密办主任",
                    "复审-" + held.getYear() + "-" + p.employeeNo()));
        }
        return specs;
    }
}
