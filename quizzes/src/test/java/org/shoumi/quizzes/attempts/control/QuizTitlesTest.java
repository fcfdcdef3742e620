package org.shoumi.quizzes.attempts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Found by an outside check: a second quiz could carry the exact title of the annual exam, and results, certificates
 * and the secrecy file named only the title. Titles are compared as the portal's other duplicate checks compare.
 */
class QuizTitlesTest {

    @Test
    void spacesFullWidthAndCaseDoNotMakeAnotherTitle() {
        String annual = QuizTitles.sameTitle("2026年度保密知识考试");
        assertEquals(annual, QuizTitles.sameTitle(" 2026年度保密知识考试 "));
        assertEquals(annual, QuizTitles.sameTitle("２０２６年度保密知识考试"));
        assertEquals(annual, QuizTitles.sameTitle("2026年度\u3000保密知识考试\u200b"));
        assertEquals(QuizTitles.sameTitle("Secrecy Basics"), QuizTitles.sameTitle("ｓｅｃｒｅｃｙ　ｂａｓｉｃｓ"));
    }

    @Test
    void anotherWordIsAnotherTitle() {
        assertNotEquals(QuizTitles.sameTitle("2026年度保密知识考试"), QuizTitles.sameTitle("2027年度保密知识考试"));
        assertNotEquals(QuizTitles.sameTitle("2026年度保密知识考试"), QuizTitles.sameTitle("2026年度保密知识考试（补考）"));
    }

    @Test
    void theQuizHoldingTheTitleIsFound() {
        List<String[]> quizzes = List.of(new String[] {"BASIC", "保密基础知识测试"},
                new String[] {"ANNUAL-2026", "2026年度保密知识考试"});
        Function<String[], String> title = q -> q[1];
        assertEquals("ANNUAL-2026", QuizTitles.holder("２０２６年度 保密知识考试", quizzes, title).orElseThrow()[0]);
        assertEquals(Optional.empty(), QuizTitles.holder("2026年度保密知识竞赛", quizzes, title));
    }
}
