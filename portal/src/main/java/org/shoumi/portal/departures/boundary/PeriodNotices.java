package org.shoumi.portal.departures.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.cluster.boundary.Cluster;
import org.shoumi.portal.departures.control.PeriodNoticeRule;
import org.shoumi.portal.departures.entity.PeriodNotice;
import org.shoumi.portal.departures.entity.PostExitPeriod;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.shared.Mail;
import org.shoumi.portal.shared.Mailer;

/**
 * E-mail about the end of a 脱密期, to the person and to HR: once from the configured number of days before the
 * last day (30 by default) and once on the last day, each per end date (an extended period gets new notices),
 * made up on a later run if missed. A notice is recorded just before its mail goes out (and the record taken back
 * if the mail fails), so two runs at once send it once; recipients without an address are skipped.
 * Checked every hour when switched on, by the node holding the cluster's scheduler lease ({@link Cluster#leads()});
 * mail goes through the portal's mailer ({@code shared.Mailer}, the Liberty mail session {@code mail/shoumi}).
 */
@ApplicationScoped
public class PeriodNotices {

    private static final Logger LOG = Logger.getLogger(PeriodNotices.class.getName());
    private static final int CATCH_UP_DAYS = 7;

    /** What one run did. */
    public record Run(int sent, int withoutAddress, int failed) {
    }

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Departures departures;

    @Inject
    Cluster cluster;

    @Inject
    Mailer mailer;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "shoumi.portal.exit.notices.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "shoumi.portal.exit.notices.days-before", defaultValue = "30")
    int daysBefore;

    Clock clock = Clock.systemUTC();

    private ScheduledFuture<?> task;

    /**
     * Whether another running period binds the person beyond this one's end (lowered twice, say): its end changes
     * nothing for them, and a notice that their 脱密期 ends then would mislead. The governing period gets its own.
     */
    private boolean boundLonger(PostExitPeriod p) {
        return departures.restrictionOf(p.getEmployee().getEmployeeNo()).map(Restriction::until)
                .filter(until -> until.isAfter(p.getCurrentEnd())).isPresent();
    }

    /** Sends the notices owed today; each in its own transaction, so one failure does not undo the others. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Run sendDue() {
        LocalDate today = departures.today();
        int sent = 0;
        int withoutAddress = 0;
        int failed = 0;
        List<PostExitPeriod> periods = em.createQuery("select p from PostExitPeriod p join fetch p.employee "
                        + "where coalesce(p.currentEnd, p.endDate) >= :from and coalesce(p.currentEnd, p.endDate) <= :until",
                        PostExitPeriod.class)
                .setParameter("from", today.minusDays(CATCH_UP_DAYS)).setParameter("until", today.plusDays(daysBefore))
                .getResultList();
        List<String> hr = hrAddresses();
        for (PostExitPeriod p : periods) {
            Optional<PeriodNotice.Kind> kind = PeriodNoticeRule.owed(p.getCurrentEnd(), today, daysBefore,
                    CATCH_UP_DAYS, sentFor(p));
            if (kind.isEmpty() || boundLonger(p)) {
                continue;
            }
            Employee person = p.getEmployee();
            List<String> to = new ArrayList<>();
            if (person.getEmail() != null) {
                to.add(person.getEmail());
            }
            to.addAll(hr.stream().filter(a -> !a.equalsIgnoreCase(person.getEmail())).toList());
            if (to.isEmpty()) {
                withoutAddress++;
                continue;
            }
            long recorded;
            try {
                // recorded first: a run at the same moment elsewhere (another node) finds it and sends nothing
                recorded = departures.recordNotice(p.getId(), kind.get(), p.getCurrentEnd(), today, clock.instant(),
                        String.join(",", to));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "脱密期 notice about " + person.getEmployeeNo() + " was recorded by another run", e);
                continue;
            }
            try {
                send(person, p, kind.get(), to);
                sent++;
            } catch (MessagingException | RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "脱密期 notice about " + person.getEmployeeNo() + " failed", e);
                try {
                    departures.withdrawNotice(recorded);
                } catch (RuntimeException withdrawn) {
                    LOG.log(Level.WARNING, "Could not take back the record of the failed notice", withdrawn);
                }
            }
        }
        int s = sent;
        int w = withoutAddress;
        int f = failed;
        LOG.info(() -> "脱密期 notices: " + s + " sent, " + w + " without an address, " + f + " failed");
        return new Run(sent, withoutAddress, failed);
    }

    private Set<PeriodNotice.Kind> sentFor(PostExitPeriod p) {
        Set<PeriodNotice.Kind> sent = EnumSet.noneOf(PeriodNotice.Kind.class);
        em.createQuery("select n.kind from PeriodNotice n where n.period = :p and n.forEnd = :end",
                        PeriodNotice.Kind.class)
                .setParameter("p", p).setParameter("end", p.getCurrentEnd()).getResultStream().forEach(sent::add);
        return sent;
    }

    private List<String> hrAddresses() {
        return em.createQuery("select distinct e.email from Account a join a.employee e join a.roles r "
                        + "where r = :role and e.email is not null and a.enabled = true", String.class)
                .setParameter("role", Role.HR).getResultList();
    }

    private void send(Employee person, PostExitPeriod p, PeriodNotice.Kind kind, List<String> to)
            throws MessagingException {
        String end = p.getCurrentEnd().toString();
        mailer.send(Mail.inChinese(to, List.of(), "period.notice.subject." + kind.name(),
                List.of(person.getName(), person.getEmployeeNo(), end), "period.notice.body." + kind.name(),
                List.of(person.getName(), person.getEmployeeNo(), p.getStartDate().toString(), end)));
    }

    void start(@Observes Startup startup) {
        if (enabled) {
            task = scheduler.scheduleAtFixedRate(this::runQuietly, 5, 60, TimeUnit.MINUTES);
        }
    }

    void runQuietly() {
        if (!cluster.leads()) {
            return;
        }
        try {
            sendDue();
        } catch (RuntimeException e) {
            // the next run tries again
            LOG.log(Level.WARNING, "Sending 脱密期 notices failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
