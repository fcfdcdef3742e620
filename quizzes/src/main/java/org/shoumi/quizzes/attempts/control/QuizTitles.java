package org.shoumi.quizzes.attempts.control;

import java.util.Optional;
import java.util.function.Function;
import org.shoumi.content.text.Texts;

/**
 * A quiz's title as the portal tells quizzes apart by it. Results, certificates, the certificate check and the
 * secrecy file name a quiz by its title only, so a second quiz titled as the annual exam (5 questions, pass mark 60)
 * gave passes no reader could tell from the annual exam's (outside check): a title is used by one quiz only.
 */
public final class QuizTitles {

    private QuizTitles() {
    }

    /**
     * The title compared for duplicates, as the portal's other duplicate checks compare: full-width letters, digits
     * and signs as half-width ({@link Texts#halfWidth}), every space (the ideographic and no-break ones too) and
     * invisible format character left out, case ignored. "２０２６年度保密知识考试　" and "2026年度 保密知识考试" are
     * "2026年度保密知识考试". Empty for null.
     */
    public static String sameTitle(String title) {
        return Texts.comparable(title);
    }

    /** The first of {@code quizzes} whose title ({@code titleOf}) is {@code title} as {@link #sameTitle} reads it. */
    public static <Q> Optional<Q> holder(String title, Iterable<Q> quizzes, Function<Q, String> titleOf) {
        String key = sameTitle(title);
        for (Q quiz : quizzes) {
            if (sameTitle(titleOf.apply(quiz)).equals(key)) {
                return Optional.of(quiz);
            }
        }
        return Optional.empty();
    }

    /** The longest title (the column and the quiz form). */
    public static final int LENGTH = 200;

    /**
     * A title of a new quiz of code {@code code} that no quiz has ({@code taken}, as {@link #sameTitle} compares):
     * {@code wanted} itself when free, else {@code wanted} with the code in brackets ("2027年度保密知识考试（ANNUAL-2027）"),
     * then with a number after the code, {@code wanted} shortened to keep within {@link #LENGTH}. For next year's exam
     * copied with last year's plan: its title was another quiz's (the officer had defined that year's exam by hand),
     * and both were listed under one title (outside check).
     */
    public static String free(String wanted, String code, java.util.function.Predicate<String> taken) {
        if (wanted.length() <= LENGTH && !taken.test(wanted)) {
            return wanted;
        }
        for (int n = 1; ; n++) {
            String suffix = "（" + code + (n == 1 ? "" : "-" + n) + "）";
            String base = wanted;
            if (base.length() + suffix.length() > LENGTH) {
                int end = Math.max(0, LENGTH - suffix.length());
                base = base.substring(0, Character.isLowSurrogate(base.charAt(end)) ? end - 1 : end);
            }
            String title = base + suffix;
            if (!taken.test(title)) {
                return title;
            }
        }
    }
}
