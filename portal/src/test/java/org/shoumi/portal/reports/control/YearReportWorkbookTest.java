package org.shoumi.portal.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.SecrecyClass;

/** The year-end workbook read back with POI: every figure in its cell, numbers as numbers, rates as %. */
class YearReportWorkbookTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static XSSFWorkbook read(YearFigures figures, java.util.function.Function<String, String> labels)
            throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(YearReportWorkbook.write(figures, labels, SHANGHAI)));
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column);
    }

    private static double number(Sheet sheet, int row, int column) {
        Cell c = cell(sheet, row, column);
        assertEquals(CellType.NUMERIC, c.getCellType(), sheet.getSheetName() + " R" + (row + 1) + "C" + (column + 1));
        return c.getNumericCellValue();
    }

    private static String text(Sheet sheet, int row, int column) {
        return cell(sheet, row, column).getStringCellValue();
    }

    private static void assertRate(double fraction, Sheet sheet, int row, int column) {
        assertEquals(fraction, number(sheet, row, column), 1e-9);
        assertTrue(cell(sheet, row, column).getCellStyle().getDataFormatString().contains("%"),
                "a rate is formatted as a percentage");
    }

    @Test
    void aSummarySheetThenOneSheetPerSectionNamedInChinese() throws Exception {
        try (XSSFWorkbook book = read(ReportsFixtures.demoYear(), ReportsFixtures.chinese())) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("汇总", "各部门培训覆盖", "各类别培训覆盖", "培训学时", "考试情况", "线下培训", "保密承诺书", "保密自查",
                    "离岗离职"), names);
            Sheet coverage = book.getSheet("各部门培训覆盖");
            assertEquals(List.of("部门代码", "部门", "人数（本年度全部人员）", "应培训项目", "已完成", "逾期", "完成率"), header(coverage));
            assertEquals(1, coverage.getPaneInformation().getHorizontalSplitPosition(), "the header row stays in view");
        }
    }

    @Test
    void theSummaryHasTheHeadingAndTheTotals() throws Exception {
        try (XSSFWorkbook book = read(ReportsFixtures.demoYear(), ReportsFixtures.chinese())) {
            Sheet s = book.getSheet("汇总");
            assertEquals("单位", text(s, 1, 0));
            assertEquals("示范单位", text(s, 1, 1));
            assertEquals(2026, number(s, 2, 1));
            assertEquals("全单位", text(s, 3, 1));
            assertEquals(LocalDateTime.of(2026, 12, 31, 10, 30), cell(s, 4, 1).getLocalDateTimeCellValue(),
                    "the generation time in the unit's zone");
            assertEquals("人数（本年度全部人员）", text(s, 5, 0));
            assertEquals(20, number(s, 5, 1));
            assertEquals("完成率", text(s, 9, 0));
            assertRate(0.875, s, 9, 1);
            assertEquals("人均学时", text(s, 10, 0));
            assertEquals(10.93, number(s, 10, 1), 1e-9);
            assertEquals("合格率", text(s, 14, 0));
            assertRate(0.88, s, 14, 1);
            assertEquals("处于脱密期人数", text(s, 21, 0));
            assertEquals(3, number(s, 21, 1));
        }
    }

    /** Found by an outside check: the report's PDF named who exported it, the workbook of the same figures did not. */
    @Test
    void theWorkbookNamesWhoExportedIt() throws Exception {
        byte[] xlsx = YearReportWorkbook.write(ReportsFixtures.demoYear(), ReportsFixtures.chinese(), SHANGHAI,
                "黄海涛（officer）");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = book.getSheet("汇总");
            assertEquals("导出人", text(s, 5, 0));
            assertEquals("黄海涛（officer）", text(s, 5, 1));
            assertEquals("人数（本年度全部人员）", text(s, 6, 0), "the totals follow");
            assertEquals("黄海涛（officer）", book.getProperties().getCoreProperties().getCreator());
        }
    }

    @Test
    void coverageRowsByDepartmentAndByClassEndInATotal() throws Exception {
        try (XSSFWorkbook book = read(ReportsFixtures.demoYear(), ReportsFixtures.chinese())) {
            Sheet d = book.getSheet("各部门培训覆盖");
            assertEquals("RSC", text(d, 3, 0));
            assertEquals("人事处", text(d, 3, 1));
            assertEquals(List.of(6.0, 12.0, 9.0, 3.0), List.of(number(d, 3, 2), number(d, 3, 3), number(d, 3, 4),
                    number(d, 3, 5)));
            assertRate(0.75, d, 3, 6);
            assertEquals("合计", text(d, 4, 0));
            assertEquals(40, number(d, 4, 3));
            assertRate(0.875, d, 4, 6);

            Sheet c = book.getSheet("各类别培训覆盖");
            assertEquals("核心", text(c, 1, 0));
            assertEquals("非涉密", text(c, 4, 0));
            assertRate(0.857, c, 2, 5);
            assertEquals("合计", text(c, 5, 0));
            assertEquals(20, number(c, 5, 1));
        }
    }

    @Test
    void hoursQuizzesAndSessionsAreNumbersAndDates() throws Exception {
        try (XSSFWorkbook book = read(ReportsFixtures.demoYear(), ReportsFixtures.chinese())) {
            Sheet h = book.getSheet("培训学时");
            assertEquals(List.of("涉密类别", "人数（年末在岗）", "人均学时", "学时要求（多数人）", "达标人数", "达标率"), header(h));
            assertEquals("一般", text(h, 3, 0));
            assertEquals(9.25, number(h, 3, 2), 1e-9);
            assertEquals(8, number(h, 3, 3));
            assertRate(1.0, h, 3, 5);
            assertEquals(CellType.BLANK, cell(h, 5, 3).getCellType(), "no total of the targets");

            Sheet q = book.getSheet("考试情况");
            assertEquals("Q2026-01", text(q, 1, 0));
            assertEquals("2026年度保密知识考试", text(q, 1, 1));
            assertEquals(20, number(q, 1, 2));
            assertEquals(17, number(q, 1, 3));
            assertRate(0.85, q, 1, 4);
            assertEquals(84.5, number(q, 1, 5), 1e-9);
            assertEquals(86.0, number(q, 3, 5), 1e-9);

            Sheet s = book.getSheet("线下培训");
            assertEquals(LocalDate.of(2026, 9, 20), cell(s, 2, 0).getLocalDateTimeCellValue().toLocalDate());
            assertTrue(cell(s, 2, 0).getCellStyle().getDataFormatString().contains("yy"));
            assertEquals("警示教育片", text(s, 2, 1), "the kind in the reader's language");
            assertEquals("泄密案例警示教育片观看", text(s, 2, 2));
            assertEquals(1.5, number(s, 2, 3), 1e-9);
            assertEquals(List.of(20.0, 19.0, 1.0), List.of(number(s, 2, 4), number(s, 2, 5), number(s, 2, 6)));
            assertRate(0.95, s, 2, 7);
            assertEquals(3.5, number(s, 3, 3), 1e-9);
        }
    }

    @Test
    void pledgesInspectionAndDeparturesListEveryKind() throws Exception {
        try (XSSFWorkbook book = read(ReportsFixtures.demoYear(), ReportsFixtures.chinese())) {
            Sheet p = book.getSheet("保密承诺书");
            assertEquals("保密协议", text(p, 4, 0));
            assertEquals(0, number(p, 4, 1), "a kind with none signed is listed with 0");
            assertEquals(17, number(p, 2, 1));
            // issue 16: the topic pledge and the responsibility letters come after the agreement, then the total
            assertEquals("专项保密承诺书", text(p, 5, 0));
            assertEquals("部门保密工作责任书", text(p, 6, 0));
            assertEquals(0, number(p, 6, 1));
            assertEquals("兼职保密员保密工作责任书", text(p, 7, 0));
            assertEquals(0, number(p, 7, 1));
            // the pledges of lowerings that keep people in post, then the total (ex-s38a 1)
            assertEquals("降低涉密类别保密承诺书（仍在岗）", text(p, 8, 0));
            assertEquals(0, number(p, 8, 1));
            assertEquals("合计", text(p, 9, 0));
            assertEquals(22, number(p, 9, 1));

            Sheet i = book.getSheet("保密自查");
            assertEquals(36, number(i, 2, 1));
            assertEquals(1, number(i, 3, 1));
            assertEquals(5, number(i, 4, 1));
            assertRate(0.833, i, 5, 1);
            assertEquals("保密办检查（部门次）", text(i, 6, 0));
            assertEquals(3, number(i, 6, 1), "the departments the office inspected itself");

            Sheet d = book.getSheet("离岗离职");
            assertEquals("离职", text(d, 2, 0));
            assertEquals(1, number(d, 2, 1));
            // the total is of those who left; the hand-over follows it, not counted in it (outside check: it sat
            // above the total, and the column did not add up)
            assertEquals("合计（每人计一次）", text(d, 3, 0));
            assertEquals(2, number(d, 3, 1));
            assertEquals("转岗交接", text(d, 4, 0));
            assertEquals(0, number(d, 4, 1));
            assertEquals("降低涉密类别（仍在岗，不计入合计）", text(d, 5, 0));
            assertEquals(0, number(d, 5, 1));
            assertEquals("本年度脱密期届满人数", text(d, 7, 0));
            assertEquals(1, number(d, 7, 1));
        }
    }

    /**
     * Found by an outside check: SM020 left the post and then the unit in the same year; the sheet read 离岗 2, 离职 4,
     * 合计 6 and the summary 离岗离职人数 6, where 5 people had left. The kinds keep their counts, the total and the
     * summary count each person once.
     */
    @Test
    void aPersonWhoLeftThePostAndThenTheUnitIsOneInTheTotalAndTheSummary() throws Exception {
        try (XSSFWorkbook book = read(ReportsFixtures.oneLeftThePostThenTheUnit(), ReportsFixtures.chinese())) {
            Sheet d = book.getSheet("离岗离职");
            assertEquals("离岗", text(d, 1, 0));
            assertEquals(2, number(d, 1, 1));
            assertEquals("离职", text(d, 2, 0));
            assertEquals(4, number(d, 2, 1));
            assertEquals("合计（每人计一次）", text(d, 3, 0));
            assertEquals(5, number(d, 3, 1));
            Sheet s = book.getSheet("汇总");
            assertEquals("离岗离职人数", text(s, 20, 0));
            assertEquals(5, number(s, 20, 1));
        }
        try (XSSFWorkbook book = read(ReportsFixtures.oneLeftThePostThenTheUnit(), ReportsFixtures.english())) {
            assertEquals("Total (each person once)", text(book.getSheet("Departures"), 3, 0));
        }
    }

    /**
     * Found by an outside check: a lowering 重要 → 一般 that kept the person in post counted as a 离岗, in 合计 and in the
     * summary's 离岗离职人数. It is on a row of its own after the total, as the hand-over is, and in neither.
     */
    @Test
    void aLoweringThatKeepsThePersonInPostIsListedAfterTheTotalAndNotCountedAsLeft() throws Exception {
        try (XSSFWorkbook book = read(ReportsFixtures.oneLeftTwoLoweredInPost(), ReportsFixtures.chinese())) {
            Sheet d = book.getSheet("离岗离职");
            assertEquals("离岗", text(d, 1, 0));
            assertEquals(1, number(d, 1, 1));
            assertEquals("合计（每人计一次）", text(d, 3, 0));
            assertEquals(1, number(d, 3, 1));
            assertEquals("降低涉密类别（仍在岗，不计入合计）", text(d, 5, 0));
            assertEquals(2, number(d, 5, 1));
            Sheet s = book.getSheet("汇总");
            assertEquals("离岗离职人数", text(s, 20, 0));
            assertEquals(1, number(s, 20, 1));
            // their pledges are on a row of their own and in the total (they were counted in no row; ex-s38a 1)
            Sheet p = book.getSheet("保密承诺书");
            assertEquals("降低涉密类别保密承诺书（仍在岗）", text(p, 8, 0));
            assertEquals(2, number(p, 8, 1));
            assertEquals(3, number(p, 9, 1), "the lowerings' two and the exit pledge of the one who left");
        }
    }

    @Test
    void englishLabelsComeFromTheLookup() throws Exception {
        try (XSSFWorkbook book = read(ReportsFixtures.noQuizzesNoSessions(), ReportsFixtures.english())) {
            assertEquals("Summary", book.getSheetName(0));
            Sheet d = book.getSheet("Coverage by department");
            assertEquals("Completion rate", text(d, 0, 6));
            assertEquals("办公室 (BGS)", text(book.getSheet("Summary"), 3, 1));
            assertEquals("General", text(book.getSheet("Study hours"), 1, 0));
        }
    }

    @Test
    void anEmptyReportHasHeadersZerosAndBlankRates() throws Exception {
        try (XSSFWorkbook book = read(ReportsFixtures.empty(), ReportsFixtures.chinese())) {
            assertEquals(9, book.getNumberOfSheets());
            Sheet q = book.getSheet("考试情况");
            assertEquals("合计", text(q, 1, 0));
            assertEquals(0, number(q, 1, 2));
            assertEquals(CellType.BLANK, cell(q, 1, 4).getCellType(), "no pass rate when no one took a quiz");
            assertEquals(CellType.BLANK, cell(book.getSheet("汇总"), 9, 1).getCellType());
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        YearFigures f = YearFigures.builder("=HYPERLINK(\"http://x\")", 2026, ReportsFixtures.GENERATED,
                YearFigures.Scope.wholeUnit()).department("D1", "+SUM(A1)", 1, 1, 1, 0)
                .secrecyClass(SecrecyClass.CORE, 1, 1, 1, 0).build();
        try (XSSFWorkbook book = read(f, ReportsFixtures.chinese())) {
            Cell unit = cell(book.getSheet("汇总"), 1, 1);
            assertEquals(CellType.STRING, unit.getCellType());
            assertEquals("=HYPERLINK(\"http://x\")", unit.getStringCellValue(), "the text as stored");
            assertTrue(unit.getCellStyle().getQuotePrefixed(), "and quote-prefixed, so editing it makes no formula");
            assertEquals("+SUM(A1)", text(book.getSheet("各部门培训覆盖"), 1, 1));
            assertTrue(cell(book.getSheet("各部门培训覆盖"), 1, 1).getCellStyle().getQuotePrefixed());
        }
    }

    private static List<String> header(Sheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
        return header;
    }
}
