package it.org.shoumi.portal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.PortalClient.Page;
import java.util.HashMap;
import java.util.Map;

/**
 * Test only: an exam of a test's own, defined by the officer on the quiz management page (5 questions from the
 * whole bank, pass mark 60, 3 attempts). A quiz given by a campaign is seen only by the people it was given to, so
 * a test that launches a campaign uses its own exam and leaves the demo's exams open to the other tests.
 */
public final class TestExams {

    private TestExams() {
    }

    /** Defines the exam {@code code} as the logged-in officer of {@code officer}; returns its title. */
    public static String define(PortalClient officer, String code) throws Exception {
        return define(officer, code, "HIGHEST");
    }

    /** {@link #define(PortalClient, String)} graded as {@code grading} (HIGHEST or LAST). */
    public static String define(PortalClient officer, String code, String grading) throws Exception {
        String title = "测试考试 " + code;
        Map<String, String> f = new HashMap<>();
        f.put("define:code", code);
        f.put("define:title", title);
        f.put("define:mode", "EXAM");
        f.put("define:category", "");
        f.put("define:count_input", "5");
        f.put("define:count_hinput", "5");
        f.put("define:pass_input", "60");
        f.put("define:pass_hinput", "60");
        f.put("define:attempts_input", "3");
        f.put("define:attempts_hinput", "3");
        f.put("define:grading", grading);
        f.put("define:feedback", "FULL");
        f.put("define:credit", "PARTIAL");
        Page saved = officer.submit(officer.get("quizzes/manage.xhtml"), "define", "define:save", f);
        assertTrue(saved.contains(code), "the exam is defined: " + saved.body());
        return title;
    }

    /** A fresh exam code. */
    public static String newCode(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }
}
