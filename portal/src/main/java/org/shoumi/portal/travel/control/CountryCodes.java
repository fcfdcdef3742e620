package org.shoumi.portal.travel.control;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Destinations outside the mainland (出境: other countries, and Hong Kong, Macao and Taiwan) as ISO 3166-1 alpha-2
 * codes, the ones the JDK knows ({@link Locale#getISOCountries()}) but China's own, with their names in a language:
 * the JDK's, except where the bundle names a place (Taiwan as 中国台湾, as the JDK already names Hong Kong and Macao
 * 中国香港特别行政区 and 中国澳门特别行政区).
 */
public final class CountryCodes {

    /** The portal's bundle, which names the places the JDK names otherwise than a Chinese unit's forms do. */
    private static final String BUNDLE = "org.shoumi.portal.i18n.messages";

    private static final Set<String> KNOWN = java.util.Arrays.stream(Locale.getISOCountries())
            .filter(c -> !c.equals("CN")).collect(java.util.stream.Collectors.toUnmodifiableSet());

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
        java.util.ResourceBundle names = java.util.ResourceBundle.getBundle(BUNDLE, language);
        if (names.containsKey("travel.country." + code)) {
            return names.getString("travel.country." + code);
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
