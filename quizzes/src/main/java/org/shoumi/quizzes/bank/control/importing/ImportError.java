package org.shoumi.quizzes.bank.control.importing;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A problem found while importing, as a message key plus arguments, so the portal can show it in Chinese or
 * English. {@code line} is the spreadsheet row (the header is row 1) or the text line (from 1) the problem
 * belongs to; 0 for the whole file. The message's first argument {0} is always the line; {@code args} follow
 * as {1}, {2}, …
 * Messages live in the bundle {@value #BUNDLE} ({@code import_messages.properties} English,
 * {@code import_messages_zh_CN.properties} Chinese).
 */
public record ImportError(int line, String key, List<String> args) {

    public static final String BUNDLE = "org.shoumi.quizzes.i18n.import_messages";

    public ImportError {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static ImportError of(int line, String key, Object... args) {
        List<String> list = new ArrayList<>();
        for (Object a : args) {
            list.add(String.valueOf(a));
        }
        return new ImportError(line, key, list);
    }

    /** The message in {@code locale} (falling back to English). */
    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] all = new Object[args.size() + 1];
        all[0] = String.valueOf(line);
        for (int i = 0; i < args.size(); i++) {
            all[i + 1] = args.get(i);
        }
        return new MessageFormat(bundle.getString(key), locale).format(all);
    }

    @Override
    public String toString() {
        return line + ":" + key + args;
    }
}
