package org.shoumi.portal.setup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.vetting.control.VettingRules;
import org.shoumi.portal.vetting.control.VettingRules.Held;
import org.shoumi.portal.vetting.control.VettingRules.Intervals;

class DemoVettingsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Intervals DEFAULTS = new Intervals(1, 2, 2, 180);

    @Test
    void everyDemoRecordIsOneTheOfficerCouldEnterAndTheListShowsTwoOverdueAndOneDueSoon() {
        List<DemoOrganisation.EmployeeSpec> people = DemoOrganisation.employees(TODAY);
        Map<String, DemoOrganisation.EmployeeSpec> byNo = people.stream()
                .collect(Collectors.toMap(DemoOrganisation.EmployeeSpec::employeeNo, p -> p));
        List<DemoVettings.Spec> specs = DemoVettings.of(people, TODAY);
        assertFalse(specs.isEmpty());
        for (DemoVettings.Spec s : specs) {
            DemoOrganisation.EmployeeSpec p = byNo.get(s.employeeNo());
            assertEquals(Optional.empty(), VettingRules.checkDay(s.kind(), s.heldOn(), p.hireDate(), TODAY, DEFAULTS),
                    s.toString());
            assertTrue(s.kind().allows(s.result()));
        }
        Map<String, List<Held>> held = specs.stream().collect(Collectors.groupingBy(DemoVettings.Spec::employeeNo,
                Collectors.mapping(s -> new Held(s.kind(), s.heldOn(), s.result(), 0), Collectors.toList())));
        List<String> overdue = held.entrySet().stream().filter(e -> {
            DemoOrganisation.EmployeeSpec p = byNo.get(e.getKey());
            LocalDate due = VettingRules.nextReview(p.secrecyClass(), p.status(), p.hireDate(),
                    VettingRules.lastHeld(e.getValue()).orElse(null), DEFAULTS).orElseThrow();
            return VettingRules.overdue(due, TODAY);
        }).map(Map.Entry::getKey).sorted().toList();
        assertEquals(List.of("SM003", "SM018"), overdue);
        DemoOrganisation.EmployeeSpec soon = byNo.get("SM007");
        LocalDate due = VettingRules.nextReview(soon.secrecyClass(), soon.status(), soon.hireDate(),
                VettingRules.lastHeld(held.get("SM007")).orElse(null), DEFAULTS).orElseThrow();
        assertTrue(VettingRules.dueWithin(due, TODAY, 30) && !VettingRules.overdue(due, TODAY));
        assertFalse(held.containsKey("SM022"), "the 重要 new hire waits for her vetting");
    }
}
