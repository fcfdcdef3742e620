package org.shoumi.quizzes.bank.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.bank.entity.AnswerKey;
import org.shoumi.quizzes.bank.entity.ClauseCode;
import org.shoumi.quizzes.bank.entity.Question;
import org.shoumi.quizzes.bank.entity.QuestionKey;
import org.shoumi.quizzes.bank.entity.QuestionType;

class CsvQuestionImporterTest {

    static final String HEADER = "题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析,难度,分类,条款,依据\n";
    static final String GOOD = HEADER
            + "单选,涉密载体外出应当：,随意携带,经批准并采取保护措施,交他人保管,,,,B,须经批准。,2,载体管理,rules.carriers.3,《保密法》第二十五条\n"
            + "多选题,下列属于密级的有：,绝密,机密,内部,秘密,,,\"A,B、D\",,1,定密,,\n"
            + "判断,涉密计算机可以连接互联网。,,,,,,,×,,易,计算机,duties.computer.1,\n"
            + "填空题,最高密级为____，期限____年。,,,,,,,绝密|绝密级;30|三十,,中,定密,,\n";

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> keys(ImportResult r) {
        return r.errors().stream().map(e -> e.line() + ":" + e.key()).toList();
    }

    @Test
    void importsTheUsualLayout() {
        ImportResult r = CsvQuestionImporter.read(utf8(GOOD), ImportOptions.defaults().withKeyPrefix("b7"));
        assertInstanceOf(ImportResult.Success.class, r, () -> keys(r).toString());
        List<Question> qs = r.questions();
        assertEquals(4, qs.size());
        Question single = qs.get(0);
        assertEquals(QuestionKey.of("b7-2"), single.key());
        assertEquals(QuestionType.SINGLE, single.type());
        assertEquals(3, single.options().size());
        assertEquals(new AnswerKey.Single("B"), single.answerKey());
        assertEquals(2, single.difficulty());
        assertEquals(ClauseCode.of("rules.carriers.3"), single.clause());
        assertEquals("《保密法》第二十五条", single.legalBasis());
        assertEquals("须经批准。", single.explanation());
        assertEquals(new AnswerKey.Multi(Set.of("A", "B", "D")), qs.get(1).answerKey());
        assertEquals(new AnswerKey.Judge(false), qs.get(2).answerKey());
        assertEquals(1, qs.get(2).difficulty());
        assertEquals(new AnswerKey.Fill(List.of(AnswerKey.Blank.of("绝密", "绝密级"), AnswerKey.Blank.of("30", "三十"))),
                qs.get(3).answerKey());
        assertEquals(3, qs.get(3).difficulty());
        assertEquals("b7-5", qs.get(3).key().value());
    }

    @Test
    void readsUtf8WithBom() {
        byte[] body = utf8(GOOD);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        ImportResult r = CsvQuestionImporter.read(withBom, ImportOptions.defaults());
        assertEquals(4, r.questions().size(), () -> keys(r).toString());
    }

    @Test
    void readsGbk() {
        ImportResult r = CsvQuestionImporter.read(GOOD.getBytes(Charset.forName("GBK")), ImportOptions.defaults());
        assertEquals(4, r.questions().size(), () -> keys(r).toString());
        assertEquals("涉密载体外出应当：", r.questions().get(0).stem());
        assertEquals(Charset.forName("GBK"), TextDecoding.decode(GOOD.getBytes(Charset.forName("GBK")), ImportOptions.GBK).charset());
    }

    @Test
    void acceptsJudgeSpellings() {
        for (String yes : List.of("对", "正确", "√", "T", "true", "Ｔ")) {
            assertEquals(Boolean.TRUE, QuestionRows.parseJudge(yes), yes);
        }
        for (String no : List.of("错", "错误", "×", "F", "FALSE")) {
            assertEquals(Boolean.FALSE, QuestionRows.parseJudge(no), no);
        }
        assertEquals(null, QuestionRows.parseJudge("也许"));
    }

    @Test
    void acceptsTypeSpellings() {
        assertEquals(QuestionType.SINGLE, QuestionRows.parseType("单选题"));
        assertEquals(QuestionType.SINGLE, QuestionRows.parseType("单项选择题"));
        assertEquals(QuestionType.MULTI, QuestionRows.parseType("多选"));
        assertEquals(QuestionType.JUDGE, QuestionRows.parseType("判断题"));
        assertEquals(QuestionType.FILL, QuestionRows.parseType(" 填空 "));
        assertEquals(null, QuestionRows.parseType("简答"));
    }

    @Test
    void reportsEveryBadRowAndImportsNothing() {
        String csv = HEADER
                + "单选,好题,甲,乙,,,,,A,,3,分类,,\n"                 // row 2 fine
                + "问答,什么是保密？,,,,,,,保密就是…,,3,分类,,\n"      // row 3 unknown type
                + "单选,,甲,乙,,,,,A,,3,分类,,\n"                      // row 4 missing stem
                + "单选,缺答案,甲,乙,,,,,,,3,分类,,\n"                 // row 5 missing answer
                + "单选,两个答案,甲,乙,丙,,,,AB,,3,分类,,\n"           // row 6 single with two
                + "多选,字母越界,甲,乙,,,,,AC,,3,分类,,\n"             // row 7 C not filled
                + "判断,判断错,,,,,,,也许,,3,分类,,\n"                 // row 8 bad judge
                + "填空,空缺答案,,,,,,,甲;;乙,,3,分类,,\n"              // row 9 blank 2 empty
                + "单选,难度错,甲,乙,,,,,A,,7,分类,,\n"                 // row 10 difficulty
                + "单选,条款错,甲,乙,,,,,A,,3,分类,Rules 3,\n"           // row 11 clause
                + "单选,选项空隙,甲,,丙,,,,A,,3,分类,,\n"               // row 12 gap at B
                + "多选,一个选项,甲,,,,,,A,,3,分类,,\n";                 // row 13 too few options
        ImportResult r = CsvQuestionImporter.read(utf8(csv), ImportOptions.defaults());
        assertInstanceOf(ImportResult.Failure.class, r);
        assertEquals(List.of(
                "3:import.error.unknownType",
                "4:import.error.missingStem",
                "5:import.error.missingAnswer",
                "6:import.error.singleNeedsOneAnswer",
                "7:import.error.badChoiceAnswer",
                "8:import.error.badJudgeAnswer",
                "9:import.error.emptyBlank",
                "10:import.error.badDifficulty",
                "11:import.error.badClause",
                "12:import.error.optionGap",
                "13:import.error.tooFewOptions"), keys(r));
        assertEquals(List.of(), r.questions());
    }

    @Test
    void errorMessagesInChineseAndEnglish() {
        String csv = HEADER + "单选,缺答案,甲,乙,,,,,,,3,分类,,\n";
        ImportError e = CsvQuestionImporter.read(utf8(csv), ImportOptions.defaults()).errors().get(0);
        assertEquals("import.error.missingAnswer", e.key());
        assertEquals(2, e.line());
        assertEquals("Row 2: the answer (答案) is empty.", e.message(Locale.ENGLISH));
        assertEquals("第 2 行：答案为空。", e.message(Locale.SIMPLIFIED_CHINESE));
        ImportError type = CsvQuestionImporter.read(utf8(HEADER + "问答,x,,,,,,,y,,3,分类,,\n"), ImportOptions.defaults()).errors().get(0);
        assertEquals("Row 2: unknown question type \"问答\" (use 单选, 多选, 判断 or 填空).", type.message(Locale.ENGLISH));
        assertEquals("第 2 行：无法识别的题型“问答”（应为单选、多选、判断或填空）。", type.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void missingRequiredColumnsAreReportedOnTheHeaderRow() {
        ImportResult r = CsvQuestionImporter.read(utf8("题干,选项A,选项B\n好题,甲,乙\n"), ImportOptions.defaults());
        assertEquals(List.of("1:import.error.missingColumn", "1:import.error.missingColumn"), keys(r));
        assertEquals(List.of("题型", "答案"), r.errors().stream().map(e -> e.args().get(0)).toList());
    }

    @Test
    void headerSynonymsOptionalColumnsAndDefaults() {
        String csv = "题目类型,题目,A,B,正确答案（必填）,标签,编号\n"
                + "单选,好题,甲,乙,b,\"保密,载体\",Q-001\n";
        ImportResult r = CsvQuestionImporter.read(utf8(csv), ImportOptions.defaults().withDefaultCategory("综合"));
        Question q = r.questions().get(0);
        assertEquals(QuestionKey.of("Q-001"), q.key());
        assertEquals(new AnswerKey.Single("B"), q.answerKey());
        assertEquals("综合", q.category());
        assertEquals(3, q.difficulty());
        assertEquals(Set.of("保密", "载体"), q.tags());
    }

    @Test
    void duplicateKeysFail() {
        String csv = "题型,题干,选项A,选项B,答案,编号\n单选,一,甲,乙,A,K1\n单选,二,甲,乙,A,K1\n";
        assertEquals(List.of("3:import.error.duplicateKey"), keys(CsvQuestionImporter.read(utf8(csv), ImportOptions.defaults())));
    }

    @Test
    void emptyFilesFail() {
        assertEquals(List.of("0:import.error.emptyFile"), keys(CsvQuestionImporter.read(new byte[0], ImportOptions.defaults())));
        assertEquals(List.of("0:import.error.emptyFile"), keys(CsvQuestionImporter.read(utf8(HEADER + ",,,\n"), ImportOptions.defaults())));
    }

    @Test
    void optionsOnJudgeAreIgnoredWithAWarning() {
        String csv = HEADER + "判断,保密期限可以延长。,对,错,,,,,对,,3,定密,,\n";
        ImportResult r = CsvQuestionImporter.read(utf8(csv), ImportOptions.defaults());
        assertTrue(r.isSuccess());
        assertEquals(List.of(), r.questions().get(0).options());
        assertEquals("import.warning.optionsIgnored", ((ImportResult.Success) r).warnings().get(0).key());
    }

    @Test
    void leadingApostropheBeforeAFormulaCharacterIsRemoved() {
        String csv = "题型,题干,答案\n填空,'=1+1 等于____,'-2\n";
        Question q = CsvQuestionImporter.read(utf8(csv), ImportOptions.defaults()).questions().get(0);
        assertEquals("=1+1 等于____", q.stem());
        assertEquals(new AnswerKey.Fill(List.of(AnswerKey.Blank.of("-2"))), q.answerKey());
    }
}
