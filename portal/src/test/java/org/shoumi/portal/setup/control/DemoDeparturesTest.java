package org.shoumi.portal.setup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.departures.control.PostExitPeriodPolicy;
import org.shoumi.portal.setup.control.DemoDepartures.DepartureSpec;
import org.shoumi.portal.setup.control.DemoOrganisation.EmployeeSpec;

class DemoDeparturesTest {

    private final LocalDate today = LocalDate.of(2026, 11, 30);
    private final Map<String, EmployeeSpec> people = DemoOrganisation.employees(today).stream()
            .collect(Collectors.toMap(EmployeeSpec::employeeNo, Function.identity()));

    @Test
    void eachDemoDepartureIsForADifferentPersonInPostWithoutALogin() {
        assertEquals(DemoDepartures.DEPARTURES.size(),
                DemoDepartures.DEPARTURES.stream().map(DepartureSpec::employeeNo).distinct().count());
        for (DepartureSpec d : DemoDepartures.DEPARTURES) {
            EmployeeSpec person = people.get(d.employeeNo());
            assertTrue(person != null, d.employeeNo());
            assertTrue(person.status().name().equals("ACTIVE") || person.status().name().equals("ONBOARDING"));
            assertTrue(DemoOrganisation.ACCOUNTS.stream().noneMatch(a -> d.employeeNo().equals(a.employeeNo())),
                    "demo logins keep their person in post");
        }
    }

    @Test
    void oneIsOpenWithACarrierOutAndOneApprovedWithARunningPeriodEndingWithin90Days() {
        DepartureSpec open = DemoDepartures.DEPARTURES.stream().filter(d -> d.approvedDaysAgo() == null)
                .findFirst().orElseThrow();
        assertTrue(open.carriers().stream().anyMatch(c -> c.returnedDaysAgo() == null));

        DepartureSpec approved = DemoDepartures.DEPARTURES.stream().filter(d -> d.approvedDaysAgo() != null)
                .findFirst().orElseThrow();
        assertTrue(approved.carriers().stream().allMatch(c -> c.returnedDaysAgo() != null));
        assertTrue(approved.briefingDaysAgo() != null && approved.pledgeDaysAgo() != null);
        LocalDate end = PostExitPeriodPolicy.defaults()
                .periodFrom(today.minusDays(approved.approvedDaysAgo()), people.get(approved.employeeNo()).secrecyClass())
                .orElseThrow().end();
        long left = PostExitPeriodPolicy.daysLeft(end, today);
        assertTrue(left > 0 && left <= 90, "days left: " + left);
    }

    /** The portal refuses a step dated before the departure was opened, so the demo's opening comes first. */
    @Test
    void noDemoStepIsDatedBeforeItsDepartureWasOpened() {
        for (DepartureSpec d : DemoDepartures.DEPARTURES) {
            java.util.List<Integer> daysAgo = new java.util.ArrayList<>();
            d.carriers().forEach(c -> daysAgo.add(c.returnedDaysAgo()));
            daysAgo.add(d.briefingDaysAgo());
            daysAgo.add(d.pledgeDaysAgo());
            daysAgo.add(d.approvedDaysAgo());
            daysAgo.stream().filter(java.util.Objects::nonNull)
                    .forEach(ago -> assertTrue(ago <= d.openedDaysAgo(), d.employeeNo() + " " + ago));
            assertTrue(!today.minusDays(d.openedDaysAgo()).isBefore(people.get(d.employeeNo()).hireDate()));
        }
    }

    /**
     * The checklist goes in order (the briefing is refused while a carrier is out, and dated no earlier than the last
     * return): a demo briefing follows the return of every carrier (the demo's 朱文博 was briefed the day before his
     * file was returned, which the portal now refuses).
     */
    /**
     * A departure is approved no earlier than its planned last working day (the 脱密期 starts with the approval): a demo
     * departure approved before it stopped the first start of the demo unit.
     */
    @Test
    void noDemoDepartureIsApprovedBeforeItsLastWorkingDay() {
        for (DepartureSpec d : DemoDepartures.DEPARTURES) {
            if (d.approvedDaysAgo() != null) {
                assertTrue(-d.approvedDaysAgo() >= d.plannedLastDayInDays(), d.employeeNo());
            }
        }
    }

    @Test
    void aDemoBriefingFollowsTheReturnOfEveryCarrier() {
        for (DepartureSpec d : DemoDepartures.DEPARTURES) {
            if (d.briefingDaysAgo() == null) {
                continue;
            }
            d.carriers().forEach(c -> {
                assertTrue(c.returnedDaysAgo() != null, d.employeeNo() + " briefed with a carrier out");
                assertTrue(c.returnedDaysAgo() >= d.briefingDaysAgo(), d.employeeNo() + " briefed before a return");
            });
        }
    }

    /**
     * Found by an outside check: SM020 (离岗) and SM026 (离职) were loaded as leavers with no departure, no history
     * entry and no 脱密期 in their file or the workbook. Nobody is loaded as a leaver: every 离岗 and 离职 of the demo
     * comes from an approved departure with its whole checklist, dated after the hire and in the past, and the demo
     * still shows all four statuses.
     */
    @Test
    void everyDemoLeaverLeavesByAnApprovedDepartureWithItsChecklistAndPeriod() {
        assertTrue(people.values().stream().noneMatch(p -> p.status().name().startsWith("LEFT")),
                "no one is loaded as a leaver without a departure");
        Map<String, DepartureSpec> approved = DemoDepartures.DEPARTURES.stream()
                .filter(d -> d.approvedDaysAgo() != null)
                .collect(Collectors.toMap(DepartureSpec::employeeNo, Function.identity()));
        assertTrue(approved.keySet().containsAll(java.util.Set.of("SM014", "SM020", "SM026")), approved.keySet().toString());
        assertEquals(java.util.Set.of(org.shoumi.portal.departures.entity.DepartureKind.LEAVE_POST,
                        org.shoumi.portal.departures.entity.DepartureKind.LEAVE_UNIT),
                approved.values().stream().map(DepartureSpec::kind).collect(Collectors.toSet()),
                "离岗 and 离职 both shown: with 待上岗 and 在岗, all four statuses");
        for (DepartureSpec d : approved.values()) {
            EmployeeSpec person = people.get(d.employeeNo());
            assertTrue(person.secrecyClass().isSecretRelated(), d.employeeNo() + " has a period to serve");
            assertTrue(!d.carriers().isEmpty() && d.carriers().stream().allMatch(c -> c.returnedDaysAgo() != null),
                    d.employeeNo());
            assertTrue(d.briefingDaysAgo() != null && d.pledgeDaysAgo() != null, d.employeeNo());
            assertTrue(d.approvedDaysAgo() > 0 && d.approvedDaysAgo() <= d.pledgeDaysAgo(), d.employeeNo());
            assertTrue(today.minusDays(d.openedDaysAgo()).isAfter(person.hireDate()), d.employeeNo());
            LocalDate end = PostExitPeriodPolicy.defaults()
                    .periodFrom(today.minusDays(d.approvedDaysAgo()), person.secrecyClass()).orElseThrow().end();
            assertTrue(end.isAfter(today), d.employeeNo() + " still under its period: " + end);
        }
    }

    /**
     * Found by an outside check: SM020's history read "状态：在岗 → 离岗 … 原因：调任非涉密岗位" while the roster, the API and
     * his file kept 一般, and the 离岗离职 sheet's 调整后涉密类别 was empty. A demo departure whose reason is a move to a
     * non-secret post lowers the person to 非涉密 when approved (status 离岗, as a lowering on the change page), and
     * SM020 stays the demo's 离岗 with a 脱密期 by the 一般 he held.
     */
    @Test
    void aDemoMoveToANonSecretPostLowersThePersonToNonSecret() {
        for (DepartureSpec d : DemoDepartures.DEPARTURES) {
            boolean toNonSecretPost = d.reason() != null && d.reason().contains("非涉密");
            assertEquals(toNonSecretPost, d.classAfter() == org.shoumi.portal.employees.entity.SecrecyClass.NONE,
                    d.employeeNo());
            if (d.classAfter() != null) {
                assertEquals(org.shoumi.portal.departures.entity.DepartureKind.LEAVE_POST, d.kind(), d.employeeNo());
                assertTrue(people.get(d.employeeNo()).secrecyClass().isLoweredTo(d.classAfter()), d.employeeNo());
            }
        }
        DepartureSpec sm020 = DemoDepartures.DEPARTURES.stream().filter(d -> d.employeeNo().equals("SM020"))
                .findFirst().orElseThrow();
        assertEquals(org.shoumi.portal.employees.entity.SecrecyClass.NONE, sm020.classAfter());
        assertTrue(sm020.approvedDaysAgo() != null);
    }
}
