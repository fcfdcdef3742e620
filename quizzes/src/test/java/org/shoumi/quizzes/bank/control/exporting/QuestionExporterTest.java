package org.shoumi.quizzes.bank.control.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.bank.control.TabularLayout;
import org.shoumi.quizzes.bank.control.importing.CsvQuestionImporter;
import org.shoumi.quizzes.bank.control.importing.ImportOptions;
import org.shoumi.quizzes.bank.control.importing.ImportResult;
import org.shoumi.quizzes.bank.control.importing.XlsxQuestionImporter;
import org.shoumi.quizzes.bank.entity.AnswerKey;
import org.shoumi.quizzes.bank.entity.BankFixtures;
import org.shoumi.quizzes.bank.entity.ChoiceOption;
import org.shoumi.quizzes.bank.entity.Question;
import org.shoumi.quizzes.bank.entity.QuestionType;

class QuestionExporterTest {

    /** The four fixtures plus a question whose texts start with formula characters. */
    static List<Question> bank() {
        Question nasty = Question.builder("evil", QuestionType.SINGLE)
                .stem("=HYPERLINK(\"http://x\",\"点我\")")
                .options(List.of(new ChoiceOption("A", "+1"), new ChoiceOption("B", "-1"), new ChoiceOption("C", "@SUM(A1)")))
                .answerKey(new AnswerKey.Single("B")).explanation("-见第三条").category("测试").build();
        return List.of(BankFixtures.single("s1"), BankFixtures.multi("m1"), BankFixtures.judge("j1"),
                BankFixtures.fill("f1"), nasty);
    }

    /** Leading tab and carriage return (which the importers trim, so these do not round-trip). */
    static Question whitespaceLed() {
        return Question.builder("ws", QuestionType.JUDGE).stem("\t制表符开头").answerKey(new AnswerKey.Judge(true))
                .explanation("\r回车开头").category("测试").build();
    }

    @Test
    void neutralisesFormulaInjection() {
        assertEquals("'=1+2", TabularLayout.neutralise("=1+2"));
        assertEquals("'+86 10", TabularLayout.neutralise("+86 10"));
        assertEquals("'-5", TabularLayout.neutralise("-5"));
        assertEquals("'@cmd", TabularLayout.neutralise("@cmd"));
        assertEquals("'\tx", TabularLayout.neutralise("\tx"));
        assertEquals("'\rx", TabularLayout.neutralise("\rx"));
        assertEquals("保密=安全", TabularLayout.neutralise("保密=安全"));
        assertEquals("", TabularLayout.neutralise(""));
        assertEquals("=x", TabularLayout.unneutralise("'=x"));
        assertEquals("'abc", TabularLayout.unneutralise("'abc"));
    }

    @Test
    void csvHasBomHeaderAndNeutralisedCells() {
        List<Question> all = new java.util.ArrayList<>(bank());
        all.add(whitespaceLed());
        byte[] csv = QuestionExporter.toCsv(all);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv[0], csv[1], csv[2]));
        String text = new String(Arrays.copyOfRange(csv, 3, csv.length), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析,难度,分类,条款,依据,标签,编号\r\n"), text);
        assertTrue(text.contains("单选,携带涉密载体外出，应当：,随意放在车上,交给亲属保管,经批准并采取保护措施,放入托运行李,,,C,"), text);
        assertTrue(text.contains(",ABD,"), text);
        assertTrue(text.contains("判断,涉密计算机可以直接连接互联网。,,,,,,,错,"), text);
        assertTrue(text.contains("绝密|绝密级;30|三十"), text);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",'+1,'-1,'@SUM(A1),,,,B,'-见第三条,"), text);
        assertTrue(text.contains("判断,'\t制表符开头,,,,,,,对,\"'\r回车开头\","), text);
    }

    @Test
    void csvRoundTrips() {
        ImportResult r = CsvQuestionImporter.read(QuestionExporter.toCsv(bank()), ImportOptions.defaults());
        assertTrue(r.isSuccess(), () -> r.errors().toString());
        assertEquals(bank(), r.questions());
    }

    @Test
    void xlsxRoundTripsAndNeutralises() throws Exception {
        byte[] xlsx = QuestionExporter.toXlsx(bank());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("题库", sheet.getSheetName());
            Row evil = sheet.getRow(5);
            assertEquals("'=HYPERLINK(\"http://x\",\"点我\")", evil.getCell(1).getStringCellValue());
            assertEquals("'+1", evil.getCell(2).getStringCellValue());
            assertEquals(2.0, sheet.getRow(1).getCell(10).getNumericCellValue());
        }
        ImportResult r = XlsxQuestionImporter.read(xlsx, ImportOptions.defaults());
        assertTrue(r.isSuccess(), () -> r.errors().toString());
        assertEquals(bank(), r.questions());
    }

    @Test
    void answersUseTheOptionPositions() {
        Question reordered = BankFixtures.single("r").toBuilder()
                .options(List.of(new ChoiceOption("x9", "甲"), new ChoiceOption("y7", "乙"))).answerKey(new AnswerKey.Single("y7")).build();
        assertEquals("B", QuestionExporter.answer(reordered));
    }
}
