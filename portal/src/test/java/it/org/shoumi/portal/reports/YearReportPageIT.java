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
        // up to next year once programmes of it were given (another test may have started next year's plan)
        assertTrue(future.visible().matches("(?s).*没有 9999 年的报告：年份须在 2000 至 (" + thisYear + "|" + (thisYear + 1)
                + ") 之间.*下面显示的是 " + thisYear + " 年的报告.*"), future.visible());

        for (String asked : new String[] {"year.xlsx?year=abc", "year.pdf?year=" + (thisYear + 2), "year.pdf?year=-5"}) {
            Page bad = auditor.get("reports/" + asked);
            assertEquals(400, bad.status(), asked);
            assertTrue(bad.visible().contains("请求无法处理"), asked + ": " + bad.visible());
            assertTrue(!bad.body().contains("SRVE0295E"), "not the server's own text");
        }
        assertEquals(200, auditor.get("reports/year.xlsx?year=" + thisYear).status(), "this year's workbook");
    }

    /**
     * Found by an outside check: ?dept=office (a code in small letters) and ?dept=NOPE gave the heading and download
     * links answering 404 but no figures and no word; the people list dropped ?state=BOGUS without a word and listed
     * everyone (its CSV answered 400). A code in small letters is the code; an unknown department is said and the
     * whole unit's report shown with working links; an unknown filter is said and nobody listed.
     */
    @Test
    void anUnknownOrSmallLetterDepartmentAndAnUnknownFilterAreSaid() throws Exception {
        PortalClient auditor = loggedIn("auditor");
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        Page office = auditor.get("reports/year.xhtml?dept=office");
        assertEquals(200, office.status());
        assertTrue(office.visible().contains("各部门培训覆盖情况"), office.visible());
        assertTrue(office.body().contains("year.xlsx?year=" + thisYear + "&amp;dept=OFFICE\""), "the code as kept");
        assertEquals(200, auditor.raw("reports/year.xlsx?year=" + thisYear + "&dept=office").statusCode());
        assertEquals(200, auditor.raw("reports/year.pdf?year=" + thisYear + "&dept=office").statusCode());

        Page nope = auditor.get("reports/year.xhtml?dept=NOPE");
        assertEquals(200, nope.status());
        assertTrue(nope.visible().contains("没有代码为 NOPE 的部门，下面显示的是全单位的报告"), nope.visible());
        assertTrue(nope.visible().contains("各部门培训覆盖情况"), "the whole unit's figures");
        assertTrue(nope.body().contains("year.xlsx?year=" + thisYear + "\""), "links to the report shown");
        assertTrue(!nope.body().contains("dept=NOPE"), "no link to a report that is not there");

        PortalClient officer = loggedIn("officer");
        Page bogus = officer.get("programmes/people.xhtml?state=BOGUS");
        assertEquals(200, bogus.status());
        assertTrue(bogus.visible().contains("“BOGUS”不是本列表的筛选条件，因此未列出人员"), bogus.visible());
        assertTrue(bogus.visible().contains("没有符合条件的人员"), "nobody listed, not everyone");
        assertTrue(!bogus.body().contains("people.csv?"), "no export of everyone either");
        Page all = officer.get("programmes/people.xhtml?state=ALL");
        assertTrue(!all.visible().contains("不是本列表的筛选条件"), all.visible());
    }

    /**
     * Found by an outside check: ?year=abc answered 404 while ?year=99999 was said and this year's report shown; the
     * people list of ?campaign=abc showed the heading "培训活动 abc" and an empty list with no word. A year that is not
     * a number is said as one out of range is, with this year's report; an unknown campaign is said.
     */
    @Test
    void aYearThatIsNotANumberAndAnUnknownCampaignAreSaid() throws Exception {
        PortalClient auditor = loggedIn("auditor");
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        Page abc = auditor.get("reports/year.xhtml?year=abc");
        assertEquals(200, abc.status(), abc.body());
        assertTrue(abc.visible().matches("(?s).*“abc”不是年份：年份须在 2000 至 (" + thisYear + "|" + (thisYear + 1)
                + ") 之间，下面显示的是 " + thisYear + " 年的报告.*"), abc.visible());
        assertTrue(abc.body().contains("year.xlsx?year=" + thisYear + "\""), "this year's report and links");
        Page far = auditor.get("reports/year.xhtml?year=99999");
        assertTrue(far.visible().contains("没有 99999 年的报告"), far.visible());

        PortalClient officer = loggedIn("officer");
        Page campaign = officer.get("programmes/people.xhtml?campaign=abc");
        assertEquals(200, campaign.status());
        assertTrue(campaign.visible().contains("没有代码为“abc”的培训活动或计划项目，因此未列出人员"), campaign.visible());
        assertTrue(!campaign.body().contains("people.csv?"), "no export of a list that is not there");
    }

    /** Found by an outside check: the title said "this year" (英文) for the report of any year. */
    @Test
    void theTitleNamesTheYearShown() throws Exception {
        PortalClient auditor = loggedIn("auditor");
        Page chinese = auditor.get("reports/year.xhtml?year=2020");
        assertTrue(chinese.body().contains("<title>2020年度保密教育培训情况"), chinese.body());
        assertTrue(chinese.visible().contains("2020年度保密教育培训情况"), chinese.visible());
        assertEquals(200, auditor.get("language?to=en&back=" + base.getPath() + "index.xhtml").status());
        Page english = auditor.get("reports/year.xhtml?year=2020");
        assertTrue(english.visible().contains("Secrecy education and training in 2020"), english.visible());
        assertTrue(!english.visible().contains("this year"), english.visible());
    }
}
