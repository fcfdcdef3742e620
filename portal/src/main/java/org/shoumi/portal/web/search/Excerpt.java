package org.shoumi.portal.web.search;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a search text occurs in a document's words, and the few words around it that the results show. Plain
 * rules, no Faces: matching ignores case and runs of white space, as a person typing a phrase expects.
 */
public final class Excerpt {

    private Excerpt() {
    }

    /** Whether {@code text} contains {@code query}, ignoring case (also of Latin letters) and white space runs. */
    public static boolean contains(String text, String query) {
        return index(normal(text), normal(query)) >= 0;
    }

    /**
     * Up to {@code radius} characters either side of the first place {@code query} occurs in {@code text}, on one
     * line, with "…" where it was cut; empty when it does not occur.
     */
    public static Optional<String> around(String text, String query, int radius) {
        String t = flat(text);
        int at = index(t.toLowerCase(Locale.ROOT), normal(query));
        if (at < 0) {
            return Optional.empty();
        }
        int from = Math.max(0, at - radius);
        int to = Math.min(t.length(), at + normal(query).length() + radius);
        // never cut a character outside the Basic Multilingual Plane in two
        if (from > 0 && Character.isLowSurrogate(t.charAt(from))) {
            from--;
        }
        if (to < t.length() && Character.isLowSurrogate(t.charAt(to))) {
            to++;
        }
        return Optional.of((from > 0 ? "…" : "") + t.substring(from, to) + (to < t.length() ? "…" : ""));
    }

    private static int index(String text, String query) {
        return query.isEmpty() ? -1 : text.indexOf(query);
    }

    private static String flat(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String normal(String text) {
        return flat(text).toLowerCase(Locale.ROOT);
    }
}
