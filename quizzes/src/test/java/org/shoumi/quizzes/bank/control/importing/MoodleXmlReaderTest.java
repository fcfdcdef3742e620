package org.shoumi.quizzes.bank.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.bank.entity.QuestionType;

class MoodleXmlReaderTest {

    /**
     * Found by an outside check: an .xml of blank lines read "3 文件不是格式正确的 XML" instead of the guide's one
     * problem. A file of blank lines or a BOM only holds no question.
     */
    @Test
    void aFileOfBlankLinesHoldsNoQuestions() {
        for (String text : List.of("\n\n\n", "\uFEFF", "\uFEFF\r\n  \r\n", "")) {
            ImportResult result = MoodleXmlReader.read(text);
            assertEquals(List.of(ImportProblem.of(1, "import.error.empty")), result.problems(), "[" + text + "]");
            assertFalse(result.importable());
        }
    }

    private static String question(String type, String name, String body) {
        return "  <question type=\"" + type + "\">\n    <name><text>" + name + "</text></name>\n" + body + "  </question>\n";
    }

    private static String answer(int fraction, String text) {
        return "    <answer fraction=\"" + fraction + "\" format=\"html\"><text><![CDATA[" + text + "]]></text></answer>\n";
    }

    private static String text(String html) {
        return "    <questiontext format=\"html\"><text><![CDATA[" + html + "]]></text></questiontext>\n";
    }

    private static String quiz(String... questions) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n" + String.join("", questions) + "</quiz>\n";
    }

    private static final String CATEGORY = "  <question type=\"category\">\n"
            + "    <category><text>$course$/top/保密知识/法规</text></category>\n  </question>\n";

    private static final String SINGLE = question("multichoice", "密级",
            text("<p>国家秘密的密级分为<b>几级</b>？<br>请选择。</p>")
                    + "    <single>true</single>\n"
                    + answer(0, "两级") + answer(100, "<p>三级</p>") + answer(0, "四级&nbsp;&amp;以上"));

    private static final String FILL = question("shortanswer", "填空",
            text("涉密档案应当与____档案分开存放。")
                    + "    <answer fraction=\"100\" format=\"moodle_auto_format\"><text>非涉密</text></answer>\n"
                    + "    <answer fraction=\"100\" format=\"moodle_auto_format\"><text>普通</text></answer>\n"
                    + "    <answer fraction=\"0\" format=\"moodle_auto_format\"><text>*</text></answer>\n");

    @Test
    void readsCategoriesChoicesAndFillIns() {
        ImportResult r = MoodleXmlReader.read(quiz(CATEGORY, SINGLE, FILL));
        assertEquals(List.of(), r.problems());
        assertTrue(r.importable());
        ImportedQuestion single = r.questions().get(0);
        assertEquals(QuestionType.SINGLE, single.type());
        assertEquals("国家秘密的密级分为几级？\n请选择。", single.stem());
        assertEquals(List.of("两级", "三级", "四级 &以上"), single.options());
        assertEquals("B", single.answer());
        assertEquals("保密知识/法规", single.category());
        assertEquals(6, single.row());
        ImportedQuestion fill = r.questions().get(1);
        assertEquals(QuestionType.FILL, fill.type());
        assertEquals("非涉密|普通", fill.answer());
        assertEquals("保密知识/法规", fill.category());
    }

    @Test
    void malformedXmlIsOneProblemWithItsLine() {
        ImportResult r = MoodleXmlReader.read("<?xml version=\"1.0\"?>\n<quiz>\n  <question type=\"truefalse\">\n</quiz>\n");
        assertEquals(List.of(), r.questions());
        assertEquals(1, r.problems().size());
        assertEquals("import.error.xml.malformed", r.problems().get(0).key());
        assertEquals(4, r.problems().get(0).row());
        assertEquals(List.of(), r.problems().get(0).args(), "no parser text in English");
    }

    @Test
    void doctypesAndExternalEntitiesAreRefused() {
        ImportResult r = MoodleXmlReader.read("<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<quiz>&x;</quiz>");
        assertEquals(List.of(), r.questions());
        assertEquals("import.error.xml.doctype", r.problems().get(0).key(), "said in the user's language");
        assertEquals(List.of(), r.problems().get(0).args(), "no parser text in English");
    }

    @Test
    void otherXmlIsNotAQuiz() {
        assertEquals(List.of(ImportProblem.of(1, "import.error.xml.notQuiz")),
                MoodleXmlReader.read("<questions><question/></questions>").problems());
    }

    @Test
    void aBadQuestionStopsTheWholeFileAndEveryProblemIsListed() {
        String imageOnly = question("multichoice", "看图", text("哪面是国旗？")
                + answer(100, "<img src=\"@@PLUGINFILE@@/flag.png\"/>") + answer(0, "<p>都不是</p>"));
        String twoRight = question("multichoice", "两个满分", text("哪个对？") + "    <single>true</single>\n"
                + answer(100, "甲") + answer(100, "乙") + answer(0, "丙"));
        String badGrade = question("multichoice", "分数", text("哪个对？") + answer(100, "甲")
                + "    <answer fraction=\"abc\"><text>乙</text></answer>\n");
        String noRight = question("truefalse", "判断", text("对吗？"));
        ImportResult r = MoodleXmlReader.read(quiz(SINGLE, imageOnly, twoRight, badGrade, noRight));
        assertEquals(List.of(), r.questions(), "all or nothing");
        assertFalse(r.importable());
        assertEquals(List.of(
                        ImportProblem.of(11, "import.error.moodle.emptyOption", "看图", "A"),
                        ImportProblem.of(17, "import.error.moodle.severalRight", "两个满分", "AB"),
                        ImportProblem.of(29, "import.error.moodle.fraction", "分数", "abc"),
                        ImportProblem.of(31, "import.error.moodle.noTrueFalse", "判断")),
                r.problems());
    }

    @Test
    void unsupportedTypesAreSkippedWithANotice() {
        String essay = question("essay", "作文", text("谈谈你的认识。"));
        String cloze = question("cloze", "完形", text("{1:SHORTANSWER:=甲}"));
        ImportResult r = MoodleXmlReader.read(quiz(essay, SINGLE, cloze));
        assertEquals(1, r.questions().size());
        assertEquals(List.of(ImportProblem.of(3, "import.notice.unsupported", "essay", "作文"),
                ImportProblem.of(15, "import.notice.unsupported", "multianswer", "完形")), r.notices());
    }

    @Test
    void gbkFilesAreDecodedAsForAiken() {
        String xml = quiz(SINGLE).replace("UTF-8", "GBK");
        ImportResult r = MoodleXmlReader.read(TextDecoding.decode(xml.getBytes(TextDecoding.GBK)));
        assertEquals("三级", r.questions().get(0).options().get(1));
    }

    @Test
    void multiWithWeightsKeepsThePositiveOnes() {
        String multi = question("multichoice", "多选", text("属于涉密载体的有：") + "    <single>false</single>\n"
                + answer(50, "涉密文件") + answer(-100, "公开报纸") + answer(50, "涉密U盘"));
        assertEquals("AC", MoodleXmlReader.read(quiz(multi)).questions().get(0).answer());
        String onlyOne = question("multichoice", "多选", text("属于涉密载体的有：") + "    <single>false</single>\n"
                + answer(100, "涉密文件") + answer(0, "公开报纸"));
        assertEquals(List.of(ImportProblem.of(3, "import.error.multiNeedsTwo")), MoodleXmlReader.read(quiz(onlyOne)).problems());
    }
}
