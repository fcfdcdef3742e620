package org.shoumi.portal.employees.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.control.RosterProblem.Kind;

/**
 * Roster .xlsx files that must not cost the server its memory: too many rows, and a small file that unpacks to
 * hundreds of MB. The files are built here: a workbook written by POI whose sheet is then rewritten by hand.
 */
class RosterFilesTest {

    /** Writes the rest of the sheet after the header row; what it writes ends the sheet. */
    @FunctionalInterface
    private interface SheetTail {
        void write(Writer sheet) throws IOException;
    }

    /** A workbook with the roster header whose sheet continues with {@code tail} instead of its end. */
    private static byte[] roster(SheetTail tail) {
        byte[] written = RosterFiles.templateXlsx();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(written));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] part = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(part, StandardCharsets.UTF_8);
                    Writer sheet = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    sheet.write(xml.substring(0, xml.indexOf("</sheetData>")));
                    tail.write(sheet);
                    sheet.flush();
                } else {
                    out.write(part);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String row(int rowNum, String employeeNo, String name) {
        return "<row r=\"" + rowNum + "\"><c r=\"A" + rowNum + "\" t=\"inlineStr\"><is><t>" + employeeNo
                + "</t></is></c><c r=\"B" + rowNum + "\" t=\"inlineStr\"><is><t>" + name + "</t></is></c></row>";
    }

    @Test
    void readingStopsAtTheFirstRowPastTheLimit() {
        // 6,000 rows, then the sheet breaks off: a reader that loads it all calls it unreadable
        byte[] file = roster(sheet -> {
            for (int r = 2; r <= 6001; r++) {
                sheet.write(row(r, "SM" + r, "人员" + r));
            }
            sheet.write("<row r=\"6002\"><c r=\"A6002\" t=\"inlineStr\"><is><t>broken off <<<");
        });
        RosterFiles.Sheet sheet = RosterFiles.read("名册.xlsx", file);
        assertEquals(List.of(RosterProblem.ofFile(Kind.TOO_MANY_ROWS, RosterFiles.MAX_ROWS)), sheet.problems());
    }

    @Test
    void aFileOfRowsUpToTheLimitIsRead() {
        byte[] file = roster(sheet -> {
            for (int r = 2; r <= RosterFiles.MAX_ROWS + 1; r++) {
                sheet.write(row(r, "SM" + r, "人员" + r));
            }
            sheet.write("</sheetData></worksheet>");
        });
        RosterFiles.Sheet sheet = RosterFiles.read("名册.xlsx", file);
        assertEquals(List.of(), sheet.problems());
        assertEquals(RosterFiles.MAX_ROWS + 1, sheet.rows().size());
        assertEquals(List.of("SM5001", "人员5001"), sheet.rows().get(RosterFiles.MAX_ROWS));
    }

    @Test
    void aSmallFileThatUnpacksTo200MbIsRefusedWithoutLoadingIt() {
        String filler = "<c r=\"C2\"><v>1</v></c><c r=\"D2\"><v>2</v></c>".repeat(1000); // ~40 KB
        byte[] file = roster(sheet -> {
            for (int r = 2; r <= 5001; r++) {
                sheet.write("<row r=\"" + r + "\">" + filler + "</row>");
            }
            sheet.write("</sheetData></worksheet>");
        });
        assertTrue(file.length < RosterFiles.MAX_BYTES, "small enough to upload: " + file.length);
        RosterFiles.Sheet sheet = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> RosterFiles.read("名册.xlsx", file));
        assertEquals(List.of(RosterProblem.ofFile(Kind.UNPACKED_TOO_LARGE, 20)), sheet.problems());
        assertEquals(List.of(), sheet.rows());
    }

    @Test
    void numbersAndDatesReadAsBeforeAlsoInThe1904DateSystem() throws IOException {
        for (boolean date1904 : List.of(false, true)) {
            byte[] file;
            try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                workbook.getCTWorkbook().getWorkbookPr().setDate1904(date1904);
                CellStyle dateStyle = workbook.createCellStyle();
                dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy年m月d日"));
                Sheet sheet = workbook.createSheet("名册");
                Row row = sheet.createRow(0);
                row.createCell(0).setCellValue(1001);
                row.createCell(1).setCellValue(3.25);
                row.createCell(2).setCellValue(LocalDate.of(2025, 1, 15));
                row.getCell(2).setCellStyle(dateStyle);
                row.createCell(3).setCellValue("0012");
                row.createCell(5).setCellFormula("A1*2");
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
                workbook.write(out);
                file = out.toByteArray();
            }
            RosterFiles.Sheet sheet = RosterFiles.read("名册.xlsx", file);
            assertEquals(List.of(), sheet.problems());
            assertEquals(List.of(List.of("1001", "3.25", "2025-01-15", "0012", "", "2002")), sheet.rows(),
                    "1904 dates: " + date1904);
        }
    }

    /**
     * Found by an outside check: a name cell holding =CONCATENATE("张","三") with no value saved (a file written by a
     * program, never saved in Excel) was reported as "缺少姓名". It is named as a formula whose value was not saved,
     * at its row and column; the same formula saved with its value reads as the value.
     */
    @Test
    void aFormulaWithoutItsSavedValueIsNamedAtItsCellNotAsMissing() {
        String rest = "<c r=\"C%1$d\" t=\"inlineStr\"><is><t>办公室</t></is></c>"
                + "<c r=\"D%1$d\" t=\"inlineStr\"><is><t>秘书</t></is></c>"
                + "<c r=\"E%1$d\" t=\"inlineStr\"><is><t>一般</t></is></c>"
                + "<c r=\"F%1$d\" t=\"inlineStr\"><is><t>2024-03-01</t></is></c></row>";
        byte[] file = roster(sheet -> sheet.write(
                "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>FX1</t></is></c>"
                        + "<c r=\"B2\" t=\"str\"><f>CONCATENATE(\"张\",\"三\")</f></c>" + rest.formatted(2)
                        + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>FX2</t></is></c>"
                        + "<c r=\"B3\" t=\"str\"><f>CONCATENATE(\"李\",\"四\")</f><v>李四</v></c>" + rest.formatted(3)
                        + "</sheetData></worksheet>"));
        RosterFiles.Sheet sheet = RosterFiles.read("名册.xlsx", file);
        assertEquals(List.of(), sheet.problems());
        assertEquals(java.util.Set.of("B2"), sheet.unsavedFormulas());
        RosterReader.Result read = RosterReader.read(sheet.rows(), sheet.unsavedFormulas(), RosterFixtures.DIRECTORY,
                RosterFixtures.TODAY);
        assertEquals(List.of(RosterProblem.of(2, RosterColumn.NAME, 1, RosterProblem.Kind.FORMULA_NOT_SAVED, "B2")),
                read.problems());
        assertEquals("B 姓名", read.problems().get(0).where());
        assertEquals(List.of("李四"), read.lines().stream().map(RosterLine::name).toList(), "saved with its value: read");
    }
}
