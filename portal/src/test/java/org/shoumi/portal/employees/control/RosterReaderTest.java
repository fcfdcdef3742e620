package org.shoumi.portal.employees.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shoumi.portal.employees.control.RosterFixtures.DIRECTORY;
import static org.shoumi.portal.employees.control.RosterFixtures.TODAY;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.control.RosterProblem.Kind;
import org.shoumi.portal.employees.entity.SecrecyClass;

/** The roster layout in CSV (UTF-8, with BOM, GBK) and Excel; every problem named by row and column. */
class RosterReaderTest {

    private static final String GOOD = """
            工号,姓名,部门,岗位,涉密类别,入职日期,登录名
            SM101,张　三,办公室,秘书,核心,2024-03-01,
            SM102,李四,HR,机关工作人员,重要涉密人员,2024/3/5,lisi
            SM103,Wang Wu,科研处,CLERK,一般,2023.12.1,
            SM104,赵六,research,文书,非涉密,2022年7月15日,ZhaoLiu
            """;

    private static RosterReader.Result csv(byte[] bytes) {
        RosterFiles.Sheet sheet = RosterFiles.read("roster.csv", bytes);
        assertEquals(List.of(), sheet.problems());
        return RosterReader.read(sheet.rows(), DIRECTORY, TODAY);
    }

    private static RosterReader.Result csv(String text) {
        return csv(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Kind> kinds(RosterReader.Result result) {
        return result.problems().stream().map(RosterProblem::kind).toList();
    }

    /**
     * The import takes staff numbers by the hire form's rule (StaffNumber): not "-1", not "000", not "0-0" or "SM-",
     * "_" allowed.
     */
    @Test
    void aStaffNumberFollowsTheHireFormsRule() {
        String rows = """
                工号,姓名,部门,岗位,涉密类别,入职日期,登录名
                -1,负一,办公室,秘书,核心,2024-01-01,
                000,全零,办公室,秘书,核心,2024-01-01,
                SM_301,下划线,办公室,秘书,核心,2024-01-01,
                0-0,零杠零,办公室,秘书,核心,2024-01-01,
                SM-,杠结尾,办公室,秘书,核心,2024-01-01,
                """;
        RosterReader.Result result = csv(rows);
        assertEquals(List.of(Kind.EMPLOYEE_NO_INVALID, Kind.EMPLOYEE_NO_INVALID, Kind.EMPLOYEE_NO_INVALID,
                Kind.EMPLOYEE_NO_INVALID), kinds(result));
        assertEquals(List.of(2, 3, 5, 6), result.problems().stream().map(RosterProblem::row).toList());
    }

    @Test
    void readsAUtf8CsvInTheUsualLayout() {
        RosterReader.Result result = csv(GOOD);
        assertEquals(List.of(), result.problems());
        assertTrue(result.importable());
        assertEquals(List.of(
                new RosterLine(2, "SM101", "张三", "OFFICE", "SECRETARY", SecrecyClass.CORE, LocalDate.of(2024, 3, 1), null),
                new RosterLine(3, "SM102", "李四", "HR", "STAFF", SecrecyClass.IMPORTANT, LocalDate.of(2024, 3, 5), "lisi"),
                new RosterLine(4, "SM103", "Wang Wu", "RESEARCH", "CLERK", SecrecyClass.GENERAL, LocalDate.of(2023, 12, 1), null),
                new RosterLine(5, "SM104", "赵六", "RESEARCH", "CLERK", SecrecyClass.NONE, LocalDate.of(2022, 7, 15), "zhaoliu")),
                result.lines());
    }

    @Test
    void readsTheSameFileInGbkAndWithABom() {
        assertEquals(csv(GOOD).lines(), csv(GOOD.getBytes(Charset.forName("GBK"))).lines());
        byte[] utf8 = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertEquals(csv(GOOD).lines(), csv(bom).lines());
    }

    @Test
    void readsAnExcelFileWithDateCellsNumbersAndATitleRow() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("名册");
            sheet.createRow(0).createCell(0).setCellValue("某某单位人员名册（2026年11月）");
            Row header = sheet.createRow(1);
            List<String> headers = List.of("序号", "工号", "姓名", "性别", "部门", "岗位", "涉密类别", "入职日期");
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Row a = sheet.createRow(2);
            a.createCell(0).setCellValue(1);
            a.createCell(1).setCellValue(1001);            // a staff number typed as a number
            a.createCell(2).setCellValue("周七");
            a.createCell(3).setCellValue("女");
            a.createCell(4).setCellValue("人事处");
            a.createCell(5).setCellValue("秘书");
            a.createCell(6).setCellValue("重要");
            a.createCell(7).setCellValue(LocalDate.of(2025, 1, 15));
            a.getCell(7).setCellStyle(dateStyle);
            Row b = sheet.createRow(3);
            b.createCell(1).setCellValue("SM-1002");
            b.createCell(2).setCellValue("吴八");
            b.createCell(4).setCellValue("OFFICE");
            b.createCell(5).setCellValue("Office staff");
            b.createCell(6).setCellValue("NONE");
            b.createCell(7).setCellValue("2025/2/3");
            sheet.createRow(4);                            // an empty row is skipped
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        RosterFiles.Sheet sheet = RosterFiles.read("名册.XLSX", xlsx);
        assertEquals(List.of(), sheet.problems());
        RosterReader.Result result = RosterReader.read(sheet.rows(), DIRECTORY, TODAY);
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(
                new RosterLine(3, "1001", "周七", "HR", "SECRETARY", SecrecyClass.IMPORTANT, LocalDate.of(2025, 1, 15), null),
                new RosterLine(4, "SM-1002", "吴八", "OFFICE", "STAFF", SecrecyClass.NONE, LocalDate.of(2025, 2, 3), null)),
                result.lines());
    }

    @Test
    void everyBadRowIsNamedWithItsColumnAndNothingIsImportable() {
        String bad = """
                工号,姓名,部门,岗位,涉密类别,入职日期,登录名
                SM201,好人,办公室,秘书,核心,2024-01-01,
                ,没有工号,办公室,秘书,核心,2024-01-01,
                SM#203,坏工号,办公室,秘书,核心,2024-01-01,
                SM201,重复,办公室,秘书,核心,2024-01-01,
                SM205,,办公室,秘书,核心,2024-01-01,
                SM206,部门不明,后勤处,秘书,核心,2024-01-01,
                SM207,岗位不明,办公室,厨师,核心,2024-01-01,
                SM208,类别不明,办公室,秘书,绝密,2024-01-01,
                SM209,日期不对,办公室,秘书,核心,2024-02-30,
                SM210,日期太晚,办公室,秘书,核心,2030-01-01,
                SM211,缺三项,,,,,
                SM212,登录名不对,办公室,秘书,核心,2024-01-01,张三
                SM213,登录名重复,办公室,秘书,核心,2024-01-01,same
                SM214,登录名重复,办公室,秘书,核心,2024-01-01,SAME
                SM215,名字太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太长太,办公室,秘书,核心,2024-01-01,
                """;
        RosterReader.Result result = csv(bad);
        assertFalse(result.importable());
        assertEquals(List.of(Kind.EMPLOYEE_NO_MISSING, Kind.EMPLOYEE_NO_INVALID, Kind.EMPLOYEE_NO_DUPLICATE,
                Kind.NAME_MISSING, Kind.DEPARTMENT_UNKNOWN, Kind.POST_UNKNOWN, Kind.CLASS_UNKNOWN, Kind.DATE_INVALID,
                Kind.DATE_OUT_OF_RANGE, Kind.DEPARTMENT_MISSING, Kind.POST_MISSING, Kind.CLASS_MISSING,
                Kind.DATE_MISSING, Kind.USERNAME_INVALID, Kind.USERNAME_DUPLICATE, Kind.NAME_TOO_LONG), kinds(result));
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 12, 12, 13, 15, 16),
                result.problems().stream().map(RosterProblem::row).toList());
        RosterProblem duplicate = result.problems().get(2);
        assertEquals(List.of("SM201", "2"), duplicate.args());
        assertEquals("A 工号", duplicate.where());
        RosterProblem department = result.problems().get(4);
        assertEquals(List.of("后勤处"), department.args());
        assertEquals("C 部门", department.where());
        assertEquals("employees.import.problem.DEPARTMENT_UNKNOWN", department.key());
        assertEquals("G 登录名", result.problems().get(13).where());
        // the good rows are still read, but nothing can be imported while any row is bad
        assertEquals(List.of("SM201", "SM213"), result.lines().stream().map(RosterLine::employeeNo).toList());
    }

    /** The outside probe's names: a bidi override, a bell, a zero-width joiner; rare CJK stays a name. */
    @Test
    void aNameWithControlOrDirectionCharactersIsRefusedButRareCharactersAreNames() {
        String rows = "工号,姓名,部门,岗位,涉密类别,入职日期,登录名\n"
                + "SM301,李\u202E明,办公室,秘书,核心,2024-01-01,\n"
                + "SM302,王\u0007五,办公室,秘书,核心,2024-01-01,\n"
                + "SM303,赵\u200D六,办公室,秘书,核心,2024-01-01,\n"
                + "SM304,刘䶮,办公室,秘书,核心,2024-01-01,\n"
                + "SM305,吉𠮷,办公室,秘书,核心,2024-01-01,\n";
        RosterReader.Result result = csv(rows);
        assertEquals(List.of(Kind.NAME_INVALID, Kind.NAME_INVALID, Kind.NAME_INVALID), kinds(result));
        assertEquals(List.of(2, 3, 4), result.problems().stream().map(RosterProblem::row).toList());
        assertEquals("B 姓名", result.problems().get(0).where());
        assertEquals(List.of("刘䶮", "吉𠮷"), result.lines().stream().map(RosterLine::name).toList());
    }

    /** Found by an outside check: a person given the login "system" became the maker of the daily backups. */
    @Test
    void theNamesThePortalSignsItsOwnWorkWithAreRefusedInAnyCase() {
        String rows = """
                工号,姓名,部门,岗位,涉密类别,入职日期,登录名
                SM301,甲,办公室,秘书,核心,2024-01-01,system
                SM302,乙,办公室,秘书,核心,2024-01-01,API
                SM303,丙,办公室,秘书,核心,2024-01-01, Directory
                SM304,丁,办公室,秘书,核心,2024-01-01,system1
                """;
        RosterReader.Result result = csv(rows);
        assertFalse(result.importable());
        assertEquals(List.of(Kind.USERNAME_RESERVED, Kind.USERNAME_RESERVED, Kind.USERNAME_RESERVED), kinds(result));
        assertEquals(List.of(2, 3, 4), result.problems().stream().map(RosterProblem::row).toList());
        assertEquals(List.of("api"), result.problems().get(1).args());
        assertEquals("G 登录名", result.problems().get(0).where());
    }

    @Test
    void aMissingColumnIsNamedOnce() {
        RosterReader.Result result = csv("工号,姓名,部门,入职日期\nSM1,张三,办公室,2024-01-01\n");
        assertEquals(List.of(Kind.MISSING_COLUMN, Kind.MISSING_COLUMN), kinds(result));
        assertEquals(List.of(List.of("岗位"), List.of("涉密类别")),
                result.problems().stream().map(RosterProblem::args).toList());
        assertEquals(1, result.problems().get(0).row());
        assertEquals(List.of(Kind.DUPLICATE_COLUMN),
                kinds(csv("工号,姓名,部门,岗位,涉密类别,入职日期,员工编号\nSM1,张三,办公室,秘书,核心,2024-01-01,SM1\n")));
    }

    /**
     * Found by an outside check: 参加工作日期 (the start of a career) was read as 入职日期 and 人员类别 (在编, 合同制 …) as
     * 涉密类别, so a hire of this month was dated 2005 for good, and an export carrying both real and alias columns was
     * refused naming the real header ("F 涉密类别") under a column headed 人员类别. They are extra columns now, and a
     * column read twice is named by the file's own headers.
     */
    @Test
    void careerStartAndEmployeeCategoryAreExtraColumnsAndATwiceReadColumnIsNamedByItsOwnHeader() {
        RosterReader.Result both = csv("""
                工号,姓名,部门,岗位,涉密类别,人员类别,参加工作日期,入职日期,在职状态
                SM002,李明,办公室,秘书,一般,合同制,2010-07-01,2023-08-09,在职
                """);
        assertEquals(List.of(), both.problems());
        assertEquals(LocalDate.of(2023, 8, 9), both.lines().get(0).hireDate());
        assertEquals(SecrecyClass.GENERAL, both.lines().get(0).secrecyClass());

        RosterReader.Result aliasesOnly = csv("""
                工号,姓名,性别,部门,岗位,人员类别,参加工作日期
                SM402,黄小明,男,办公室,秘书,重要,2005-07-01
                """);
        assertEquals(List.of(Kind.MISSING_COLUMN, Kind.MISSING_COLUMN), kinds(aliasesOnly));
        assertEquals(List.of(List.of("涉密类别"), List.of("入职日期")),
                aliasesOnly.problems().stream().map(RosterProblem::args).toList());

        RosterReader.Result twice = csv("""
                工号,姓名,部门,岗位,涉密类别,涉密人员类别,入职日期
                SM002,李明,办公室,秘书,一般,一般,2023-08-09
                """);
        assertEquals(List.of(Kind.DUPLICATE_COLUMN), kinds(twice));
        RosterProblem second = twice.problems().get(0);
        assertEquals("F 涉密人员类别", second.where());
        assertEquals(List.of("E", "涉密类别", "涉密类别"), second.args().subList(0, 3));
    }

    /**
     * Found by an outside check: a row saying 离职 in the export's 在职状态 column (an extra column) read 不变, and no
     * departure was opened. The reader marks such a row (status or leaving date) for the check to say so.
     */
    @Test
    void aRowTheFileMarksAsLeftIsMarked() {
        RosterReader.Result result = csv("""
                工号,姓名,部门,岗位,涉密类别,入职日期,在职状态,离职日期
                SM002,李明,办公室,秘书,一般,2023-08-09,离职,2026-12-01
                SM003,王芳,办公室,秘书,一般,2023-08-09,在职,
                SM004,赵强,办公室,秘书,一般,2023-08-09,,2026/12/01
                """);
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(true, false, true), result.lines().stream().map(RosterLine::markedLeft).toList());
        // named by the column that says so, as a spreadsheet shows it (ex-s37f 2)
        assertEquals(java.util.Arrays.asList("G 在职状态", null, "H 离职日期"),
                result.lines().stream().map(RosterLine::leftAt).toList());
        assertFalse(csv(GOOD).lines().stream().anyMatch(RosterLine::markedLeft));
    }

    /**
     * Found by an outside check (ex-s37f 5): an export with two title rows, the header and exactly 5,000 people was
     * refused as "文件超过 5000 行". The people count, not the title rows, the header or blank lines.
     */
    @Test
    void onlyThePeopleCountAgainstTheLimit() {
        StringBuilder file = new StringBuilder("名册\n导出时间 2026-12-07\n工号,姓名,部门,岗位,涉密类别,入职日期\n");
        for (int i = 0; i < RosterFiles.MAX_ROWS; i++) {
            file.append("SM").append(10000 + i).append(",人员").append(i).append(",办公室,秘书,一般,2024-03-01\n");
            if (i % 1000 == 0) {
                file.append(",,,,,\n");
            }
        }
        RosterReader.Result all = csv(file.toString());
        assertEquals(List.of(), all.problems());
        assertEquals(RosterFiles.MAX_ROWS, all.lines().size());
        RosterReader.Result oneMore = csv(file + "SM99999,多一人,办公室,秘书,一般,2024-03-01\n");
        assertEquals(List.of(RosterProblem.ofFile(Kind.TOO_MANY_ROWS, RosterFiles.MAX_ROWS)), oneMore.problems());
    }

    @Test
    void emptyAndUnreadableFilesAreRefused() {
        assertEquals(List.of(Kind.EMPTY), kinds(csv("")));
        assertEquals(List.of(Kind.EMPTY), kinds(csv("工号,姓名,部门,岗位,涉密类别,入职日期\n,,,,,\n")));
        assertEquals(List.of(Kind.MISSING_COLUMN, Kind.MISSING_COLUMN, Kind.MISSING_COLUMN, Kind.MISSING_COLUMN,
                Kind.MISSING_COLUMN, Kind.MISSING_COLUMN), kinds(csv("a,b\n1,2\n")));
        assertEquals(Kind.UNREADABLE, RosterFiles.read("x.xlsx", "not a workbook".getBytes()).problems().get(0).kind());
        assertEquals(Kind.UNREADABLE, RosterFiles.read("x.txt", new byte[1]).problems().get(0).kind());
        // a quote that does not pair is named with its row (an outside check was told the file was unreadable)
        RosterProblem open = RosterFiles.read("x.csv", "a,\"b\n".getBytes()).problems().get(0);
        assertEquals(List.of(Kind.CSV_QUOTES, 1), List.of(open.kind(), open.row()));
        RosterProblem stray = RosterFiles.read("x.csv", "工号,姓名\nSM1,张三\nSM2,\"李\"四\nSM3,王五\n"
                .getBytes(StandardCharsets.UTF_8)).problems().get(0);
        assertEquals(List.of(Kind.CSV_QUOTES, 3), List.of(stray.kind(), stray.row()));
        assertEquals(Kind.TOO_LARGE, RosterFiles.read("x.csv", new byte[RosterFiles.MAX_BYTES + 1]).problems().get(0).kind());
        assertEquals(Kind.TOO_MANY_ROWS, RosterFiles.csv("1\n".repeat(RosterFiles.MAX_ROWS + RosterFiles.ROWS_ABOVE
                + 1).getBytes()).problems().get(0).kind());
    }

    @Test
    void acceptsTheUsualDateSpellings() {
        LocalDate d = LocalDate.of(2024, 3, 5);
        for (String text : List.of("2024-03-05", "2024-3-5", "2024/3/5", "2024/03/05", "2024.3.5", "2024年3月5日",
                "20240305", "２０２４／３／５", "2024/3/5 0:00", "2024-03-05 00:00:00")) {
            assertEquals(d, RosterReader.date(text), text);
        }
        for (String text : List.of("2024-13-01", "2023-02-29", "5/3/2024", "45356", "明年", "2024-03")) {
            assertNull(RosterReader.date(text), text);
        }
        assertEquals(LocalDate.of(2024, 2, 29), RosterReader.date("2024/2/29"));
    }

    @Test
    void acceptsTheUsualClassSpellings() {
        assertEquals(SecrecyClass.CORE, RosterReader.secrecyClass("核心涉密人员"));
        assertEquals(SecrecyClass.IMPORTANT, RosterReader.secrecyClass("重要"));
        assertEquals(SecrecyClass.GENERAL, RosterReader.secrecyClass("一般涉密"));
        assertEquals(SecrecyClass.GENERAL, RosterReader.secrecyClass("general"));
        assertEquals(SecrecyClass.NONE, RosterReader.secrecyClass("非涉密人员"));
        assertEquals(SecrecyClass.NONE, RosterReader.secrecyClass("非涉密"));
        assertNull(RosterReader.secrecyClass("机密"));
    }

    @Test
    void theTemplatesCarryTheHeaderAndReadBackAsAnEmptyFile() {
        RosterFiles.Sheet csv = RosterFiles.csv(RosterFiles.templateCsv());
        assertEquals(List.of(RosterColumn.headers()), csv.rows());
        RosterFiles.Sheet xlsx = RosterFiles.xlsx(RosterFiles.templateXlsx());
        assertEquals(List.of(RosterColumn.headers()), xlsx.rows());
        assertEquals(List.of(Kind.EMPTY), kinds(RosterReader.read(xlsx.rows(), DIRECTORY, TODAY)));
    }

    @Test
    void columnLettersGoPastZ() {
        assertEquals("A", RosterColumn.letter(0));
        assertEquals("Z", RosterColumn.letter(25));
        assertEquals("AA", RosterColumn.letter(26));
    }

    /**
     * Found by an outside check: the check stopped at the reader's problems (a bad date, a staff number twice) and
     * only a second check named a 离岗 person's class lowered; that one showed a bare 涉密类别 where the others show
     * "F 入职日期". The rows the reader refused are left out of the plan, the others are still planned, and every
     * problem is placed at its column's letter.
     */
    @Test
    void theRowsWithoutReaderProblemsArePlannedAndEveryProblemNamesItsColumnLetter() {
        RosterReader.Result read = csv("""
                工号,姓名,部门,岗位,涉密类别,入职日期
                SM005,孙七,HR,CLERK,非涉密,2020-01-01
                SM024,新人,HR,CLERK,一般,2099-01-01
                SM050,新人二,HR,CLERK,一般,2026-02-30
                sm051,新人三,HR,CLERK,一般,2024-01-01
                SM051,新人三,HR,CLERK,一般,2024-01-01
                """);
        assertEquals(List.of(Kind.DATE_OUT_OF_RANGE, Kind.DATE_INVALID, Kind.EMPLOYEE_NO_DUPLICATE), kinds(read));
        assertEquals(List.of("SM005", "sm051"), read.lines().stream().map(RosterLine::employeeNo).toList(),
                "the rows without reader problems are still there to plan");
        RosterPlan.Result plan = RosterPlan.plan(read.lines(), List.of(new RosterPlan.Current("SM005", "孙七", "HR",
                "CLERK", SecrecyClass.CORE, org.shoumi.portal.employees.entity.EmployeeStatus.LEFT_POST, null)),
                java.util.Map.of());
        RosterProblem lowered = plan.problems().get(0);
        assertEquals(Kind.CLASS_NOT_IN_POST, lowered.kind());
        assertEquals("涉密类别", lowered.where(), "the plan sees lines, not cells");
        assertEquals("E 涉密类别", read.placed(lowered).where(), "placed as the reader's own problems are");
        assertEquals("F 入职日期", read.problems().get(0).where());
        RosterProblem missing = RosterProblem.of(1, RosterColumn.USERNAME, -1, Kind.MISSING_COLUMN, "登录名");
        assertEquals("登录名", read.placed(missing).where(), "a column the file does not have stays bare");
    }
}
