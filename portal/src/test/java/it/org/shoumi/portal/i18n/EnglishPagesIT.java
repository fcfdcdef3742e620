package it.org.shoumi.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromOutside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The English pages name departments in English: the year-end report's coverage table, the reviews due and the
 * topic pledges' addressees and responsibility letters showed the Chinese names (a crawl of every page in English
 * as each demo role found them; the other lists already used the English ones). The reviews due are this
 * test's own hire; the report and the letters list every department.
 */
class EnglishPagesIT extends FromOutside {

    /** The demo unit's departments, Chinese and English (setup.control.DemoOrganisation). */
    private static final List<String[]> DEPARTMENTS = List.of(new String[] {"保密办公室", "Secrecy Office"},
            new String[] {"人事处", "Human Resources"}, new String[] {"财务处", "Finance"},
            new String[] {"科研处", "Research"}, new String[] {"信息中心", "IT Centre"},
            new String[] {"档案室", "Archives"}, new String[] {"办公室", "General Office"});

    @Test
    void theSecrecyOfficesListsNameDepartmentsInEnglish() throws Exception {
        // this test's own person: a core-secret hire of the secrecy office, not yet in post
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        String no = "EN" + suffix;
        PortalClient hr = loggedIn("hr");
        Page hired = hr.submit(hr.get("employees/hire.xhtml"), "hire", "hire:submit", Map.of("hire:employeeNo", no,
                "hire:name", "英文页" + suffix.charAt(0), "hire:department", "SECRECY", "hire:post", "STAFF",
                "hire:secrecyClass", "CORE", "hire:hireDate_input", "1990-01-02", "hire:username",
                "en" + suffix.toLowerCase(), "hire:password", DEMO_PASSWORD));
        assertEquals(200, hr.get("employees/change.xhtml?no=" + no).status(), "hired: " + hired.body());

        PortalClient officer = loggedIn("officer");
        assertEquals(200, officer.get("language?to=en&back=" + base.getPath() + "index.xhtml").status());
        String vetting = visible(officer.get("vetting/manage.xhtml"));
        // the hire is not yet in post (待上岗): not on the reviews-due list, but on the list of people waiting for their
        // 上岗审查 (oldest hire first: 1990 is on its first page), their department named in English; the year
        // report's coverage by department names it in English too
        assertTrue(vetting.contains("Not yet in post, waiting for their vetting"), vetting);
        assertTrue(vetting.contains(no), vetting);
        String report = visible(officer.get("reports/year.xhtml"));
        assertTrue(report.contains("Secrecy Office"), report);
        for (String page : List.of("reports/year.xhtml", "vetting/manage.xhtml", "pledges/topics.xhtml")) {
            String text = visible(officer.get(page));
            for (String[] department : DEPARTMENTS) {
                assertFalse(text.contains(department[0]), page + " shows " + department[0] + ": " + text);
            }
        }
    }

    /**
     * The records page in English labelled only the secrecy file as being in Chinese, though the workbook and the
     * department ZIP are Chinese too (outside check): every link says so.
     */
    @Test
    void theRecordsPageSaysWhichDownloadsAreInChinese() throws Exception {
        PortalClient auditor = loggedIn("auditor");
        assertEquals(200, auditor.get("language?to=en&back=" + base.getPath() + "index.xhtml").status());
        Page page = auditor.get("records/index.xhtml");
        assertEquals(200, page.status());
        String text = visible(page).replace("&#39;", "'").replace("&#x27;", "'");
        assertTrue(text.contains("Download the secrecy file (PDF, in Chinese)"), text);
        assertTrue(text.contains("Download the department's files (ZIP of PDFs, in Chinese)"), text);
        assertTrue(text.contains("Download the workbook (.xlsx, in Chinese)"), text);
    }

    /**
     * The switch of the pages anyone may open (the certificate check, the error pages) works without a login: it
     * asked for one and stayed in Chinese (outside check).
     */
    @Test
    void aVisitorSwitchesTheCertificateCheckToEnglishWithoutALogin() throws Exception {
        PortalClient visitor = new PortalClient(base.toURI());
        Page english = visitor.get("language?to=en&back=" + base.getPath() + "verify.xhtml");
        assertTrue(english.uri().getPath().endsWith("/verify.xhtml"), "back where it was: " + english.uri());
        assertTrue(visible(english).contains("Certificate check"), english.body());
        assertFalse(visitor.get("language?to=zh&back=https://example.org/").uri().getHost().contains("example"),
                "never another site");
    }

    private static String visible(Page page) {
        assertEquals(200, page.status(), page.uri().toString());
        return page.visible();
    }
}
