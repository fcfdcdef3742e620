package org.shoumi.portal.shared;

/**
 * One e-mail handed to the mail server by {@link Mailer} ({@code delivered}), or refused by it (or by a malformed
 * address); fired as it happens, for the metrics, whatever the mail was about.
 */
public record MailSent(boolean delivered) {
}
