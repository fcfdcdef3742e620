package org.shoumi.portal.campaigns.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.portal.campaigns.control.ReminderRule;
import org.shoumi.portal.campaigns.entity.ReminderSent;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.programmes.boundary.Progress;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.entity.Assignment;
import org.shoumi.portal.security.entity.Role;

/**
 * E-mail reminders for open programmes (campaigns, onboarding, transfers, exits): on the configured days before
 * the due date and when overdue, to the person with a copy to their department's head. A reminder is recorded
 * once sent, at most one per programme and day; a person without an e-mail address is skipped (and counted).
 * Mail goes through the Liberty mail session {@code mail/shoumi}.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());
    private static final String BUNDLE = "org.shoumi.portal.i18n.messages";

    /** What one run did. */
    public record Run(int sent, int withoutAddress, int failed) {
    }

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Programmes programmes;

    @Inject
    Documents documents;

    @Inject
    ReminderLog log;

    @Resource(lookup = "mail/shoumi")
    Session mail;

    @Inject
    @ConfigProperty(name = "shoumi.portal.reminders.days-before", defaultValue = "7,1")
    String daysBefore;

    @Inject
    @ConfigProperty(name = "shoumi.portal.reminders.overdue-every-days", defaultValue = "7")
    int overdueEvery;

    @Inject
    @ConfigProperty(name = "shoumi.portal.url", defaultValue = "http://localhost:9080/portal/")
    String portalUrl;

    Clock clock = Clock.systemUTC();

    /** Sends today's reminders. Each reminder is its own transaction: one failure does not undo the others. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Run sendDue() {
        LocalDate today = documents.today();
        List<Integer> before = ReminderRule.days(daysBefore);
        int sent = 0;
        int withoutAddress = 0;
        int failed = 0;
        for (Progress p : programmes.refreshOpen()) {
            Optional<ReminderSent.Kind> kind = ReminderRule.owed(p.due(), today, p.complete(), before, overdueEvery,
                    p.startedOn(), lastSent(p.assignmentId()));
            if (kind.isEmpty()) {
                continue;
            }
            Employee person = em.find(Assignment.class, p.assignmentId()).getEmployee();
            if (person.getEmail() == null) {
                withoutAddress++;
                continue;
            }
            List<String> heads = headsOf(person);
            try {
                send(person, heads, p, kind.get());
                log.record(new ReminderSent(p.assignmentId(), today, kind.get(),
                        String.join(",", concat(person.getEmail(), heads)), clock.instant()));
                sent++;
            } catch (MessagingException | RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "Reminder to " + person.getEmployeeNo() + " failed", e);
            }
        }
        int s = sent;
        int w = withoutAddress;
        int f = failed;
        LOG.info(() -> "Reminders: " + s + " sent, " + w + " without an e-mail address, " + f + " failed");
        return new Run(sent, withoutAddress, failed);
    }

    /** The day the last reminder for this programme went out; null when none did. */
    private LocalDate lastSent(long assignmentId) {
        return em.createQuery("select max(r.sentOn) from ReminderSent r where r.assignmentId = :a", LocalDate.class)
                .setParameter("a", assignmentId).getSingleResult();
    }

    private List<String> headsOf(Employee person) {
        return em.createQuery("select e.email from Account a join a.employee e join a.roles r "
                        + "where r = :role and e.department = :d and e.email is not null and e <> :me", String.class)
                .setParameter("role", Role.DEPT_HEAD).setParameter("d", person.getDepartment())
                .setParameter("me", person).getResultList();
    }

    private void send(Employee person, List<String> heads, Progress p, ReminderSent.Kind kind) throws MessagingException {
        // reminders are written in Chinese, the unit's working language
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
        String programme = text.getString("enum.ProgrammeKind." + p.kind().name());
        List<String> open = new ArrayList<>();
        p.steps().stream().filter(s -> !s.done())
                .forEach(s -> open.add("- " + text.getString("programme.step." + s.kind().name())));
        MimeMessage m = new MimeMessage(mail);
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(person.getEmail()));
        for (String head : heads) {
            m.addRecipient(Message.RecipientType.CC, new InternetAddress(head));
        }
        m.setSubject(java.text.MessageFormat.format(text.getString("reminder.subject." + kind.name()), programme,
                p.due().toString()), StandardCharsets.UTF_8.name());
        m.setText(java.text.MessageFormat.format(text.getString("reminder.body." + kind.name()), person.getName(),
                programme, p.due().toString(), String.join("\n", open), portalUrl), StandardCharsets.UTF_8.name());
        Transport.send(m);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
