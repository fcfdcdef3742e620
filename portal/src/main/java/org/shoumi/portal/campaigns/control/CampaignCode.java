package org.shoumi.portal.campaigns.control;

import java.util.Locale;
import org.shoumi.content.text.Texts;

/**
 * A campaign's code as typed: read half-width ({@link Texts#halfWidth}: ＺＸ２０２７ is ZX2027, as a Chinese input
 * method may type it and as staff numbers are read), stripped and in capitals; valid with 1 to 40 letters, digits or
 * dashes. Plain Java.
 */
public final class CampaignCode {

    private CampaignCode() {
    }

    /** The code as stored; "" for none. */
    public static String of(String typed) {
        return typed == null ? "" : Texts.halfWidth(typed).strip().toUpperCase(Locale.ROOT);
    }

    /** Whether a code as stored ({@link #of}) has the campaign code's form. */
    public static boolean valid(String code) {
        return code.matches("[A-Z0-9-]{1,40}");
    }
}
