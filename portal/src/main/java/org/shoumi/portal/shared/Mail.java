package org.shoumi.portal.shared;

import java.util.List;
import java.util.Objects;

/**
 * One plain-text e-mail: recipients, copies, subject and body. Fired as a CDI event, it is sent by {@link Mailer}
 * in the background once the transaction that fired it has committed (never for work that was rolled back); given to
 * {@link Mailer#send}, it is sent at once and a refusal is the caller's to handle.
 */
public record Mail(List<String> to, List<String> cc, String subject, String body) {

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
     * and body from the portal's bundle, each a pattern given its arguments as text ({@link WorkingLanguage}).
     */
    public static Mail inChinese(List<String> to, List<String> cc, String subjectKey, List<String> subjectArgs,
                                 String bodyKey, List<String> bodyArgs) {
        return new Mail(to, cc, WorkingLanguage.format(subjectKey, subjectArgs),
                WorkingLanguage.format(bodyKey, bodyArgs));
    }
}
