package org.shoumi.portal.web.quizzes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shoumi.portal.web.shared.LocaleSelection;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.quizzes.attempts.boundary.TakerView;

/**
 * A choice answer named by its letters and each option's text ("B（离岗人员应清退载体）、D（…）"). An exam shows a
 * question's options shuffled and its result names them by the letters the taker saw, while the 错题本 lists the same
 * question in the bank's order: one question read "正确答案：BDE" on the one page and "正确答案：ABC" on the other
 * (outside check). With the texts the two pages say the same answer, each in the letters of the options it lists
 * ({@code #{choiceAnswers.shown(…)}} on the result, {@code #{choiceAnswers.listed(…)}} in the 错题本).
 */
@Named
@ApplicationScoped
public class ChoiceAnswers {

    private static final String LETTERS = "ABCDEF";

    @Inject
    LocaleSelection localeSelection;

    /** Letters as an attempt showed the options ({@code options} with their labels), each with its option's text. */
    public String shown(String letters, List<TakerView.Option> options) {
        Map<String, String> texts = new HashMap<>();
        if (options != null) {
            options.forEach(o -> texts.putIfAbsent(o.label(), o.text()));
        }
        return named(localeSelection.getLocale(), letters, texts);
    }

    /** Letters of options listed in order (A the first), each with its option's text. */
    public String listed(String letters, List<String> options) {
        return named(localeSelection.getLocale(), letters, byLetter(options));
    }

    static Map<String, String> byLetter(List<String> options) {
        Map<String, String> texts = new HashMap<>();
        for (int i = 0; options != null && i < options.size() && i < LETTERS.length(); i++) {
            texts.put(LETTERS.substring(i, i + 1), options.get(i));
        }
        return texts;
    }

    /** Each letter of {@code letters} with its text ({@code quiz.result.optionNamed}); a letter without one alone. */
    static String named(Locale locale, String letters, Map<String, String> texts) {
        if (letters == null || letters.isEmpty()) {
            return letters;
        }
        List<String> parts = new ArrayList<>();
        letters.codePoints().mapToObj(Character::toString).forEach(letter -> {
            String text = texts.get(letter);
            parts.add(text == null ? letter : Messages.text(locale, "quiz.result.optionNamed", letter, text));
        });
        return String.join(Messages.text(locale, "common.listSeparator"), parts);
    }
}
