package org.shoumi.quizzes.bank.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.bank.entity.AnswerKey;
import org.shoumi.quizzes.bank.entity.Question;
import org.shoumi.quizzes.bank.entity.QuestionType;

/** What the converted questions contain, and the all-or-nothing result of a preview. */
class MoodleImporterTest {

    static final ImportOptions OPTIONS = ImportOptions.defaults().withKeyPrefix("m");

    static Question question(MoodlePreview p, String name) {
        return p.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().question();
    }

    @Test
    void giftQuestionsConvertWithAnswersAndWeights() {
        MoodlePreview p = MoodleImporter.preview(MoodleFormat.GIFT, MoodleFixtures.bytes("gift/questions.gift.txt"), OPTIONS);
        Question q2 = question(p, "Q2");
        assertEquals(QuestionType.SINGLE, q2.type());
        assertEquals("What's between orange and green in the spectrum?", q2.stem());
        assertEquals(List.of("yellow", "red", "blue"), q2.options().stream().map(o -> o.text()).toList());
        assertEquals(new AnswerKey.Single("A"), q2.answerKey());

        Question colours = question(p, "colours");
        assertEquals(QuestionType.MULTI, colours.type());
        assertEquals(new AnswerKey.Multi(Set.of("A", "C"), Map.of("A", new BigDecimal("0.50"), "B", new BigDecimal("-1.00"),
                "C", new BigDecimal("0.50"), "D", new BigDecimal("-1.00"))), colours.answerKey());

        Question q1 = question(p, "Q1");
        assertEquals(new AnswerKey.Judge(false), q1.answerKey());
        // as in Moodle: text after the closing brace (here a stray '";') makes the answers a missing word
        assertEquals("42 is the Absolute Answer to everything._____\";", q1.stem());
        assertEquals("This is, of course, a Hitchiker's Guide to the Galaxy reference.", q1.explanation());
        assertEquals(new AnswerKey.Judge(true), question(p, "2-08 TSL").answerKey());

        Question shortanswer = question(p, "Shortanswer");
        assertEquals(new AnswerKey.Fill(List.of(AnswerKey.Blank.of("Frog"))), shortanswer.answerKey());
        MoodlePreview.Item item = p.items().stream().filter(i -> i.name().equals("Shortanswer")).findFirst().orElseThrow();
        assertEquals("import.note.partialCreditDropped", item.problems().get(0).key());
        assertEquals("Cat, *", item.problems().get(0).args().get(1));
    }

    @Test
    void unsupportedItemsFailTheImportUnlessSkippedExplicitly() {
        MoodlePreview p = MoodleImporter.preview(MoodleFormat.GIFT, MoodleFixtures.bytes("gift/questions.gift.txt"), OPTIONS);
        ImportResult strict = p.result(false);
        // lines are where each item's block starts (its leading comment line)
        assertEquals(List.of("1:import.error.unsupportedType", "4:import.error.unsupportedType",
                "30:import.error.unsupportedType"), strict.errors().stream().map(e -> e.line() + ":" + e.key()).toList());
        assertEquals("Line 1: \"Q8\" has the question type essay, which Shoumi does not support.",
                strict.errors().get(0).message(Locale.ENGLISH));
        assertEquals("第 1 行：“Q8”是 essay 类型的题目，本系统不支持该题型。", strict.errors().get(0).message(Locale.SIMPLIFIED_CHINESE));
        ImportResult lenient = p.result(true);
        assertTrue(lenient.isSuccess());
        assertEquals(6, lenient.questions().size());
        List<ImportError> warnings = ((ImportResult.Success) lenient).warnings();
        assertEquals(3, warnings.stream().filter(w -> w.key().equals("import.note.skippedUnsupported")).count());
    }

    @Test
    void aikenErrorsImportNothing() {
        ImportResult r = MoodleImporter.read(MoodleFormat.AIKEN, MoodleFixtures.bytes("aiken/aiken_errors.txt"), OPTIONS, true);
        assertEquals(4, r.errors().size());
        assertEquals(List.of(), r.questions());
        assertEquals("第 3 行：“A question with too few answers”至少需要两个答案。", r.errors().get(0).message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aikenKeepsTextLiterally() {
        ImportResult r = MoodleImporter.read(MoodleFormat.AIKEN, MoodleFixtures.bytes("aiken/questions.aiken.txt"), OPTIONS, false);
        Question q = r.questions().get(1);
        assertEquals("Moodle's abilities include handling user input that includes <html class=\"cool\"> & images:", q.stem());
        assertEquals(new AnswerKey.Single("A"), q.answerKey());
        assertEquals(new AnswerKey.Single("B"), r.questions().get(0).answerKey());
        assertEquals("m-1", r.questions().get(0).key().value());
    }

    @Test
    void xmlMultichoiceWithInvalidGradesKeepsWeightsAndSaysTheyDoNotAddUp() {
        MoodlePreview p = MoodleImporter.preview(MoodleFormat.XML, MoodleFixtures.bytes("xml/error_invalid_grades.xml"), OPTIONS);
        MoodlePreview.Item item = p.items().get(0);
        Question q = item.question();
        assertEquals(QuestionType.MULTI, q.type());
        assertEquals("Select all prime numbers :", q.stem());
        assertEquals(List.of("1", "2", "3", "4", "5"), q.options().stream().map(o -> o.text()).toList());
        assertEquals(Set.of("B", "C", "E"), ((AnswerKey.Multi) q.answerKey()).correctOptionIds());
        assertEquals(List.of("import.note.weightsNotWhole"), item.problems().stream().map(ImportError::key).toList());
        assertEquals("99.66666", item.problems().get(0).args().get(1));
    }

    @Test
    void xmlTrueFalseImagesAndCategories() {
        MoodlePreview p = MoodleImporter.preview(MoodleFormat.XML, MoodleFixtures.bytes("xml/truefalse.xml"), OPTIONS);
        Question falseOne = question(p, "Moodle acronym (False)");
        assertEquals(new AnswerKey.Judge(false), falseOne.answerKey());
        assertEquals("Default for testhead/TrueFalse", falseOne.category());
        assertTrue(falseOne.stem().contains("is an acronym for Modular Object-Oriented Dynamic Learning Education."), falseOne.stem());
        assertTrue(!falseOne.stem().contains("<"), falseOne.stem());
        assertEquals(new AnswerKey.Judge(true), question(p, "Moodle acronym (True)").answerKey());
        assertEquals("import.note.embeddedFilesDropped", p.items().get(1).problems().get(0).key());
    }

    @Test
    void xmlShortanswerAndMultiResponse() {
        MoodlePreview sa = MoodleImporter.preview(MoodleFormat.XML, MoodleFixtures.bytes("qtype-xml/shortanswer.testquestion.moodle.xml"), OPTIONS);
        assertEquals(new AnswerKey.Fill(List.of(AnswerKey.Blank.of("frog"))), sa.questions().get(0).answerKey());
        assertEquals("Test questions", sa.questions().get(0).category());
        MoodlePreview mc = MoodleImporter.preview(MoodleFormat.XML, MoodleFixtures.bytes("qtype-xml/multichoice.testquestion.moodle.xml"), OPTIONS);
        assertEquals(Set.of("C", "E"), ((AnswerKey.Multi) mc.questions().get(0).answerKey()).correctOptionIds());
        assertEquals("Berlin, Paris and London", mc.questions().get(0).explanation());
    }

    @Test
    void malformedAndHostileXmlIsRejected() {
        MoodlePreview broken = MoodleImporter.preview(MoodleFormat.XML, "<quiz>\n<question type=\"truefalse\">\n</quiz>".getBytes(StandardCharsets.UTF_8), OPTIONS);
        assertEquals("import.error.xml.malformed", broken.parseErrors().get(0).key());
        assertEquals(3, broken.parseErrors().get(0).line());
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<quiz>&x;</quiz>";
        MoodlePreview hostile = MoodleImporter.preview(MoodleFormat.XML, xxe.getBytes(StandardCharsets.UTF_8), OPTIONS);
        assertEquals("import.error.xml.malformed", hostile.parseErrors().get(0).key());
        assertEquals(false, hostile.result(true).isSuccess());
        MoodlePreview notQuiz = MoodleImporter.preview(MoodleFormat.XML, "<questions/>".getBytes(StandardCharsets.UTF_8), OPTIONS);
        assertEquals("import.error.xml.notQuiz", notQuiz.parseErrors().get(0).key());
    }

    @Test
    void giftBraceAndAnswerCountErrors() {
        String gift = "::a:: Missing close {=yes ~no\n\n::b:: One choice {~only}\n\n::c:: Fine {T}\n";
        MoodlePreview p = MoodleImporter.preview(MoodleFormat.GIFT, gift.getBytes(StandardCharsets.UTF_8), OPTIONS);
        assertEquals(List.of("1:import.error.gift.braces", "3:import.error.gift.tooFewAnswers"),
                p.parseErrors().stream().map(e -> e.line() + ":" + e.key()).toList());
        assertEquals(1, p.items().size());
        assertEquals(false, p.result(true).isSuccess());
    }

    @Test
    void giftChineseUtf8WithEscapes() {
        String gift = "$CATEGORY: $course$/top/保密法规\n\n::载体::涉密载体应当\\: 由谁保管？{=专人 ~任何人 ~亲属}\n";
        ImportResult r = MoodleImporter.read(MoodleFormat.GIFT, gift.getBytes(StandardCharsets.UTF_8), OPTIONS, false);
        Question q = r.questions().get(0);
        assertEquals("涉密载体应当: 由谁保管？", q.stem());
        assertEquals("保密法规", q.category());
        assertEquals(new AnswerKey.Single("A"), q.answerKey());
    }
}
