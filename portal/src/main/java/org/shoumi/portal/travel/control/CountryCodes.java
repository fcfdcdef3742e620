package org.shoumi.portal.travel.control;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Destination countries as ISO 3166-1 alpha-2 codes, the ones the JDK knows ({@link Locale#getISOCountries()}), with
 * their names in a language.
 */
public final class CountryCodes {

    private static final Set<String> KNOWN = Set.of(Locale.getISOCountries());

    private CountryCodes() {
    }

    /** The code as stored: trimmed and upper case; null for a blank one. */
    public static String normalize(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isKnown(String code) {
        String c = normalize(code);
        return c != null && KNOWN.contains(c);
    }

    /** The country's name in the language, or the code itself if the JDK has no name for it. */
    public static String name(String code, Locale language) {
        if (code == null) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(language);
        return name == null || name.isBlank() ? code : name;
    }

    /** Every known code, sorted by its name in the language (as a person of that language sorts). */
    public static List<String> sortedByName(Locale language) {
        Collator collator = Collator.getInstance(language);
        return KNOWN.stream().sorted(Comparator.comparing((String c) -> name(c, language), collator)
                .thenComparing(Comparator.naturalOrder())).toList();
    }
}
