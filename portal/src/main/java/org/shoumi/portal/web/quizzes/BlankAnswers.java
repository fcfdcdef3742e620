package org.shoumi.portal.web.quizzes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.shoumi.portal.web.shared.LocaleSelection;
import org.shoumi.portal.web.shared.Messages;

/**
 * A fill-in answer of several blanks as a reader takes it: blank by blank ("第 1 空：甲 / A；第 2 空：乙"). The
 * attempt keeps the blanks one a line, which a page runs together: "正确答案：甲 / A 乙" read as one blank with three
 * answers or as A and 乙 (outside check). The exam's result and check, 每日一练 and the 错题本 show them so
 * ({@code #{blankAnswers.of(…)}}).
 */
@Named
@ApplicationScoped
public class BlankAnswers {

    @Inject
    LocaleSelection localeSelection;

    /** {@link #perBlank} in the reader's language. */
    public String of(String lines) {
        return perBlank(localeSelection.getLocale(), lines);
    }

    /**
     * The name of a blank's field, question and blank ("第 3 题第 1 空"): the page's refusal of a value too long names
     * it by this, as the answer endpoint does (the hand-in said "最多 200 个字符，这里有 300 个" without the question).
     * {@code blank} from 0.
     */
    public String field(int question, int blank) {
        return field(localeSelection.getLocale(), question, blank);
    }

    /**
     * The name of a blank of 每日一练's one question ("第 2 空"): its refusal of a value too long said "最多 200 个字符，
     * 这里有 300 个" without naming the blank (outside check). {@code blank} from 0.
     */
    public String field(int blank) {
        return Messages.text(localeSelection.getLocale(), "quiz.daily.blankField", blank + 1);
    }

    static String field(Locale locale, int question, int blank) {
        return Messages.text(locale, "quiz.take.blankField", question, blank + 1);
    }

    /** The blanks of {@code lines} (one a line) named one by one; a text of one line as it is. */
    static String perBlank(Locale locale, String lines) {
        if (lines == null || lines.indexOf('\n') < 0) {
            return lines;
        }
        String[] blanks = lines.split("\n", -1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < blanks.length; i++) {
            String blank = blanks[i].isBlank() ? Messages.text(locale, "quiz.result.blankEmpty") : blanks[i].strip();
            text.append(Messages.text(locale, i == 0 ? "quiz.result.blank" : "quiz.result.nextBlank", i + 1, blank));
        }
        return text.toString();
    }
}
