package org.shoumi.portal.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Text in Chinese, the unit's working language, from the portal's bundle: what leaves the portal (mails, chat
 * messages) is written so, whatever language a reader chose for the pages.
 */
public final class WorkingLanguage {

    private static final String BUNDLE = "org.shoumi.portal.i18n.messages";

    private WorkingLanguage() {
    }

    /** The bundle's {@link MessageFormat} pattern {@code key}, given its arguments. */
    public static String format(String key, List<String> arguments) {
        return MessageFormat.format(ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE).getString(key),
                arguments.toArray());
    }
}
