package org.shoumi.quizzes.bank.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One test per fixture of shared/fixtures/moodle-qformat: the items our parser reads ("qtype TAB name", in file
 * order) must equal what Moodle 5.1's own importer returns (EXPECTED-moodle-5.1-parse.txt), and so must the
 * parser errors where Moodle reports them. Deviations are marked DEVIATION.
 */
class MoodleConformanceTest {

    static final ImportOptions OPTIONS = ImportOptions.defaults();

    static MoodlePreview preview(MoodleFormat format, String fixture) {
        return MoodleImporter.preview(format, MoodleFixtures.bytes(fixture), OPTIONS);
    }

    static List<String> items(MoodlePreview p) {
        return p.items().stream().map(i -> i.moodleType() + "\t" + i.name()).toList();
    }

    static List<String> statuses(MoodlePreview p) {
        return p.items().stream().map(i -> i.status().name()).toList();
    }

    static String errors(MoodlePreview p) {
        return p.parseErrors().stream().map(e -> e.line() + ":" + e.key()).collect(Collectors.joining(" "));
    }

    // ---- GIFT ----

    @Test
    void giftOrdering() {
        MoodlePreview p = preview(MoodleFormat.GIFT, "gift/ordering_testimport.gift.txt");
        assertEquals(List.of("ordering\tMoodle"), items(p));
        assertEquals(List.of("UNSUPPORTED"), statuses(p));
        assertEquals("", errors(p));
    }

    @Test
    void giftQuestions() {
        MoodlePreview p = preview(MoodleFormat.GIFT, "gift/questions.gift.txt");
        assertEquals(List.of(
                "essay\tQ8",
                "match\tMoodle activities",
                "multichoice\tQ2",
                "multichoice\tcolours",
                "numerical\tQ5",
                "shortanswer\tShortanswer",
                "truefalse\tQ1",
                "truefalse\t2-08 TSL",
                "truefalse\t2-08 TSL"), items(p));
        assertEquals(List.of("UNSUPPORTED", "UNSUPPORTED", "QUESTION", "QUESTION", "UNSUPPORTED", "QUESTION",
                "QUESTION", "QUESTION", "QUESTION"), statuses(p));
        assertEquals("", errors(p));
    }

    @Test
    void giftQuestionsInCategory() {
        MoodlePreview p = preview(MoodleFormat.GIFT, "gift/questions_in_category.gift.txt");
        assertEquals(List.of(
                "category\t",
                "match\tMoodle activities",
                "multichoice\tGreeting",
                "shortanswer\tMoodle user",
                "truefalse\tMoodle acronym"), items(p));
        assertEquals("Default for New Features", p.questions().get(0).category());
    }

    /** Not in EXPECTED (Moodle's test reads it with an explicit charset); Moodle's GIFT rules give these items. */
    @Test
    void giftWindows1252() {
        List<String> expected = List.of("category\t", "essay\tasdf", "essay\ttest daniel", "match\tasdf");
        MoodlePreview explicit = MoodleImporter.preview(MoodleFormat.GIFT,
                MoodleFixtures.bytes("gift/questions_encoding_windows-1252.gift.txt"), Charset.forName("windows-1252"), OPTIONS);
        assertEquals(expected, items(explicit));
        MoodlePreview detected = MoodleImporter.preview(MoodleFormat.GIFT,
                MoodleFixtures.bytes("gift/questions_encoding_windows-1252.gift.txt"),
                OPTIONS.withFallbackCharset(Charset.forName("windows-1252")));
        assertEquals(expected, items(detected));
        String decoded = TextDecoding.decode(MoodleFixtures.bytes("gift/questions_encoding_windows-1252.gift.txt"),
                Charset.forName("windows-1252")).text();
        assertEquals(true, decoded.contains("<p>aödf<br></p>"));
    }

    // ---- Aiken ----

    @Test
    void aikenErrors() {
        MoodlePreview p = preview(MoodleFormat.AIKEN, "aiken/aiken_errors.txt");
        assertEquals(List.of(
                "multichoice\tA good question",
                "multichoice\tA second good question",
                "multichoice\tA third good question with HTML chars such as > < &"), items(p));
        // Moodle: too few answers (line 3), not started (line 5), not started (line 7), not completed
        assertEquals("3:import.error.aiken.tooFewAnswers 5:import.error.aiken.notStarted "
                + "7:import.error.aiken.notStarted 14:import.error.aiken.notCompleted", errors(p));
        assertEquals("A question with too few answers", p.parseErrors().get(0).args().get(0));
        assertEquals("A question started but not finished", p.parseErrors().get(3).args().get(0));
    }

    @Test
    void aikenQuestions() {
        MoodlePreview p = preview(MoodleFormat.AIKEN, "aiken/questions.aiken.txt");
        assertEquals(List.of(
                "multichoice\tThe Moodle project was started by:",
                "multichoice\tMoodle's abilities include handling user input that includes  & images:"), items(p));
        assertEquals("", errors(p));
    }

    // ---- missing word ----

    @Test
    void missingWord1() {
        assertEquals(List.of("multichoice\tAs soon as we begin to explore our body parts as infants we become students ..."),
                items(preview(MoodleFormat.MISSING_WORD, "missingword/question.missingword1.txt")));
    }

    @Test
    void missingWord2() {
        assertEquals(List.of("shortanswer\tYou can use the missing word format to import questions into both Moodle's ..."),
                items(preview(MoodleFormat.MISSING_WORD, "missingword/question.missingword2.txt")));
    }

    @Test
    void missingWord3() {
        assertEquals(List.of("multichoice\tThis is _____"),
                items(preview(MoodleFormat.MISSING_WORD, "missingword/question.missingword3.txt")));
    }

    // ---- Moodle XML (xml/) ----

    /** DEVIATION: Moodle rejects these five cloze items as invalid embedded answers (0 items, 5 errors); we read
     *  them as five items of the unsupported type multianswer. Either way nothing is imported. */
    @Test
    void xmlBrokenCloze() {
        MoodlePreview p = preview(MoodleFormat.XML, "xml/broken_cloze_questions.xml");
        assertEquals(5, p.items().size());
        assertEquals(List.of("UNSUPPORTED", "UNSUPPORTED", "UNSUPPORTED", "UNSUPPORTED", "UNSUPPORTED"), statuses(p));
        assertEquals(false, p.result(false).isSuccess());
    }

    @Test
    void xmlCategoriesReverseOrder() {
        MoodlePreview p = preview(MoodleFormat.XML, "xml/categories_reverse_order.xml");
        assertEquals(List.of("category\t", "essay\tTau Question", "category\t", "shortanswer\tSigma Question"), items(p));
        assertEquals("Sigma", p.questions().get(0).category());
    }

    @Test
    void xmlErrorInvalidGrades() {
        MoodlePreview p = preview(MoodleFormat.XML, "xml/error_invalid_grades.xml");
        assertEquals(List.of("multichoice\tQuestion with invalid grades : x > 1 & x < 2"), items(p));
        assertEquals(List.of("QUESTION"), statuses(p));
    }

    @Test
    void xmlHtmlCharsInIdnumbers() {
        assertEquals(List.of("category\t", "truefalse\tAlpha Question"),
                items(preview(MoodleFormat.XML, "xml/html_chars_in_idnumbers.xml")));
    }

    @Test
    void xmlMultianswer() {
        assertEquals(List.of("category\t", "multianswer\tcloze with images"),
                items(preview(MoodleFormat.XML, "xml/multianswer.xml")));
    }

    @Test
    void xmlMultichoice() {
        assertEquals(List.of("category\t", "multichoice\tGreeting"), items(preview(MoodleFormat.XML, "xml/multichoice.xml")));
    }

    @Test
    void xmlNestedCategories() {
        MoodlePreview p = preview(MoodleFormat.XML, "xml/nested_categories_with_questions.xml");
        assertEquals(List.of("category\t", "truefalse\tIota Question", "category\t", "essay\tKappa Essay Question",
                "truefalse\tKappa Question", "category\t", "truefalse\tLambda Question", "category\t",
                "truefalse\tMu Question"), items(p));
        assertEquals(List.of("Iota", "Iota/Kappa"), p.questions().stream().map(q -> q.category()).distinct().limit(2).toList());
    }

    @Test
    void xmlOldFormat() {
        assertEquals(List.of("category\t", "truefalse\tPi Question", "category\t", "truefalse\tRho Question"),
                items(preview(MoodleFormat.XML, "xml/old_format_file.xml")));
    }

    @Test
    void xmlTrueFalse() {
        assertEquals(List.of("category\t", "truefalse\tMoodle acronym (False)", "truefalse\tMoodle acronym (True)"),
                items(preview(MoodleFormat.XML, "xml/truefalse.xml")));
    }

    // ---- Moodle XML (qtype-xml/) ----

    @Test
    void qtypeDdwtos() {
        assertEquals(List.of("category\t", "gapselect\tImported Drag and drop into text 001"),
                items(preview(MoodleFormat.XML, "qtype-xml/ddwtos.testquestion.moodle.xml")));
    }

    @Test
    void qtypeDescription() {
        assertEquals(List.of("category\t", "description\tdescription-001"),
                items(preview(MoodleFormat.XML, "qtype-xml/description.testquestion.moodle.xml")));
    }

    @Test
    void qtypeEssay() {
        assertEquals(List.of("category\t", "essay\tessay-001"),
                items(preview(MoodleFormat.XML, "qtype-xml/essay.testquestion.moodle.xml")));
    }

    @Test
    void qtypeGapselect() {
        assertEquals(List.of("category\t", "gapselect\tImported Select missing words 001"),
                items(preview(MoodleFormat.XML, "qtype-xml/gapselect.testquestion.moodle.xml")));
    }

    @Test
    void qtypeMatch() {
        assertEquals(List.of("category\t", "match\tmatching-001"),
                items(preview(MoodleFormat.XML, "qtype-xml/match.testquestion.moodle.xml")));
    }

    @Test
    void qtypeMultichoice() {
        assertEquals(List.of("category\t", "multichoice\tMulti-choice-001"),
                items(preview(MoodleFormat.XML, "qtype-xml/multichoice.testquestion.moodle.xml")));
    }

    @Test
    void qtypeNumerical() {
        assertEquals(List.of("category\t", "numerical\tNumerical-001"),
                items(preview(MoodleFormat.XML, "qtype-xml/numerical.testquestion.moodle.xml")));
    }

    @Test
    void qtypeOrdering() {
        assertEquals(List.of("category\t", "ordering\tdd-ordering 1"),
                items(preview(MoodleFormat.XML, "qtype-xml/ordering.testquestion.moodle.xml")));
    }

    @Test
    void qtypeShortanswer() {
        assertEquals(List.of("category\t", "shortanswer\tshortanswer-001"),
                items(preview(MoodleFormat.XML, "qtype-xml/shortanswer.testquestion.moodle.xml")));
    }

    @Test
    void qtypeTrueFalse() {
        assertEquals(List.of("category\t", "truefalse\ttrue-false-001"),
                items(preview(MoodleFormat.XML, "qtype-xml/truefalse.testquestion.moodle.xml")));
    }

    @Test
    void clozeAllTypesXml() {
        assertEquals(List.of("multianswer\tAll CLOZE types in one question"),
                items(preview(MoodleFormat.XML, "cloze/multianswer-all-types.xml")));
    }
}
