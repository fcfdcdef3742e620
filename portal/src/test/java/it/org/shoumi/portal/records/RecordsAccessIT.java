package it.org.shoumi.portal.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromOutside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import org.junit.jupiter.api.Test;

/** Who may download secrecy files and the inspection workbook, over HTTP as a browser would. */
class RecordsAccessIT extends FromOutside {

    private PortalClient as(String user) throws Exception {
        PortalClient client = new PortalClient(base.toURI());
        client.login(user, "Shoumi@2026");
        return client;
    }

    @Test
    void anAuditorDownloadsAnyonesFileAndTheWorkbook() throws Exception {
        PortalClient auditor = as("auditor");
        Page file = auditor.get("records/file?no=SM002");
        assertEquals(200, file.status());
        assertTrue(file.body().startsWith("%PDF"), "a PDF");
        assertEquals(404, auditor.get("records/file?no=NOBODY").status());
        Page book = auditor.get("records/inspection");
        assertEquals(200, book.status());
        assertTrue(book.body().startsWith("PK"), "an .xlsx (zip) workbook");
    }

    @Test
    void dashboardAndOverviewShowEveryDepartmentButADepartmentHeadOnlyTheirOwn() throws Exception {
        // the demo onboards two people in 科研处 (Research) from the first start
        Page officer = as("officer").get("programmes/dashboard.xhtml");
        assertEquals(200, officer.status());
        assertTrue(officer.contains("<span class=\"dept-name\">科研处</span>"), "the secrecy office sees Research");
        assertTrue(officer.contains("\"type\":\"bar\""), "the chart's configuration is on the page");
        Page head = as("head").get("programmes/dashboard.xhtml");
        assertEquals(200, head.status());
        assertTrue(!head.contains("<span class=\"dept-name\">科研处</span>"), "the head of 办公室 sees only 办公室");
        assertEquals(403, as("employee").get("programmes/dashboard.xhtml").status());

        // the programme list follows the same rule
        Page everyone = as("officer").get("programmes/overview.xhtml");
        assertEquals(200, everyone.status());
        assertTrue(everyone.contains("programme-row"), "the secrecy office sees programmes");
        Page own = as("head").get("programmes/overview.xhtml");
        assertEquals(200, own.status());
        assertTrue(!own.contains("科研处"), "the head of 办公室 sees none of Research's programmes");
    }

    @Test
    void anEmployeeGetsOnlyTheirOwnFile() throws Exception {
        PortalClient employee = as("employee");
        assertEquals(403, employee.get("records/file?no=SM003").status(), "not another person's file");
        assertEquals(403, employee.get("records/inspection").status());
        Page mine = employee.get("my-record");
        assertEquals(200, mine.status());
        assertTrue(mine.body().startsWith("%PDF"));
        assertEquals(404, as("admin").get("my-record").status(), "a login without a person has no file");
    }
}
