package org.shoumi.portal.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The year-end PDF read back with PDFBox: Chinese text, every section, and the charts as embedded images. */
class YearReportPdfTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<String> SECTIONS = List.of("report.sheet.summary", "report.sheet.coverageByDepartment",
            "report.sheet.coverageByClass", "report.sheet.hours", "report.sheet.quizzes", "report.sheet.sessions",
            "report.sheet.pledges", "report.sheet.selfInspection", "report.sheet.departures");

    private record Read(String text, int images, int pages) {
    }

    private static Read read(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int images = 0;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            return new Read(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""), images, doc.getNumberOfPages());
        }
    }

    private static void assertSections(Read read, Function<String, String> labels) {
        for (String key : SECTIONS) {
            assertTrue(read.text().contains(labels.apply(key).replaceAll("\\s+", "")), key + " in " + read.text());
        }
    }

    @Test
    void theReportHasItsHeadingEverySectionInChineseAndThreeCharts() throws Exception {
        Function<String, String> zh = ReportsFixtures.chinese();
        Read read = read(YearReportPdf.render(ReportsFixtures.demoYear(), zh, SHANGHAI));
        assertTrue(read.text().contains("示范单位"), read.text());
        assertTrue(read.text().contains("2026年度保密教育培训情况"), read.text());
        assertTrue(read.text().contains("范围：全单位"), read.text());
        assertTrue(read.text().contains("生成时间：2026-12-3110:30"), "in the unit's zone: " + read.text());
        assertSections(read, zh);
        assertTrue(read.text().contains("BMB保密办公室488"), read.text());
        assertTrue(read.text().contains("人事处6129375.0%"), "a department's row: " + read.text());
        assertTrue(read.text().contains("合计2040354"), "the total row: " + read.text());
        // found by an outside check: the coverage by class had no total row, while the workbook's sheet has one
        assertTrue(read.text().contains("非涉密2440100.0%合计204035487.5%培训学时"),
                "the classes' total row, before the next section: " + read.text());
        assertTrue(read.text().contains("涉密计算机操作专项测试55100.0%92.00"), read.text());
        assertTrue(read.text().contains("新修订《保守国家秘密法》解读"), read.text());
        assertTrue(read.text().contains("2026-09-20"), read.text());
        assertTrue(read.text().contains("离岗离职保密承诺书2"), read.text());
        assertTrue(read.text().contains("处于脱密期人数3"), read.text());
        assertEquals(3, read.images(), "completion by department, hours by class, pass rate by quiz");
    }

    /**
     * Found by an outside check: the report said only when it was generated, not who exported it, where a printed
     * page names who printed it. It names them under the time, and in its properties.
     */
    @Test
    void theReportNamesWhoExportedIt() throws Exception {
        byte[] pdf = YearReportPdf.render(ReportsFixtures.demoYear(), ReportsFixtures.chinese(), SHANGHAI, "黄海涛（officer）");
        assertTrue(read(pdf).text().contains("生成时间：2026-12-3110:30导出人：黄海涛（officer）"), read(pdf).text());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("黄海涛（officer）", doc.getDocumentInformation().getAuthor());
        }
    }

    /** Found by an outside check: a lowering that kept the person in post counted among those who left. */
    @Test
    void aLoweringThatKeepsThePersonInPostIsListedAfterTheTotalAndNotCountedAsLeft() throws Exception {
        Read read = read(YearReportPdf.render(ReportsFixtures.oneLeftTwoLoweredInPost(), ReportsFixtures.chinese(),
                SHANGHAI));
        assertTrue(read.text().contains("离岗离职人数1"), read.text());
        assertTrue(read.text().contains("离岗1离职0合计（每人计一次）1转岗交接0降低涉密类别（仍在岗，不计入合计）2"),
                read.text());
        // their pledges on a row of their own, counted in the total (ex-s38a 1)
        assertTrue(read.text().contains("降低涉密类别保密承诺书（仍在岗）2合计3"), read.text());
    }

    /** Found by an outside check: a person who left the post and then the unit counted twice (6 where 5 left). */
    @Test
    void aPersonWhoLeftThePostAndThenTheUnitIsOneInTheTotalAndTheSummary() throws Exception {
        Read read = read(YearReportPdf.render(ReportsFixtures.oneLeftThePostThenTheUnit(), ReportsFixtures.chinese(),
                SHANGHAI));
        assertTrue(read.text().contains("离岗离职人数5"), read.text());
        assertTrue(read.text().contains("离岗2离职4合计（每人计一次）5"), read.text());
    }

    @Test
    void aReportWithoutQuizzesOrSessionsStillRendersAndSaysSo() throws Exception {
        Function<String, String> zh = ReportsFixtures.chinese();
        Read read = read(YearReportPdf.render(ReportsFixtures.noQuizzesNoSessions(), zh, SHANGHAI));
        assertSections(read, zh);
        assertTrue(read.text().contains("范围：办公室（BGS）"), read.text());
        assertTrue(read.text().contains("考试情况无。"), read.text());
        assertTrue(read.text().contains("线下培训无。"), read.text());
        assertEquals(2, read.images(), "no pass-rate chart without quizzes");
    }

    @Test
    void anEmptyReportRendersWithoutCharts() throws Exception {
        Function<String, String> zh = ReportsFixtures.chinese();
        Read read = read(YearReportPdf.render(ReportsFixtures.empty(), zh, SHANGHAI));
        assertSections(read, zh);
        assertTrue(read.text().contains("完成率—"), "no rate when nothing was due: " + read.text());
        assertEquals(0, read.images());
    }

    @Test
    void theReportPrintsInEnglishToo() throws Exception {
        Function<String, String> en = ReportsFixtures.english();
        Read read = read(YearReportPdf.render(ReportsFixtures.demoYear(), en, SHANGHAI));
        assertTrue(read.text().contains("Secrecyeducationandtrainingin2026"), read.text());
        assertSections(read, en);
        assertTrue(read.text().contains("办公室"), "data stays as given");
        assertEquals(3, read.images());
    }

    /**
     * Found by an outside check: the English sessions table broke its header words inside ("Attende|d",
     * "Attendanc|e"); a column is as wide as its header's longest word.
     */
    @Test
    void noEnglishHeaderWordIsBroken() throws Exception {
        Function<String, String> en = ReportsFixtures.english();
        byte[] pdf = YearReportPdf.render(ReportsFixtures.demoYear(), en, SHANGHAI);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        java.util.Set<String> words = new java.util.HashSet<>(List.of(text.split("[\\s()%,:;/]+")));
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("org.shoumi.portal.i18n.messages",
                java.util.Locale.ENGLISH);
        for (String key : java.util.Collections.list(bundle.getKeys()).stream().filter(k -> k.startsWith("report.col."))
                .toList()) {
            for (String word : en.apply(key).split("[\\s()%,:;/]+")) {
                assertTrue(word.isEmpty() || words.contains(word), key + ": \"" + word + "\" whole in " + text);
            }
        }
    }

    @Test
    void aChartIsDrawnAtTwiceItsPrintedSizeInTheBundledFont() {
        BufferedImage chart = YearReportPdf.coverageChart(ReportsFixtures.demoYear(), ReportsFixtures.chinese());
        assertEquals(2 * YearReportPdf.CHART_WIDTH, chart.getWidth());
        assertEquals(2 * YearReportPdf.CHART_HEIGHT, chart.getHeight());
        assertTrue(colours(chart) > 10, "bars and text, not a blank image");
        assertEquals(-1, YearReportPdf.chartFont().canDisplayUpTo("各部门培训完成率保密办公室"), "Chinese in the chart font");
        assertEquals("WenQuanYiMicroHei", YearReportPdf.chartFont().getPSName());
    }

    private static long colours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().count();
    }
}
