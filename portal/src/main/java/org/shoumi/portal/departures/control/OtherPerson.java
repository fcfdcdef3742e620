package org.shoumi.portal.departures.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether a name typed on a departure (the receiver of a carrier, the giver of the exit briefing, the successor of a
 * hand-over) names the person who is leaving. Names are free text: both are read with full-width forms made
 * half-width (NFKC), white space and invisible format characters dropped wherever they stand (柯 二 is 柯二) and
 * letters compared without case. The leaver cannot take their own carriers back, nor brief themselves (outside check: the
 * approval form and secrecy file printed "已清退，接收人 柯二" and "由 柯二 进行" for 柯二's own departure).
 */
public final class OtherPerson {

    private OtherPerson() {
    }

    /** Whether {@code typed} is the leaver's own name; false when either is empty. */
    public static boolean isLeaver(String typed, String leaverName) {
        String a = key(typed);
        String b = key(leaverName);
        return a != null && a.equals(b);
    }

    private static String key(String name) {
        if (name == null) {
            return null;
        }
        // NFKC makes full-width forms and the ideographic space half-width; the filter drops every space and
        // format character, at the ends as inside
        StringBuilder key = new StringBuilder(name.length());
        Normalizer.normalize(name, Normalizer.Form.NFKC).codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                        && Character.getType(c) != Character.FORMAT && c != '·' && c != '•' && c != '.')
                .forEach(key::appendCodePoint);
        return key.isEmpty() ? null : key.toString().toLowerCase(Locale.ROOT);
    }
}
