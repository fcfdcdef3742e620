package org.shoumi.quizzes.bank.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes fill-in answers comparable: full-width letters, digits, spaces and punctuation become half-width
 * (Unicode NFKC), the ideographic full stop and comma count as their ASCII twins, case is ignored, white
 * space is trimmed and collapsed, and trailing punctuation is dropped.
 *
 * <p>Beyond equal text, an answer matches an accepted one when
 * <ul>
 * <li>both are the same number, in Arabic or Chinese numerals, with the same unit or a unit on one side only
 * ("30年" = "三十" = "30"; "3个月" ≠ "3年"), see {@link FillQuantity}; when the stem writes a unit after the blank
 * ("按____年认定"), a bare accepted number means that unit, so "30个月" is refused there;</li>
 * <li>both are words that differ only by a trailing 级 ("绝密级" = "绝密").</li>
 * </ul>
 * Nothing else is tolerated: "300", "30年以上" or "不超过30年" are not "30". Synonyms are the accepted
 * alternatives' job.
 */
public final class FillNormalizer {

    private static final String GRADE = "级";

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

    /** Whether {@code given} matches one of the accepted answers, no unit known from the stem. */
    public static boolean matches(String given, Iterable<String> accepted) {
        return matches(given, accepted, null);
    }

    /**
     * Whether {@code given} matches one of the accepted answers; {@code unitAfterBlank} is the unit the stem
     * writes right after this blank (see {@link #unitsAfterBlanks}), or null.
     */
    public static boolean matches(String given, Iterable<String> accepted, String unitAfterBlank) {
        String g = normalize(given);
        if (g.isEmpty()) {
            return false;
        }
        Optional<FillQuantity> givenQuantity = FillQuantity.parse(g);
        for (String a : accepted) {
            String n = normalize(a);
            if (n.isEmpty()) {
                continue;
            }
            if (n.equals(g)) {
                return true;
            }
            Optional<FillQuantity> acceptedQuantity = FillQuantity.parse(n);
            if (givenQuantity.isPresent() && acceptedQuantity.isPresent()) {
                if (givenQuantity.get().sameAnswerAs(acceptedQuantity.get(), unitAfterBlank)) {
                    return true;
                }
            } else if (givenQuantity.isEmpty() && acceptedQuantity.isEmpty()
                    && withoutGrade(g).equals(withoutGrade(n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each blank (marked by three or more underscores) of a fill-in stem, the unit written right after it,
     * or null: "绝密级按____年认定，____小时内报告" gives [年, 小时]. The list has as many entries as the stem has blanks.
     */
    public static List<String> unitsAfterBlanks(String stem) {
        List<String> units = new ArrayList<>();
        if (stem == null) {
            return units;
        }
        String[] parts = stem.split("_{3,}", -1);
        for (int i = 1; i < parts.length; i++) {
            units.add(FillQuantity.unitAtStart(normalize(parts[i])));
        }
        return units;
    }

    /** A word without its trailing 级, when something remains: 绝密级 → 绝密. */
    private static String withoutGrade(String word) {
        return word.length() > GRADE.length() && word.endsWith(GRADE)
                ? word.substring(0, word.length() - GRADE.length()).strip() : word;
    }
}
