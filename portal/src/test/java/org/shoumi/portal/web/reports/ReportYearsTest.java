package org.shoumi.portal.web.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportYearsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    /**
     * Found by an outside check: the dashboard offered 2027 (next year's plan started) while the report refused it,
     * "年份须在 2000 至 2026 之间". A later year with programmes has a report; one without has none.
     */
    @Test
    void aLaterYearHasAReportOnceItHasProgrammes() {
        assertEquals(2027, ReportYears.last(TODAY, List.of(2027, 2026, 2025)));
        assertEquals(2026, ReportYears.last(TODAY, List.of(2026, 2025)));
        assertEquals(2026, ReportYears.last(TODAY, List.of()), "no programmes at all: this year");
        assertEquals(2026, ReportYears.last(TODAY, List.of(2024)));
    }
}
