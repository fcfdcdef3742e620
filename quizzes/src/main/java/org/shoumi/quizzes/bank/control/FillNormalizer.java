package org.shoumi.quizzes.bank.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes fill-in answers comparable: full-width letters, digits, spaces and punctuation become half-width
 * (Unicode NFKC), the ideographic full stop and comma count as their ASCII twins, case is ignored, white
 * space is trimmed and collapsed, and trailing punctuation is dropped.
 */
public final class FillNormalizer {

    private FillNormalizer() {
    }

    public static String normalize(String answer) {
        if (answer == null) {
            return "";
        }
        String s = Normalizer.normalize(answer, Normalizer.Form.NFKC)
                .replace('。', '.').replace('、', ',')
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
        return s.replaceAll("[.,;:!?]+$", "").strip();
    }

    public static boolean matches(String given, Iterable<String> accepted) {
        String g = normalize(given);
        if (g.isEmpty()) {
            return false;
        }
        for (String a : accepted) {
            if (normalize(a).equals(g)) {
                return true;
            }
        }
        return false;
    }
}
