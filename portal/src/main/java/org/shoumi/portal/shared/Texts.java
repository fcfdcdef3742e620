package org.shoumi.portal.shared;

/**
 * Text fields as the boundaries store them: stripped, blank as none, and measured as the columns measure them.
 * A length is counted in UTF-16 units, as Derby's VARCHAR counts and as a browser's {@code maxlength} stops: a
 * character outside the basic plane (a rare name character such as 𠮷) counts two, so a text that passes here
 * fits its column on Derby and on PostgreSQL (which counts characters) alike. Counted in code points, such a text
 * passed the check and then failed to be stored.
 */
public final class Texts {

    private Texts() {
    }

    /** The text stripped; null when null or blank. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * Full-width letters, digits and signs (ＳＭ００１, ／) as their ASCII forms and the ideographic space as a space,
     * as a Chinese input method may type a staff number; not stripped. Null stays null.
     */
    public static String halfWidth(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder half = new StringBuilder(s.length());
        s.codePoints().map(c -> c == '\u3000' ? ' ' : c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c)
                .forEach(half::appendCodePoint);
        return half.toString();
    }

    /** Whether a text, stripped, is longer than {@code max} (UTF-16 units, as the column counts); false for null. */
    public static boolean tooLong(String text, int max) {
        return text != null && text.strip().length() > max;
    }
}
