package org.shoumi.portal.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One plain-text e-mail: recipients, copies, subject and body. Fired as a CDI event, it is sent by {@link Mailer}
 * in the background once the transaction that fired it has committed (never for work that was rolled back); given to
 * {@link Mailer#send}, it is sent at once and a refusal is the caller's to handle.
 */
public record Mail(List<String> to, List<String> cc, String subject, String body) {

    private static final String BUNDLE = "org.shoumi.portal.i18n.messages";

    public Mail {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a mail is sent to someone");
        }
    }

    /**
     * A mail in Chinese, the unit's working language (whatever language the person reads the portal in): subject
     * and body from the portal's bundle, each a {@link MessageFormat} pattern given its arguments as text.
     */
    public static Mail inChinese(List<String> to, List<String> cc, String subjectKey, List<String> subjectArgs,
                                 String bodyKey, List<String> bodyArgs) {
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
        return new Mail(to, cc, MessageFormat.format(text.getString(subjectKey), subjectArgs.toArray()),
                MessageFormat.format(text.getString(bodyKey), bodyArgs.toArray()));
    }
}
