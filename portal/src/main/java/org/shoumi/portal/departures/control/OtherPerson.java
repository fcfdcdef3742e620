package org.shoumi.portal.departures.control;

import java.text.Normalizer;
import java.util.Locale;
import org.shoumi.content.text.Texts;

/**
 * Whether a name typed on a departure (the receiver of a carrier, the giver of the exit briefing, the successor of a
 * hand-over) names the person who is leaving. Names are free text: both are cleaned as every text is
 * ({@link Texts#clean}), full-width forms made half-width, white space inside dropped (柯 二 is 柯二) and letters
 * compared without case. The leaver cannot take their own carriers back, nor brief themselves (outside check: the
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
        String cleaned = Texts.clean(Texts.halfWidth(name));
        if (cleaned == null) {
            return null;
        }
        StringBuilder key = new StringBuilder(cleaned.length());
        Normalizer.normalize(cleaned, Normalizer.Form.NFKC).codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                        && Character.getType(c) != Character.FORMAT && c != '·' && c != '•' && c != '.')
                .forEach(key::appendCodePoint);
        return key.isEmpty() ? null : key.toString().toLowerCase(Locale.ROOT);
    }
}
