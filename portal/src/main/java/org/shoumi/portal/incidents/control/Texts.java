package org.shoumi.portal.incidents.control;

/** Text fields as stored: stripped, blank as null. */
public final class Texts {

    private Texts() {
    }

    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** Whether a cleaned text is longer than {@code max} characters (code points). */
    public static boolean tooLong(String cleaned, int max) {
        return cleaned != null && cleaned.codePointCount(0, cleaned.length()) > max;
    }
}
