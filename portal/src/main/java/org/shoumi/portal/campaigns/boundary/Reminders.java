package org.shoumi.portal.campaigns.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.portal.campaigns.control.ReminderRule;
import org.shoumi.portal.campaigns.control.ReminderRule.Escalation;
import org.shoumi.portal.campaigns.entity.ReminderSent;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.events.RemindersSent;
import org.shoumi.portal.notifications.boundary.Notifications;
import org.shoumi.portal.programmes.boundary.Progress;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.entity.Assignment;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.shared.Mail;
import org.shoumi.portal.shared.Mailer;

/**
 * Reminders for open programmes (campaigns, plan items, onboarding, transfers, exits): on the configured days before
 * the due date and when overdue, by e-mail and in the portal (the bell). An overdue programme escalates: from the
 * configured days overdue (7) the department head gets a copy, from more (14) the secrecy office too. A reminder is
 * recorded once sent, at most one per programme and day; a person without an e-mail address is still told in the
 * portal and listed as skipped. Every run says what it did for whom ({@link Run#lines()}). Mail goes through the
 * portal's mailer ({@code shared.Mailer}, the Liberty mail session {@code mail/shoumi}).
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());
    private static final String BUNDLE = "org.shoumi.portal.i18n.messages";

    /** What happened to one person's reminder. */
    public enum Outcome {
        SENT,
        /** no e-mail address: told in the portal only */
        NO_ADDRESS,
        /** the mail server refused; tried again on the next run */
        FAILED
    }

    /** One reminder of a run: to whom, for what, which kind, who else got a copy, and what happened. */
    public record Line(String employeeNo, String name, String programme, java.time.LocalDate due,
                       ReminderSent.Kind kind, Escalation escalation, List<String> copies, Outcome outcome) {
        public String getEmployeeNo() {
            return employeeNo;
        }

        public String getName() {
            return name;
        }

        public String getProgramme() {
            return programme;
        }

        public java.time.LocalDate getDue() {
            return due;
        }

        public ReminderSent.Kind getKind() {
            return kind;
        }

        public Escalation getEscalation() {
            return escalation;
        }

        public String getCopies() {
            return String.join(", ", copies);
        }

        public Outcome getOutcome() {
            return outcome;
        }
    }

    /**
     * What one run did: sent, without address, failed; the programmes that owed no reminder today, by why
     * ({@code notYet}: no reminder day reached since the last one, {@code remindedToday}: reminded today already,
     * here or by another node, {@code finished}: complete or closed); and a line per reminder owed.
     */
    public record Run(int sent, int withoutAddress, int failed, int notYet, int remindedToday, int finished,
                      int notOpen, List<Line> lines) {
        public List<Line> getLines() {
            return lines;
        }

        /** All the programmes that owed no reminder, whatever the reason. */
        public int notDue() {
            return notYet + remindedToday + finished;
        }
    }

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Programmes programmes;

    @Inject
    Documents documents;

    @Inject
    ReminderLog log;

    @Inject
    Notifications notifications;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "shoumi.portal.reminders.days-before", defaultValue = "7,1")
    String daysBefore;

    @Inject
    @ConfigProperty(name = "shoumi.portal.reminders.overdue-every-days", defaultValue = "7")
    int overdueEvery;

    /** Days overdue from which the department head gets a copy. */
    @Inject
    @ConfigProperty(name = "shoumi.portal.reminders.escalate-head-days", defaultValue = "7")
    int headDays;

    /** Days overdue from which the secrecy office gets a copy too. */
    @Inject
    @ConfigProperty(name = "shoumi.portal.reminders.escalate-officer-days", defaultValue = "14")
    int officerDays;

    @Inject
    @ConfigProperty(name = "shoumi.portal.url", defaultValue = "http://localhost:9080/portal/")
    String portalUrl;

    @Inject
    Event<RemindersSent> sentEvents;

    Clock clock = Clock.systemUTC();

    /** Sends today's reminders. Each reminder is its own transaction: one failure does not undo the others. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Run sendDue() {
        LocalDate today = documents.today();
        List<Integer> before = ReminderRule.days(daysBefore);
        List<Line> lines = new ArrayList<>();
        Map<ReminderRule.Skipped, Integer> skipped = new EnumMap<>(ReminderRule.Skipped.class);
        for (Progress p : programmes.refreshOpen()) {
            LocalDate last = lastSent(p.assignmentId());
            Optional<ReminderSent.Kind> kind = ReminderRule.owed(p.due(), today, p.complete(), before, overdueEvery,
                    p.startedOn(), last);
            if (kind.isEmpty()) {
                skipped.merge(ReminderRule.skipped(p.complete(), today, last), 1, Integer::sum);
                continue;
            }
            Line line = remind(p, kind.get(), today);
            if (line == null) {
                // another run (on another node) claimed this programme's reminder of today first
                skipped.merge(ReminderRule.Skipped.REMINDED_TODAY, 1, Integer::sum);
            } else {
                lines.add(line);
            }
        }
        Run run = counted(run(lines, skipped));
        LOG.info(() -> "Reminders: " + run.sent() + " sent, " + run.withoutAddress() + " without an e-mail address, "
                + run.failed() + " failed, " + run.notDue() + " open programmes not due for one today");
        return run;
    }

    /**
     * Reminds the people of these programmes now, whatever the schedule (a secrecy officer chose them from the
     * list): each open one gets a reminder, escalated as its lateness calls for; complete or closed ones are
     * counted as not due, and ones whose window has not opened yet ({@link Run#notOpen}) are not reminded. A reminder
     * sent by hand that fails is not tried again by the daily run (which keeps to the reminder days): the page says so.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Run remindNow(Collection<Long> assignmentIds) {
        LocalDate today = documents.today();
        Set<Long> wanted = new LinkedHashSet<>(assignmentIds);
        List<Line> lines = new ArrayList<>();
        Map<ReminderRule.Skipped, Integer> skipped = new EnumMap<>(ReminderRule.Skipped.class);
        int notOpen = 0;
        for (Progress p : programmes.progressOf(wanted)) {
            if (!p.open()) {
                skipped.merge(ReminderRule.Skipped.FINISHED, 1, Integer::sum);
                continue;
            }
            if (p.startedOn().isAfter(today)) {
                // nothing of it can be done before it opens (next year's plan item was reminded in December, "请于
                // 2027-12-31 前完成", without a word of 2027-01-01; outside check): not reminded, counted apart
                notOpen++;
                continue;
            }
            lines.add(remind(p, ReminderSent.Kind.MANUAL, today));
        }
        return counted(run(lines, skipped, notOpen));
    }

    /** Tells the metrics how many reminders went out (each one is already committed). */
    private Run counted(Run run) {
        if (run.sent() > 0) {
            sentEvents.fire(new RemindersSent(run.sent()));
        }
        return run;
    }

    private static Run run(List<Line> lines, Map<ReminderRule.Skipped, Integer> skipped) {
        return run(lines, skipped, 0);
    }

    private static Run run(List<Line> lines, Map<ReminderRule.Skipped, Integer> skipped, int notOpen) {
        int sent = (int) lines.stream().filter(l -> l.outcome() == Outcome.SENT).count();
        int without = (int) lines.stream().filter(l -> l.outcome() == Outcome.NO_ADDRESS).count();
        int failed = (int) lines.stream().filter(l -> l.outcome() == Outcome.FAILED).count();
        return new Run(sent, without, failed, skipped.getOrDefault(ReminderRule.Skipped.NOT_YET, 0),
                skipped.getOrDefault(ReminderRule.Skipped.REMINDED_TODAY, 0),
                skipped.getOrDefault(ReminderRule.Skipped.FINISHED, 0), notOpen, List.copyOf(lines));
    }

    /** One reminder; null when another run (another node) claimed this programme's reminder of today first. */
    private Line remind(Progress p, ReminderSent.Kind kind, LocalDate today) {
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
        String programme = p.getCampaignTitle() != null ? p.getCampaignTitle()
                : text.getString("enum.ProgrammeKind." + p.kind().name());
        Employee person = em.find(Assignment.class, p.assignmentId()).getEmployee();
        Escalation escalation = today.isAfter(p.due())
                ? ReminderRule.escalation(p.due(), today, headDays, officerDays) : Escalation.NONE;
        List<String> copies = new ArrayList<>();
        List<String> copyLogins = new ArrayList<>();
        if (escalation != Escalation.NONE) {
            heads(person).forEach(h -> add(h, copies, copyLogins));
        }
        if (escalation == Escalation.OFFICER) {
            officers(person).forEach(o -> add(o, copies, copyLogins));
        }
        String due = p.due().toString();
        Long claim = null;
        if (kind != ReminderSent.Kind.MANUAL) {
            // claimed also for someone without an address (told in the portal only: sent_to empty), so a later run
            // of the day does not tell them again
            List<String> to = new ArrayList<>();
            if (person.getEmail() != null) {
                to.add(person.getEmail());
                to.addAll(copies);
            }
            try {
                claim = log.claim(new ReminderSent(p.assignmentId(), today, kind, String.join(",", to),
                        clock.instant()));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "The reminder of " + person.getEmployeeNo() + " was claimed by another run", e);
                return null;
            }
        }
        notifyInPortal(person, kind, programme, due, copyLogins, ChronoUnit.DAYS.between(p.due(), today));
        if (person.getEmail() == null) {
            return new Line(person.getEmployeeNo(), person.getName(), programme, p.due(), kind, escalation, copies,
                    Outcome.NO_ADDRESS);
        }
        try {
            // a reminder sent by hand for an overdue programme reads as the overdue one
            send(person, copies, p, programme, kind == ReminderSent.Kind.MANUAL && today.isAfter(p.due())
                    ? ReminderSent.Kind.OVERDUE : kind, text);
            if (claim == null) {
                List<String> to = new ArrayList<>();
                to.add(person.getEmail());
                to.addAll(copies);
                log.record(new ReminderSent(p.assignmentId(), today, kind, String.join(",", to), clock.instant()));
            }
            return new Line(person.getEmployeeNo(), person.getName(), programme, p.due(), kind, escalation, copies,
                    Outcome.SENT);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Reminder to " + person.getEmployeeNo() + " failed", e);
            if (claim != null) {
                try {
                    log.release(claim);
                } catch (RuntimeException released) {
                    LOG.log(Level.WARNING, "Could not give back the claim of the failed reminder", released);
                }
            }
            return new Line(person.getEmployeeNo(), person.getName(), programme, p.due(), kind, escalation, copies,
                    Outcome.FAILED);
        }
    }

    /** A copy recipient: [e-mail, login] of someone told; the e-mail may be null (told in the portal only). */
    private static void add(String[] who, List<String> copies, List<String> logins) {
        if (who[0] != null && !copies.contains(who[0])) {
            copies.add(who[0]);
        }
        if (who[1] != null && !logins.contains(who[1])) {
            logins.add(who[1]);
        }
    }

    private void notifyInPortal(Employee person, ReminderSent.Kind kind, String programme, String due, List<String> copyLogins,
                        long daysLate) {
        // best effort: the bell must never stop the e-mail
        try {
            em.createQuery("select a.username from Account a where a.employee = :e", String.class)
                    .setParameter("e", person).getResultStream()
                    .forEach(u -> notifications.tell(u, "notification.reminder." + kind.name(), List.of(programme, due),
                            "/index.xhtml"));
            for (String login : copyLogins) {
                notifications.tell(login, "notification.escalation", List.of(person.getName(), person.getEmployeeNo(),
                        programme, String.valueOf(daysLate), due), "/programmes/overview.xhtml");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "In-portal notice to " + person.getEmployeeNo() + " failed", e);
        }
    }

    /** The day the last reminder for this programme went out; null when none did. */
    private LocalDate lastSent(long assignmentId) {
        return em.createQuery("select max(r.sentOn) from ReminderSent r where r.assignmentId = :a", LocalDate.class)
                .setParameter("a", assignmentId).getSingleResult();
    }

    /** The heads of the person's department (not the person): [e-mail or null, login]. */
    private List<String[]> heads(Employee person) {
        return em.createQuery("select e.email, a.username from Account a join a.employee e join a.roles r "
                        + "where r = :role and e.department = :d and e <> :me", Object[].class)
                .setParameter("role", Role.DEPT_HEAD).setParameter("d", person.getDepartment())
                .setParameter("me", person).getResultStream().map(r -> new String[] {(String) r[0], (String) r[1]})
                .toList();
    }

    /** The secrecy officers (not the person): [e-mail or null, login]. */
    private List<String[]> officers(Employee person) {
        return em.createQuery("select e.email, a.username from Account a join a.employee e join a.roles r "
                        + "where r = :role and e <> :me", Object[].class)
                .setParameter("role", Role.SECRECY_OFFICER).setParameter("me", person).getResultStream()
                .map(r -> new String[] {(String) r[0], (String) r[1]}).toList();
    }

    private void send(Employee person, List<String> copies, Progress p, String programme, ReminderSent.Kind kind,
                      ResourceBundle text) throws MessagingException {
        // reminders are written in Chinese, the unit's working language
        List<String> open = new ArrayList<>();
        p.steps().stream().filter(s -> !s.done())
                .forEach(s -> open.add("- " + text.getString("programme.step." + s.kind().name())));
        String due = p.due().toString();
        mailer.send(Mail.inChinese(List.of(person.getEmail()), copies, "reminder.subject." + kind.name(),
                List.of(programme, due), "reminder.body." + kind.name(),
                List.of(person.getName(), programme, due, String.join("\n", open), portalUrl)));
    }
}
