package org.shoumi.quizzes.attempts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * Found by an outside check: the copy of last year's plan made ANNUAL-2027 under the title of the EXAM27 the
     * officer had defined. A title another quiz has gets the new quiz's code in brackets, then a number too.
     */
    @Test
    void aTitleTakenGetsTheCodeOfTheNewQuiz() {
        java.util.Set<String> taken = new java.util.HashSet<>(java.util.Set.of(QuizTitles.sameTitle("2027年度保密知识考试")));
        java.util.function.Predicate<String> isTaken = t -> taken.contains(QuizTitles.sameTitle(t));
        assertEquals("2027年度保密知识考试（BASIC-2027）", QuizTitles.free("2027年度保密知识考试", "BASIC-2027", isTaken));
        assertEquals("2027年度保密竞赛", QuizTitles.free("2027年度保密竞赛", "BASIC-2027", isTaken));
        taken.add(QuizTitles.sameTitle("2027年度保密知识考试（BASIC-2027）"));
        assertEquals("2027年度保密知识考试（BASIC-2027-2）", QuizTitles.free("2027年度保密知识考试", "BASIC-2027", isTaken));
    }

    @Test
    void aTitleWithTheCodeStaysWithinTheLength() {
        String wanted = "考".repeat(199) + "\uD842\uDFB7";
        String free = QuizTitles.free(wanted, "ANNUAL-2027", t -> false);
        assertTrue(free.length() <= QuizTitles.LENGTH, free);
        assertTrue(free.endsWith("考（ANNUAL-2027）"), free);
        String withSurrogate = "考".repeat(186) + "\uD842\uDFB7" + "考".repeat(20);
        String cut = QuizTitles.free(withSurrogate, "ANNUAL-2027", t -> t.equals(withSurrogate));
        assertTrue(cut.length() <= QuizTitles.LENGTH && !Character.isHighSurrogate(cut.charAt(cut.indexOf('（') - 1)), cut);
    }
}
