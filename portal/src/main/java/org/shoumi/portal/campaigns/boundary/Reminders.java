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
import org.shoumi.portal.campaigns.entity.ManualReminder;
import org.shoumi.portal.campaigns.entity.ReminderSent;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.events.LoweringTrainingsAsked;
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

    /**
     * One reminder of a run: to whom, for what, which kind, who else got a copy, and what happened; whether the person
     * was told in the portal by it ({@code toldInPortal}), or, a reminder sent by hand that did not tell them again,
     * when they had been told of it a moment before ({@code toldEarlierAt}).
     */
    public record Line(String employeeNo, String name, String programme, java.time.LocalDate due,
                       ReminderSent.Kind kind, Escalation escalation, List<String> copies, Outcome outcome,
                       boolean toldInPortal, java.time.Instant toldEarlierAt) {

        public Line(String employeeNo, String name, String programme, java.time.LocalDate due, ReminderSent.Kind kind,
                    Escalation escalation, List<String> copies, Outcome outcome) {
            this(employeeNo, name, programme, due, kind, escalation, copies, outcome, true, null);
        }

        public boolean isToldInPortal() {
            return toldInPortal;
        }

        public java.time.Instant getToldEarlierAt() {
            return toldEarlierAt;
        }

        /**
         * The message key of the outcome as the run's table says it. A reminder sent by hand whose mail failed says
         * that the notice in the portal reached the person (it said only "发送失败", while the bell had it), or when
         * they had been told a moment before; its argument is that time ({@code toldEarlierAt}).
         */
        public String getOutcomeKey() {
            if (kind != ReminderSent.Kind.MANUAL) {
                return "enum.Reminders.Outcome." + outcome.name();
            }
            if (toldEarlierAt != null) {
                return "people.run.manual.toldEarlier." + outcome.name();
            }
            if (!toldInPortal) {
                return outcome == Outcome.FAILED ? "people.run.failedManual" : "people.run.manual.notInPortal."
                        + outcome.name();
            }
            return "people.run.manual." + outcome.name();
        }
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
    Event<LoweringTrainingsAsked> loweringsAsked;

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

    /**
     * Minutes within which a reminder sent by hand does not tell the person in the portal again of the same programme
     * (the mail is still tried).
     */
    @Inject
    @ConfigProperty(name = "shoumi.portal.reminders.manual-quiet-minutes", defaultValue = "60")
    int manualQuietMinutes;

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
        int notOpen = 0;
        for (Progress p : programmes.refreshOpen()) {
            if (p.startedOn().isAfter(today)) {
                // next year's item, started with its plan: nothing to remind of before it opens, and not "未到提醒日
                // （仍在进行）" either (the run counted it so; outside check)
                notOpen++;
                continue;
            }
            LocalDate last = lastSent(p.assignmentId());
            Optional<ReminderSent.Kind> kind = ReminderRule.owed(p.due(), today, p.complete(), before, overdueEvery,
                    p.startedOn(), last);
            if (kind.isEmpty()) {
                skipped.merge(ReminderRule.skipped(p.complete(), today, last), 1, Integer::sum);
                continue;
            }
            Line line = remind(p, kind.get(), today, null);
            if (line == null) {
                // another run (on another node) claimed this programme's reminder of today first
                skipped.merge(ReminderRule.Skipped.REMINDED_TODAY, 1, Integer::sum);
            } else {
                lines.add(line);
            }
        }
        Run run = counted(run(lines, skipped, notOpen));
        LOG.info(() -> "Reminders: " + run.sent() + " sent, " + run.withoutAddress() + " without an e-mail address, "
                + run.failed() + " failed, " + run.notDue() + " open programmes not due for one today");
        return run;
    }

    /**
     * Reminds the people of these programmes now, whatever the schedule (a secrecy officer chose them from the
     * list): each open one gets a reminder, escalated as its lateness calls for; complete or closed ones are
     * counted as not due, and ones whose window has not opened yet ({@link Run#notOpen}) are not reminded. A reminder
     * sent by hand that fails is not tried again by the daily run (which keeps to the reminder days): the page says so.
     * The person is told in the portal unless told of the same programme within the last
     * {@code shoumi.portal.reminders.manual-quiet-minutes}; every attempt (sent, no address, failed) is recorded with
     * who asked for it and when ({@link ManualReminder}).
     *
     * @param by the login that pressed 提醒
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Run remindNow(Collection<Long> assignmentIds, String by) {
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
            lines.add(remind(p, ReminderSent.Kind.MANUAL, today, by));
        }
        return counted(run(lines, skipped, notOpen));
    }

    /**
     * Whether an exit programme was given by a lowering that keeps the person in post: its reminder names it as the
     * training of a lowered class (降低涉密类别培训), as the person's pages do; it said 离岗培训 (outside check).
     */
    private boolean loweringInPost(Progress p) {
        if (p.kind() != org.shoumi.portal.programmes.entity.ProgrammeKind.EXIT) {
            return false;
        }
        LoweringTrainingsAsked asked = new LoweringTrainingsAsked(
                List.of(new LoweringTrainingsAsked.Exit(p.assignmentId(), p.employeeNo(), p.startedOn())));
        loweringsAsked.fire(asked);
        return asked.isLowering(p.assignmentId());
    }

    /** Tells the metrics how many reminders went out (each one is already committed). */
    private Run counted(Run run) {
        if (run.sent() > 0) {
            sentEvents.fire(new RemindersSent(run.sent()));
        }
        return run;
    }

    private static Run run(List<Line> lines, Map<ReminderRule.Skipped, Integer> skipped, int notOpen) {
        int sent = (int) lines.stream().filter(l -> l.outcome() == Outcome.SENT).count();
        int without = (int) lines.stream().filter(l -> l.outcome() == Outcome.NO_ADDRESS).count();
        int failed = (int) lines.stream().filter(l -> l.outcome() == Outcome.FAILED).count();
        return new Run(sent, without, failed, skipped.getOrDefault(ReminderRule.Skipped.NOT_YET, 0),
                skipped.getOrDefault(ReminderRule.Skipped.REMINDED_TODAY, 0),
                skipped.getOrDefault(ReminderRule.Skipped.FINISHED, 0), notOpen, List.copyOf(lines));
    }

    /**
     * One reminder; null when another run (another node) claimed this programme's reminder of today first. {@code by}:
     * who asked for a reminder sent by hand (null for the schedule's).
     */
    private Line remind(Progress p, ReminderSent.Kind kind, LocalDate today, String by) {
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
        String programme = p.getCampaignTitle() != null ? p.getCampaignTitle()
                : text.getString(loweringInPost(p) ? "programme.kind.loweringInPost"
                        : "enum.ProgrammeKind." + p.kind().name());
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
        boolean manual = kind == ReminderSent.Kind.MANUAL;
        java.time.Instant now = clock.instant();
        // sent by hand: the bell is not rung again for a programme it rang for a moment ago (each press of 提醒 added
        // the same notice, also when the mail failed; outside check); the mail is tried whatever
        java.time.Instant toldAt = manual ? lastToldInPortal(p.assignmentId()) : null;
        java.time.Instant earlier = manual && !ReminderRule.tellsInPortalAgain(toldAt, now, manualQuietMinutes)
                ? toldAt : null;
        boolean told = earlier == null && notifyInPortal(person, kind, programme, due, copyLogins,
                ChronoUnit.DAYS.between(p.due(), today));
        List<String> to = new ArrayList<>();
        if (person.getEmail() != null) {
            to.add(person.getEmail());
            to.addAll(copies);
        }
        if (person.getEmail() == null) {
            return recorded(p, by, now, new Line(person.getEmployeeNo(), person.getName(), programme, p.due(), kind,
                    escalation, copies, Outcome.NO_ADDRESS, told, earlier), to);
        }
        try {
            // a reminder sent by hand for an overdue programme reads as the overdue one
            send(person, copies, p, programme, manual && today.isAfter(p.due()) ? ReminderSent.Kind.OVERDUE : kind,
                    text);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Reminder to " + person.getEmployeeNo() + " failed", e);
            if (claim != null) {
                try {
                    log.release(claim);
                } catch (RuntimeException released) {
                    LOG.log(Level.WARNING, "Could not give back the claim of the failed reminder", released);
                }
            }
            return recorded(p, by, now, new Line(person.getEmployeeNo(), person.getName(), programme, p.due(), kind,
                    escalation, copies, Outcome.FAILED, told, earlier), to);
        }
        if (claim == null && !today.equals(lastSent(p.assignmentId()))) {
            // sent by hand: the schedule reminds nobody again the same day (once a day: a second press the same day
            // finds the day recorded, and the mail that went out is not reported as failed for it)
            try {
                log.record(new ReminderSent(p.assignmentId(), today, kind, String.join(",", to), now));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "The day's reminder of " + person.getEmployeeNo() + " was recorded already", e);
            }
        }
        return recorded(p, by, now, new Line(person.getEmployeeNo(), person.getName(), programme, p.due(), kind,
                escalation, copies, Outcome.SENT, told, earlier), to);
    }

    /**
     * A reminder sent by hand is recorded whatever came of it (a failed or address-less one left no record at all):
     * who asked, when, the outcome, the addresses, whether the bell was rung by it. The schedule's are in
     * {@link ReminderSent} (claimed before they go out).
     */
    private Line recorded(Progress p, String by, java.time.Instant at, Line line, List<String> to) {
        if (line.kind() == ReminderSent.Kind.MANUAL) {
            try {
                log.recordManual(new ManualReminder(p.assignmentId(), at, by == null ? "" : by,
                        ManualReminder.Outcome.valueOf(line.outcome().name()), String.join(",", to),
                        line.toldInPortal()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The reminder sent by hand to " + line.employeeNo() + " was not recorded", e);
            }
        }
        return line;
    }

    /**
     * When the person was last told of this programme in the portal: by a reminder sent by hand, or by the schedule's
     * (told as it is claimed); null when never.
     */
    private java.time.Instant lastToldInPortal(long assignmentId) {
        java.time.Instant manual = em.createQuery("select m from ManualReminder m where m.assignmentId = :a "
                        + "and m.inPortal = true order by m.remindedAt desc", ManualReminder.class)
                .setParameter("a", assignmentId).setMaxResults(1).getResultStream().findFirst()
                .map(ManualReminder::getRemindedAt).orElse(null);
        java.time.Instant scheduled = em.createQuery("select r from ReminderSent r where r.assignmentId = :a "
                        + "and r.kind <> :manual order by r.sentAt desc", ReminderSent.class)
                .setParameter("a", assignmentId).setParameter("manual", ReminderSent.Kind.MANUAL).setMaxResults(1)
                .getResultStream().findFirst().map(ReminderSent::getSentAt).orElse(null);
        return manual == null ? scheduled : scheduled == null || manual.isAfter(scheduled) ? manual : scheduled;
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

    /** Tells the person (and the copies) in the portal; whether the person was told (has a login, nothing failed). */
    private boolean notifyInPortal(Employee person, ReminderSent.Kind kind, String programme, String due,
                                   List<String> copyLogins, long daysLate) {
        // best effort: the bell must never stop the e-mail
        try {
            List<String> logins = em.createQuery("select a.username from Account a where a.employee = :e",
                    String.class).setParameter("e", person).getResultList();
            logins.forEach(u -> notifications.tell(u, "notification.reminder." + kind.name(), List.of(programme, due),
                    "/index.xhtml"));
            for (String login : copyLogins) {
                notifications.tell(login, "notification.escalation", List.of(person.getName(), person.getEmployeeNo(),
                        programme, String.valueOf(daysLate), due), "/programmes/overview.xhtml");
            }
            return !logins.isEmpty();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "In-portal notice to " + person.getEmployeeNo() + " failed", e);
            return false;
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
