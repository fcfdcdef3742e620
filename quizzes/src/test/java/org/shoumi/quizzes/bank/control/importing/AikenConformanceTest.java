package org.shoumi.quizzes.bank.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * Moodle's own Aiken fixtures (test resources, moodle-qformat/aiken), with what Moodle 5.1's importer returns
 * for them (EXPECTED-moodle-5.1-parse.txt): the same questions, and errors where Moodle reports them.
 */
class AikenConformanceTest {

    /** Moodle's fixtures, copied into this module's test resources (see moodle-qformat/PROVENANCE.md there). */
    static Path fixtures() {
        URL url = AikenConformanceTest.class.getResource("/moodle-qformat/EXPECTED-moodle-5.1-parse.txt");
        if (url == null) {
            throw new IllegalStateException("moodle-qformat fixtures missing from the test classpath");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportResult read(String file) throws IOException {
        return AikenReader.read(TextDecoding.decode(Files.readAllBytes(fixtures().resolve("aiken").resolve(file))));
    }

    @Test
    void questionsAikenGivesTwoMultichoiceQuestionsAsMoodleDoes() throws IOException {
        ImportResult result = read("questions.aiken.txt");
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("The Moodle project was started by:",
                        "Moodle's abilities include handling user input that includes <html class=\"cool\"> & images:"),
                result.questions().stream().map(ImportedQuestion::stem).toList());
        ImportedQuestion first = result.questions().get(0);
        assertEquals(QuestionType.SINGLE, first.type());
        assertEquals(List.of("Petr Skoda", "Martin Dougiamas", "Eloy Lafuente", "Tim Hunt"), first.options());
        assertEquals("B", first.answer());
    }

    @Test
    void aikenErrorsGivesThreeGoodQuestionsAndTheFourErrorsMoodleReports() throws IOException {
        ImportResult result = read("aiken_errors.txt");
        assertEquals(List.of("A good question", "A second good question",
                        "A third good question with HTML chars such as > < &"),
                result.questions().stream().map(ImportedQuestion::stem).toList());
        assertEquals(List.of("Incorrect (No space)", "Correct (No space)"), result.questions().get(1).options());
        // Moodle: too few answers (line 3), not started (lines 5 and 7), started but not completed
        assertEquals(4, result.problems().size(), result.problems().toString());
        assertEquals(List.of(3, 5, 7), result.problems().subList(0, 3).stream().map(ImportProblem::row).toList());
        assertEquals("import.error.tooFewOptions", result.problems().get(0).key());
        assertEquals("import.error.aiken.notStarted", result.problems().get(1).key());
        assertEquals("import.error.aiken.notStarted", result.problems().get(2).key());
        assertEquals("import.error.aiken.notCompleted", result.problems().get(3).key());
        assertTrue(!result.importable(), "a file with errors imports nothing");
    }
}
