package org.shoumi.portal.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's one way to send e-mail (programme reminders, 脱密期 notices, self-inspection reminders), through the
 * Liberty mail session {@code mail/shoumi}: plain text in UTF-8, to and copies.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Resource(lookup = "mail/shoumi")
    Session session;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Event<MailSent> outcomes;

    private final Backlog<Mail> backlog = new Backlog<>(this::sendQuietly);

    /** Sends now; throws when an address is malformed or the mail server refuses. */
    public void send(Mail mail) throws MessagingException {
        try {
            transport(mail);
        } catch (MessagingException | RuntimeException e) {
            outcomes.fire(new MailSent(false));
            throw e;
        }
        outcomes.fire(new MailSent(true));
    }

    private void transport(Mail mail) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        for (String address : mail.to()) {
            m.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
        }
        for (String address : mail.cc()) {
            m.addRecipient(Message.RecipientType.CC, new InternetAddress(address));
        }
        m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        m.setText(mail.body(), StandardCharsets.UTF_8.name());
        Transport.send(m);
    }

    /**
     * A mail fired as an event, queued once the firing transaction has committed (at once when there was none) and
     * sent in the background, one after the other, so that reminding a whole round does not hold the page (or the
     * daily run) while the mail server answers. Best effort: whoever fired it has already told the person in the
     * portal, so a refused mail is logged and not tried again, and mails still queued when the server stops are not
     * sent.
     */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mail mail) {
        backlog.add(mail, executor);
    }

    private void sendQuietly(Mail mail) {
        try {
            send(mail);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mail to " + mail.to() + " (" + mail.subject() + ") failed", e);
        }
    }
}
