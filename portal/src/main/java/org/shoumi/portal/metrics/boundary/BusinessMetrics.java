package org.shoumi.portal.metrics.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.shoumi.portal.events.EvidenceAppended;
import org.shoumi.portal.events.PledgeSigned;
import org.shoumi.portal.events.RemindersSent;
import org.shoumi.portal.shared.MailSent;
import org.shoumi.quizzes.attempts.boundary.AttemptFinished;
import org.shoumi.quizzes.attempts.boundary.AttemptStarted;

/**
 * Counts what happened, after it was committed ({@link TransactionPhase#AFTER_SUCCESS}; without a transaction at
 * once). The counters live in the application registry and appear on {@code /metrics} as
 * {@code shoumi_attempts_started_total{mp_scope="application"}} and so on; they count since the server started
 * (Prometheus' {@code rate()} and {@code increase()} cope with restarts). They are registered when the bean is
 * made, at start, so a scrape sees them at 0 before anything happened.
 */
@ApplicationScoped
public class BusinessMetrics {

    static final String ATTEMPTS_STARTED = "shoumi.attempts.started";
    static final String ATTEMPTS_SUBMITTED = "shoumi.attempts.submitted";
    static final String ATTEMPTS_EXPIRED = "shoumi.attempts.expired";
    static final String PLEDGES_SIGNED = "shoumi.pledges.signed";
    static final String REMINDERS_SENT = "shoumi.reminders.sent";
    static final String EVIDENCE_APPENDED = "shoumi.evidence.appended";
    static final String MAILS_SENT = "shoumi.mails.sent";
    static final String MAILS_FAILED = "shoumi.mails.failed";

    @Inject
    MetricRegistry registry;

    Counter attemptsStarted;
    Counter attemptsSubmitted;
    Counter attemptsExpired;
    Counter pledgesSigned;
    Counter remindersSent;
    Counter evidenceAppended;
    Counter mailsSent;
    Counter mailsFailed;

    /** Registers every counter with its description, before the first event whatever it is. */
    @PostConstruct
    void register() {
        attemptsStarted = counter(ATTEMPTS_STARTED, "Quiz attempts started (a new attempt, not a resumed one)");
        attemptsSubmitted = counter(ATTEMPTS_SUBMITTED, "Quiz attempts submitted by their taker in time");
        attemptsExpired = counter(ATTEMPTS_EXPIRED, "Quiz attempts finished by their deadline (time ran out, or the sweeper)");
        pledgesSigned = counter(PLEDGES_SIGNED, "Pledges signed online");
        remindersSent = counter(REMINDERS_SENT, "Reminder e-mails sent for education programmes");
        evidenceAppended = counter(EVIDENCE_APPENDED, "Entries appended to the evidence chain");
        mailsSent = counter(MAILS_SENT, "E-mails handed to the mail server (every kind of reminder and notice)");
        mailsFailed = counter(MAILS_FAILED, "E-mails the mail server refused or that could not be addressed");
    }

    private Counter counter(String name, String description) {
        return registry.counter(Metadata.builder().withName(name).withDescription(description).build());
    }

    /** Makes the bean, and so the counters, at start: a scrape sees them at 0 before anything happened. */
    void atStart(@Observes @Priority(Interceptor.Priority.APPLICATION) Startup startup) {
        attemptsStarted.getCount();
    }

    void attemptStarted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttemptStarted started) {
        attemptsStarted.inc();
    }

    void attemptFinished(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttemptFinished finished) {
        (finished.submitted() ? attemptsSubmitted : attemptsExpired).inc();
    }

    void pledgeSigned(@Observes(during = TransactionPhase.AFTER_SUCCESS) PledgeSigned signed) {
        pledgesSigned.inc();
    }

    void remindersSent(@Observes(during = TransactionPhase.AFTER_SUCCESS) RemindersSent sent) {
        remindersSent.inc(sent.count());
    }

    void evidenceAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvidenceAppended appended) {
        evidenceAppended.inc();
    }

    /** Counted as the mail goes (or fails), whether or not a transaction is running. */
    void mailSent(@Observes MailSent sent) {
        (sent.delivered() ? mailsSent : mailsFailed).inc();
    }
}
