package org.shoumi.quizzes.bank.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.bank.entity.AnswerKey;
import org.shoumi.quizzes.bank.entity.Question;

class XlsxQuestionImporterTest {

    static byte[] workbook(Object[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Sheet1");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v instanceof String s && s.startsWith("FORMULA:")) {
                        String[] f = s.substring(8).split("=>"); // formula => cached text
                        var cell = row.createCell(c);
                        cell.setCellFormula(f[0]);
                        cell.setCellValue(f[1]);
                    } else if (v != null) {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsNumbersAsTextAndSkipsBlankRows() throws Exception {
        byte[] data = workbook(
                new Object[]{"题型", "题干", "选项A", "选项B", "答案", "难度", "分类"},
                new Object[]{"单选", "涉密人员分为几类？", "三类", "两类", "A", 2, "人员管理"},
                new Object[]{},
                new Object[]{"填空", "脱密期一般为____年（一般涉密人员）。", null, null, 1, 3.0, "人员管理"});
        ImportResult r = XlsxQuestionImporter.read(data, ImportOptions.defaults());
        assertTrue(r.isSuccess(), () -> r.errors().toString());
        List<Question> qs = r.questions();
        assertEquals(2, qs.size());
        assertEquals(2, qs.get(0).difficulty());
        assertEquals(new AnswerKey.Fill(List.of(AnswerKey.Blank.of("1"))), qs.get(1).answerKey());
        assertEquals("import-4", qs.get(1).key().value(), "sheet row number");
    }

    @Test
    void formulasAreReadByTheirCachedValueNotEvaluated() throws Exception {
        byte[] data = workbook(
                new Object[]{"题型", "题干", "选项A", "选项B", "答案"},
                new Object[]{"单选", "FORMULA:\"a\"&\"b\"=>缓存的题干", "甲", "乙", "A"});
        ImportResult r = XlsxQuestionImporter.read(data, ImportOptions.defaults());
        assertEquals("缓存的题干", r.questions().get(0).stem());
    }

    @Test
    void badRowsFailWithSheetRowNumbers() throws Exception {
        byte[] data = workbook(
                new Object[]{"题型", "题干", "选项A", "选项B", "答案"},
                new Object[]{"单选", "好题", "甲", "乙", "A"},
                new Object[]{"单选", "", "甲", "乙", "C"});
        ImportResult r = XlsxQuestionImporter.read(data, ImportOptions.defaults());
        assertEquals(List.of("3:import.error.missingStem", "3:import.error.badChoiceAnswer"),
                r.errors().stream().map(e -> e.line() + ":" + e.key()).toList());
        assertEquals(List.of(), r.questions());
    }

    @Test
    void notAWorkbook() {
        ImportResult r = XlsxQuestionImporter.read("题型,题干\n".getBytes(), ImportOptions.defaults());
        assertEquals("import.error.unreadableFile", r.errors().get(0).key());
    }
}
