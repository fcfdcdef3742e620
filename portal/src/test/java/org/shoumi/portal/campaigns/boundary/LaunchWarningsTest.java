package org.shoumi.portal.campaigns.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the officer's tick 已核实，仍然发起 confirms (found by an outside check: it confirmed whatever the launch found,
 * warnings never shown among them): the warnings shown, the same overlaps with as many people and as many people
 * without attempts left; what is only said (the pledges signed) may change.
 */
class LaunchWarningsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final Campaigns.Overlap A = new Campaigns.Overlap("ZX2026-A", "办公室", DAY, DAY.plusDays(24), 7);
    private static final Campaigns.Overlap B = new Campaigns.Overlap("ZX2026-B", "全单位", DAY.plusDays(3),
            DAY.plusDays(24), 4);

    private static Campaigns.Warnings warnings(List<Campaigns.Overlap> overlaps, long usedUp, long signed) {
        return new Campaigns.Warnings(overlaps, usedUp, "ANNUAL-2026", signed, 2026);
    }

    @Test
    void theWarningsShownAreConfirmed() {
        assertTrue(warnings(List.of(A, B), 1, 3).confirmedBy(warnings(List.of(B, A), 1, 3)), "in any order");
        assertTrue(warnings(List.of(B), 0, 5).confirmedBy(warnings(List.of(B), 0, 3)), "the pledges are only said");
    }

    @Test
    void warningsNotShownAreNot() {
        assertFalse(warnings(List.of(B), 0, 0).confirmedBy(null), "nothing shown");
        assertFalse(warnings(List.of(A, B), 0, 0).confirmedBy(warnings(List.of(B), 0, 0)), "another overlap");
        Campaigns.Overlap grown = new Campaigns.Overlap("ZX2026-B", "全单位", DAY.plusDays(3), DAY.plusDays(24), 22);
        assertFalse(warnings(List.of(grown), 0, 0).confirmedBy(warnings(List.of(B), 0, 0)), "22 people, not 4");
        assertFalse(warnings(List.of(B), 2, 0).confirmedBy(warnings(List.of(B), 1, 0)), "more without attempts");
    }

    @Test
    void nothingToConfirmNeedsNoTick() {
        assertTrue(warnings(List.of(), 0, 4).confirmedBy(null));
    }
}
