package it.org.shoumi.portal.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromOutside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
        // the download is noted: the records page lists it first, for anyone who may open the page
        List<String> noted = newestExport(as("hr").get("records/index.xhtml"));
        assertEquals(List.of("auditor", "个人保密档案", "1"), List.of(noted.get(0), noted.get(1), noted.get(3)));
        assertTrue(noted.get(2).matches("SM002 \\S.*"), "the person by staff number and name: " + noted.get(2));
        // found by an outside check: a number nobody has, or none, answered 404 "页面不存在"; back on the records page
        // it is said, in the reader's language, and nothing is noted as downloaded
        Page nobody = auditor.get("records/file?no=NOBODY");
        assertEquals(200, nobody.status());
        assertTrue(nobody.uri().toString().endsWith("records/index.xhtml?unknownNo=NOBODY"), nobody.uri().toString());
        assertTrue(nobody.visible().contains("没有工号为 NOBODY 的人员"), nobody.visible());
        Page none = auditor.get("records/file?no=");
        assertEquals(200, none.status());
        assertTrue(none.visible().contains("请填写工号"), none.visible());
        assertEquals(noted, newestExport(as("hr").get("records/index.xhtml")), "nothing noted for a number nobody has");
        PortalClient inEnglish = as("auditor");
        inEnglish.get("language?to=en&back=" + base.getPath() + "index.xhtml");
        Page english = inEnglish.get("records/file?no=NOBODY");
        assertTrue(english.visible().contains("No one has the staff number NOBODY"), english.visible());
        // found by an outside check: a number in small letters was logged as typed, without the person's name, and
        // a HEAD (which delivers nothing) was logged as a download
        HttpResponse<byte[]> small = auditor.raw("records/file?no=sm002");
        assertEquals(200, small.statusCode());
        // found by a later outside check: the download was named secrecy-file-sm002.pdf, the list said SM002
        assertEquals("attachment; filename=\"secrecy-file-SM002.pdf\"",
                small.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(200, auditor.head("records/file?no=SM003").statusCode());
        List<String> lower = newestExport(as("hr").get("records/index.xhtml"));
        assertTrue(lower.get(2).matches("SM002 \\S.*"),
                "logged under the person's number, and the HEAD not at all: " + lower.get(2));
        HttpResponse<byte[]> book = auditor.raw("records/inspection");
        assertEquals(200, book.statusCode());
        // named by the unit's day (the server's UTC day was a day behind before eight in the morning)
        assertEquals("attachment; filename=\"shoumi-inspection-"
                + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) + ".xlsx\"",
                book.headers().firstValue("Content-Disposition").orElse(""));
        // the workbook's last sheet holds every download, oldest first, its own too (noted before it is made; found
        // by an outside check: the workbook lacked its own download, which the records page listed at once): the
        // workbook is the last row, the file taken before it the one above
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(book.body()))) {
            Sheet downloads = wb.getSheet("导出记录");
            assertEquals(List.of("时间", "操作人", "导出内容", "对象", "人数"), cells(downloads.getRow(0)));
            // the downloads come before the lines a restore found adds (one cell each; EvidenceIT's rollbacks)
            int lastDownload = downloads.getLastRowNum();
            while (cells(downloads.getRow(lastDownload)).size() == 1) {
                assertTrue(cells(downloads.getRow(lastDownload)).get(0).contains("发现数据库被恢复到较早的备份"));
                lastDownload--;
            }
            List<String> last = cells(downloads.getRow(lastDownload));
            assertEquals(List.of("auditor", "保密检查工作簿"), List.of(last.get(1), last.get(2)), last.toString());
            List<String> before = cells(downloads.getRow(lastDownload - 1));
            assertEquals(List.of("auditor", "个人保密档案", "1"), List.of(before.get(1), before.get(2), before.get(4)));
            assertTrue(before.get(3).matches("SM002 \\S.*"), before.get(3));
        }
        // found by an outside check: the page named the downloader by login (hr) where the workbook named the
        // person (徐慧); both name the person now, and a login without one (auditor, above) stays a login
        PortalClient hr = as("hr");
        assertEquals(200, hr.get("records/file?no=SM002").status());
        assertEquals("徐慧", newestExport(hr.get("records/index.xhtml")).get(0));
    }

    @Test
    void anAuditorDownloadsADepartmentsFilesAsOneZipOfPdfs() throws Exception {
        PortalClient auditor = as("auditor");
        Page page = auditor.get("records/index.xhtml");
        assertEquals(200, page.status());
        Matcher office = Pattern.compile("<option value=\"OFFICE\">\\s*办公室（涉密人员 (\\d+) 人，全部 (\\d+) 人）\\s*</option>")
                .matcher(page.body());
        assertTrue(office.find(), "the page offers 办公室 with its numbers of people:\n" + page.body());
        int secretRelated = Integer.parseInt(office.group(1));
        int everyone = Integer.parseInt(office.group(2));

        HttpResponse<byte[]> zip = auditor.raw("records/files?dept=OFFICE");
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(zip.headers().firstValue("Content-Disposition").orElse("")
                .equals("attachment; filename=\"secrecy-files-OFFICE-"
                        + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) + ".zip\""),
                zip.headers().firstValue("Content-Disposition").toString());
        assertEquals(secretRelated, pdfsIn(zip.body()), "one PDF per secret-related person the page counted");
        assertEquals(List.of("auditor", "部门保密档案", "办公室", String.valueOf(secretRelated)),
                newestExport(auditor.get("records/index.xhtml")));
        // a code typed in small letters is the code (it answered 404: outside check)
        assertEquals(everyone, pdfsIn(auditor.raw("records/files?dept=office&everyone=1").body()));

        // an unknown department, or none, is said on the records page (it answered 404: outside check)
        Page unknown = auditor.get("records/files?dept=NO_SUCH_DEPT");
        assertEquals(200, unknown.status());
        assertTrue(unknown.visible().contains("没有代码为 NO_SUCH_DEPT 的部门"), unknown.visible());
        assertTrue(auditor.get("records/files").visible().contains("请选择部门"));
        assertEquals(403, as("employee").get("records/files?dept=OFFICE").status());
    }

    /** The cells of the first row of the page's download list (login, what, of whom, people), time left out. */
    private static List<String> newestExport(Page page) {
        assertEquals(200, page.status());
        Matcher body = Pattern.compile("id=\"exports-table_data\"[^>]*>(.*?)</tbody>", Pattern.DOTALL)
                .matcher(page.body());
        assertTrue(body.find(), "the records page lists downloads");
        Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(body.group(1));
        assertTrue(row.find(), "a download is listed");
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
        while (cell.find()) {
            // a reflowed table repeats the column's title in each cell, for phones
            cells.add(cell.group(1).replaceAll("<span class=\"ui-column-title\">.*?</span>", "")
                    .replaceAll("<[^>]+>", "").strip());
        }
        assertTrue(cells.get(0).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), cells.toString());
        return cells.subList(1, cells.size());
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }

    /** The number of entries of a ZIP, each of which must be a PDF. */
    private static int pdfsIn(byte[] zip) throws Exception {
        int n = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertTrue(e.getName().matches("[A-Za-z0-9-]+-.+\\.pdf"), e.getName());
                byte[] head = in.readNBytes(4);
                assertEquals("%PDF", new String(head, StandardCharsets.US_ASCII), e.getName());
                n++;
            }
        }
        return n;
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

    /**
     * Found by an outside check: HR's workbook held the sheets of registers whose pages answer HR 403. Each such sheet
     * is left out of HR's copy, which keeps the sheets of the pages HR opens; the auditor's copy holds every sheet.
     */
    @Test
    void hrsWorkbookHoldsOnlyTheRegistersHrMayOpen() throws Exception {
        List<String> refused = List.of("事件登记", "重大事项报告", "因私出境", "保密审查登记", "保密自查", "专项保密承诺",
                "兼职保密员");
        PortalClient hr = as("hr");
        for (String page : List.of("incidents/manage.xhtml", "matters/manage.xhtml", "travel/manage.xhtml",
                "disclosures/register.xhtml", "inspections/rounds.xhtml", "pledges/topics.xhtml",
                "liaisons/manage.xhtml")) {
            assertEquals(403, hr.get(page).status(), page);
        }
        HttpResponse<byte[]> hrCopy = hr.raw("records/inspection");
        assertEquals(200, hrCopy.statusCode());
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(hrCopy.body()))) {
            for (String sheet : refused) {
                assertTrue(wb.getSheet(sheet) == null, "not in HR's copy: " + sheet);
            }
            for (String sheet : List.of("人员", "审查与复审", "奖惩记录", "导出记录")) {
                assertTrue(wb.getSheet(sheet) != null, "in HR's copy: " + sheet);
            }
        }
        HttpResponse<byte[]> auditorCopy = as("auditor").raw("records/inspection");
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(auditorCopy.body()))) {
            for (String sheet : refused) {
                assertTrue(wb.getSheet(sheet) != null, "in the auditor's copy: " + sheet);
            }
        }
    }

    /**
     * Found by an outside check: HR's copy of a person's secrecy file listed the personal-matter reports and trips
     * abroad whose pages answer HR 403. In HR's copy each such section keeps its title and says it is left out; the
     * auditor's copy holds them all.
     */
    @Test
    void hrsCopyOfASecrecyFileLeavesOutTheRegistersHrMayNotOpen() throws Exception {
        String withheld = "（本副本略去此部分";
        String hrCopy = pdfText(as("hr").raw("records/file?no=SM002").body());
        for (String title : List.of("个人重大事项报告", "因私出境与护照保管", "保密自查", "兼职保密员任职")) {
            assertTrue(hrCopy.contains(title + withheld), "named and said to be left out: " + title + "\n" + hrCopy);
        }
        assertTrue(hrCopy.contains("上岗审查与复审"), hrCopy);
        String auditorCopy = pdfText(as("auditor").raw("records/file?no=SM002").body());
        assertTrue(!auditorCopy.contains(withheld), auditorCopy);
        assertTrue(auditorCopy.contains("个人重大事项报告") && auditorCopy.contains("因私出境与护照保管"), auditorCopy);
        String own = pdfText(as("employee").raw("my-record").body());
        assertTrue(!own.contains(withheld), "the person's own file is whole: " + own);
    }

    /**
     * Found by an outside check: the PDFs an inspection takes away (a secrecy file, an approval form, the year-end
     * report) said when they were made but not who made them, and HR's reduced copy said "您的角色" without naming the
     * role or whose copy it was. Each names who exported it, as a printed page's footer names who printed it.
     */
    @Test
    void theRecordsPdfsNameWhoExportedThem() throws Exception {
        String hrCopy = pdfText(as("hr").raw("records/file?no=SM002").body()).replace("\u3000", "");
        assertTrue(hrCopy.contains("星河电子研究院（演示单位）导出人：徐慧（hr）导出时间："), hrCopy);
        assertTrue(hrCopy.contains("本副本由徐慧（hr）以人事角色导出，略去了该角色无权查阅的登记簿"), hrCopy);
        assertTrue(hrCopy.contains("个人重大事项报告（本副本略去此部分：导出人的角色（人事）无权查阅该登记簿"), hrCopy);
        assertTrue(!hrCopy.contains("您的角色"), hrCopy);
        String auditorCopy = pdfText(as("auditor").raw("records/file?no=SM002").body()).replace("\u3000", "");
        assertTrue(auditorCopy.contains("导出人：auditor导出时间："), auditorCopy);
        assertTrue(!auditorCopy.contains("本副本由"), auditorCopy);
        HttpResponse<byte[]> year = as("officer").raw("reports/year.pdf");
        assertEquals(200, year.statusCode());
        String report = pdfText(year.body());
        assertTrue(report.contains("导出人：黄海涛（officer）"), report);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
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
