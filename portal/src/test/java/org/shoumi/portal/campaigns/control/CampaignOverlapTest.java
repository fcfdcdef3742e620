package org.shoumi.portal.campaigns.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Found by an outside check: ZX2026-ALL, ZX2026-OFFICE (same exam, overlapping windows) and the plan's item stacked
 * up silently. Which open campaigns a launch overlaps.
 */
class CampaignOverlapTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void theSameExamInWindowsSharingADayOverlaps() {
        assertTrue(CampaignOverlap.overlaps("ANNUAL-2026", TODAY.plusDays(1), TODAY.plusDays(10), "ANNUAL-2026",
                TODAY, TODAY.plusDays(30), TODAY));
        assertTrue(CampaignOverlap.overlaps("ANNUAL-2026", TODAY.plusDays(10), TODAY.plusDays(20), "ANNUAL-2026",
                TODAY, TODAY.plusDays(10), TODAY), "the last day of one is the first of the other");
        assertTrue(CampaignOverlap.overlaps("ANNUAL-2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                "ANNUAL-2026", TODAY, TODAY.plusDays(10), TODAY), "a plan item over the whole year");
    }

    @Test
    void anotherExamSeparateWindowsOrACampaignPastItsDueDateDoNot() {
        assertFalse(CampaignOverlap.overlaps("ANNUAL-2026", TODAY, TODAY.plusDays(10), "BASIC", TODAY,
                TODAY.plusDays(10), TODAY), "another exam");
        assertFalse(CampaignOverlap.overlaps("ANNUAL-2026", TODAY.plusDays(11), TODAY.plusDays(20), "ANNUAL-2026",
                TODAY, TODAY.plusDays(10), TODAY), "one after the other");
        assertFalse(CampaignOverlap.overlaps("ANNUAL-2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                "ANNUAL-2026", LocalDate.of(2026, 3, 1), TODAY.minusDays(1), TODAY), "the other is past its due date");
        assertFalse(CampaignOverlap.overlaps("", TODAY, TODAY.plusDays(10), "", TODAY, TODAY.plusDays(10), TODAY),
                "items asking for no exam");
        assertFalse(CampaignOverlap.overlaps(null, TODAY, TODAY.plusDays(10), null, TODAY, TODAY.plusDays(10), TODAY));
    }
}
