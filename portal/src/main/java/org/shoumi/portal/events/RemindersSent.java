package org.shoumi.portal.events;

/**
 * One run of reminders (the daily schedule, or a secrecy officer's "remind now") sent {@code count} e-mails; each
 * reminder was already committed on its own. Fired only when at least one went out.
 */
public record RemindersSent(int count) {
}
