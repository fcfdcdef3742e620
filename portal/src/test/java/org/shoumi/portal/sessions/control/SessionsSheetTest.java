package org.shoumi.portal.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.sessions.control.SheetProblem.Kind;
import org.shoumi.portal.sessions.control.SignInSheet.Line;
import org.shoumi.portal.sessions.control.SignInSheet.Person;
import org.shoumi.portal.sessions.control.SignInSheet.Result;

/** Sign-in sheets: CSV in UTF-8, UTF-8 with BOM and GBK, Excel built here with POI, and every bad row named. */
class SessionsSheetTest {

    private static final Map<String, Person> ROSTER = Map.of(
            "SM001", new Person("SM001", EmployeeStatus.ACTIVE),
            "SM002", new Person("SM002", EmployeeStatus.ACTIVE),
            "SM003", new Person("SM003", EmployeeStatus.LEFT_POST),
            "SM009", new Person("SM009", EmployeeStatus.LEFT_UNIT),
            "1001", new Person("1001", EmployeeStatus.ONBOARDING));

    private static final String GOOD = "序号,工号,姓名,签名\n1,SM001,王建国,王建国\n2,sm002,李明,李明\n3,SM003,张三,张三\n";

    private static Result check(String fileName, byte[] bytes, Set<String> already) {
        SignInSheet.Rows rows = SignInSheet.rows(fileName, bytes);
        assertEquals(List.of(), rows.problems());
        return SignInSheet.check(rows.rows(), ROSTER, already);
    }

    private static List<String> numbers(Result r) {
        return r.lines().stream().map(Line::employeeNo).toList();
    }

    private static byte[] withBom(byte[] bytes) {
        byte[] out = new byte[bytes.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, out, 3, bytes.length);
        return out;
    }

    @Test
    void aGoodCsvInUtf8RecordsEveryRowByItsStoredStaffNumber() {
        Result r = check("签到表.csv", GOOD.getBytes(StandardCharsets.UTF_8), Set.of());
        assertTrue(r.importable(), r.problems().toString());
        assertEquals(List.of("SM001", "SM002", "SM003"), numbers(r), "sm002 is SM002; 离岗 people still count");
        assertEquals(List.of(2, 3, 4), r.lines().stream().map(Line::row).toList());
    }

    @Test
    void utf8WithBomAndGbkReadTheSame() {
        Result bom = check("a.CSV", withBom(GOOD.getBytes(StandardCharsets.UTF_8)), Set.of());
        Result gbk = check("a.csv", GOOD.getBytes(Charset.forName("GBK")), Set.of());
        assertTrue(bom.importable() && gbk.importable(), bom.problems() + " " + gbk.problems());
        assertEquals(List.of("SM001", "SM002", "SM003"), numbers(bom));
        assertEquals(List.of("SM001", "SM002", "SM003"), numbers(gbk), "the 工号 header found in GBK bytes");
    }

    @Test
    void theHeaderMayFollowTitleRowsAndUseAnotherName() {
        String csv = "保密形势报告会签到表,,\n2026年12月5日 第一会议室,,\n员工编号,姓名,签名\nＳＭ００１,王建国,\n,,\n1001,新人,\n";
        Result r = check("s.csv", csv.getBytes(StandardCharsets.UTF_8), Set.of());
        assertTrue(r.importable(), r.problems().toString());
        assertEquals(List.of("SM001", "1001"), numbers(r), "full-width letters and digits; blank rows skipped");
        Result english = check("s.csv", "Name, Staff Number\nWang,SM001\n".getBytes(StandardCharsets.UTF_8), Set.of());
        assertEquals(List.of("SM001"), numbers(english));
    }

    @Test
    void everyBadRowIsNamedWithItsReasonAndNothingIsImportable() {
        String csv = "工号,姓名\nSM001,王建国\n,无工号\nSM404,查无此人\nSM009,已离职\nsm001,重复\nSM002,李明\n";
        Result r = check("bad.csv", csv.getBytes(StandardCharsets.UTF_8), Set.of("SM002"));
        assertFalse(r.importable());
        assertEquals(List.of(
                SheetProblem.of(3, Kind.EMPLOYEE_NO_MISSING),
                SheetProblem.of(4, Kind.EMPLOYEE_NO_UNKNOWN, "SM404"),
                SheetProblem.of(5, Kind.LEFT_UNIT, "SM009"),
                SheetProblem.of(6, Kind.DUPLICATE_IN_FILE, "sm001", 2),
                SheetProblem.of(7, Kind.ALREADY_RECORDED, "SM002")), r.problems());
        assertEquals("sessions.sheet.problem.LEFT_UNIT", r.problems().get(2).key());
    }

    /** Someone recorded at another session at the same time is a row's problem too: one session at a time. */
    @Test
    void someoneAtAnotherSessionAtTheSameTimeIsARowsProblem() {
        SignInSheet.Rows rows = SignInSheet.rows("s.csv", "工号\nSM001\nSM002\n".getBytes(StandardCharsets.UTF_8));
        Result r = SignInSheet.check(rows.rows(), ROSTER, Set.of(), Set.of("SM002"));
        assertFalse(r.importable());
        assertEquals(List.of(SheetProblem.of(3, Kind.AT_ANOTHER_SESSION, "SM002")), r.problems());
    }

    @Test
    void aSheetWithoutAStaffNumberColumnOrWithoutPeopleIsRefused() {
        Result noColumn = check("x.csv", "姓名,签名\n王建国,王建国\n".getBytes(StandardCharsets.UTF_8), Set.of());
        assertEquals(List.of(SheetProblem.of(1, Kind.NO_STAFF_NUMBER_COLUMN)), noColumn.problems());
        Result headerOnly = check("x.csv", "工号,姓名\n".getBytes(StandardCharsets.UTF_8), Set.of());
        assertEquals(List.of(SheetProblem.ofFile(Kind.EMPTY)), headerOnly.problems());
        Result twoColumns = check("x.csv", "工号,职工号\nSM001,SM001\n".getBytes(StandardCharsets.UTF_8), Set.of());
        assertEquals(Kind.DUPLICATE_COLUMN, twoColumns.problems().get(0).kind());
    }

    @Test
    void filesThatCannotBeReadAreRefusedAsAWhole() {
        assertEquals(Kind.UNREADABLE, SignInSheet.rows("sheet.pdf", new byte[] {1}).problems().get(0).kind());
        assertEquals(Kind.UNREADABLE, SignInSheet.rows("sheet.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8))
                .problems().get(0).kind());
        byte[] utf16 = "工号\nSM001\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(Kind.ENCODING_UNKNOWN, SignInSheet.rows("sheet.csv", utf16).problems().get(0).kind());
        // c.txt: a problem of the whole file (row 0, shown as 整个文件), as the question import shows it
        assertEquals(0, SignInSheet.rows("c.txt", "工号\nSM001\n".getBytes(StandardCharsets.UTF_8)).problems().get(0).row());
    }

    /** Found by an outside check: an empty .csv was answered "请先选择签到表文件。", as if no file had been chosen. */
    @Test
    void anEmptyFileIsSaidToBeEmptyByName() {
        assertEquals(List.of(SheetProblem.ofFile(Kind.EMPTY_FILE, "签到.csv")),
                SignInSheet.rows("签到.csv", new byte[0]).problems());
        assertEquals(List.of(SheetProblem.ofFile(Kind.EMPTY_FILE, "签到.xlsx")),
                SignInSheet.rows("签到.xlsx", new byte[0]).problems());
    }

    @Test
    void anExcelSheetBuiltWithPoiIsReadWithNumericStaffNumbersAsTyped() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("签到");
            sheet.createRow(0).createCell(0).setCellValue("警示教育片观看签到表");
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("工 号");
            Row a = sheet.createRow(2);
            a.createCell(0).setCellValue("王建国");
            a.createCell(1).setCellValue("SM001");
            Row b = sheet.createRow(3);
            b.createCell(0).setCellValue("新人");
            b.createCell(1).setCellValue(1001d);
            Row c = sheet.createRow(4);
            c.createCell(0).setCellValue("查无此人");
            c.createCell(1).setCellValue("SM404");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        Result r = check("签到表.xlsx", xlsx, Set.of());
        assertEquals(List.of(SheetProblem.of(5, Kind.EMPLOYEE_NO_UNKNOWN, "SM404")), r.problems(),
                "named by the row Excel shows");
        assertEquals(List.of("SM001", "1001"), numbers(r), "1001 typed as a number is not 1001.0");
    }

    @Test
    void aRowOfSomeoneHiredAfterTheSessionDayIsAProblemNamingTheHireDate() {
        // an outside check imported a sheet of a 2020 session with people hired years later
        Map<String, Person> roster = Map.of(
                "SM002", new Person("SM002", EmployeeStatus.ACTIVE, java.time.LocalDate.of(2023, 8, 8)),
                "SM001", new Person("SM001", EmployeeStatus.ACTIVE, java.time.LocalDate.of(2015, 3, 1)));
        List<List<String>> rows = List.of(List.of("工号"), List.of("SM001"), List.of("SM002"));
        Result r = SignInSheet.check(rows, roster, Set.of(), Set.of(), java.time.LocalDate.of(2020, 1, 1));
        assertFalse(r.importable());
        assertEquals(List.of(SheetProblem.of(3, Kind.HIRED_AFTER_SESSION, "SM002", "2023-08-08")), r.problems());
        Result later = SignInSheet.check(rows, roster, Set.of(), Set.of(), java.time.LocalDate.of(2023, 8, 8));
        assertTrue(later.importable(), later.problems().toString());
    }
}
