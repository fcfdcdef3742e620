package org.shoumi.quizzes.attempts.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises typed fill-in answers before comparison, so that trivial differences of input method do not cost
 * marks:
 * <ol>
 *   <li>Unicode NFKC: full-width letters, digits, space and punctuation become half-width
 *       (Ａ→A, ０→0, 全角空格→space, ，→, ；→; ：→: （）→());</li>
 *   <li>CJK punctuation without a compatibility form is mapped explicitly: 。→. 、→, “”→" ‘’→' 【】→[];</li>
 *   <li>lower case (locale-independent);</li>
 *   <li>whitespace trimmed at both ends and runs of whitespace collapsed to one space.</li>
 * </ol>
 * Nothing else is changed: "保密 法" and "保密法" stay different, as do "A,B" and "A, B".
 */
public final class AnswerNormaliser {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    private AnswerNormaliser() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(switch (c) {
                case '。', '｡' -> '.';
                case '、' -> ',';
                case '“', '”', '「', '」' -> '"';
                case '‘', '’', '『', '』' -> '\'';
                case '【', '〔' -> '[';
                case '】', '〕' -> ']';
                default -> c;
            });
        }
        String lower = b.toString().toLowerCase(Locale.ROOT);
        return WHITESPACE.matcher(lower).replaceAll(" ").strip();
    }

    /** Whether two answers are equal after normalisation. */
    public static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }
}
