package it.org.shoumi.portal.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromOutside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Found by two outside checks: the year-end report page showed this year's figures for year=9999 without a word,
 * and a download with year=abc got the server's bare English "Error 400: SRVE0295E".
 */
class YearReportPageIT extends FromOutside {

    @Test
    void aYearWithoutAReportIsSaidAndABadDownloadGetsThePortalsOwnPage() throws Exception {
        PortalClient auditor = loggedIn("auditor");
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        Page future = auditor.get("reports/year.xhtml?year=9999");
        assertEquals(200, future.status());
        assertTrue(future.visible().contains("没有 9999 年的报告：年份须在 2000 至 " + thisYear + " 之间"), future.visible());

        for (String asked : new String[] {"year.xlsx?year=abc", "year.pdf?year=" + (thisYear + 1), "year.pdf?year=-5"}) {
            Page bad = auditor.get("reports/" + asked);
            assertEquals(400, bad.status(), asked);
            assertTrue(bad.visible().contains("请求无法处理"), asked + ": " + bad.visible());
            assertTrue(!bad.body().contains("SRVE0295E"), "not the server's own text");
        }
        assertEquals(200, auditor.get("reports/year.xlsx?year=" + thisYear).status(), "this year's workbook");
    }
}
