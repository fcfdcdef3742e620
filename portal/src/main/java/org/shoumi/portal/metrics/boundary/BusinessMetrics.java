package org.shoumi.portal.metrics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.shoumi.portal.events.EvidenceAppended;
import org.shoumi.portal.events.PledgeSigned;
import org.shoumi.portal.events.RemindersSent;
import org.shoumi.quizzes.attempts.boundary.AttemptFinished;
import org.shoumi.quizzes.attempts.boundary.AttemptStarted;

/**
 * Counts what happened, after it was committed ({@link TransactionPhase#AFTER_SUCCESS}; without a transaction at
 * once). The counters live in the application registry and appear on {@code /metrics} as
 * {@code shoumi_attempts_started_total{mp_scope="application"}} and so on; they count since the server started
 * (Prometheus' {@code rate()} and {@code increase()} cope with restarts). They are registered at start, so a
 * scrape sees them at 0 before anything happened.
 */
@ApplicationScoped
public class BusinessMetrics {

    static final String ATTEMPTS_STARTED = "shoumi.attempts.started";
    static final String ATTEMPTS_SUBMITTED = "shoumi.attempts.submitted";
    static final String ATTEMPTS_EXPIRED = "shoumi.attempts.expired";
    static final String PLEDGES_SIGNED = "shoumi.pledges.signed";
    static final String REMINDERS_SENT = "shoumi.reminders.sent";
    static final String EVIDENCE_APPENDED = "shoumi.evidence.appended";

    @Inject
    MetricRegistry registry;

    void register(@Observes Startup startup) {
        describe(ATTEMPTS_STARTED, "Quiz attempts started (a new attempt, not a resumed one)");
        describe(ATTEMPTS_SUBMITTED, "Quiz attempts submitted by their taker in time");
        describe(ATTEMPTS_EXPIRED, "Quiz attempts finished by their deadline (time ran out, or the sweeper)");
        describe(PLEDGES_SIGNED, "Pledges signed online");
        describe(REMINDERS_SENT, "Reminder e-mails sent for education programmes");
        describe(EVIDENCE_APPENDED, "Entries appended to the evidence chain");
    }

    private void describe(String name, String description) {
        registry.counter(Metadata.builder().withName(name).withDescription(description).build());
    }

    void attemptStarted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttemptStarted started) {
        registry.counter(ATTEMPTS_STARTED).inc();
    }

    void attemptFinished(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttemptFinished finished) {
        registry.counter(finished.submitted() ? ATTEMPTS_SUBMITTED : ATTEMPTS_EXPIRED).inc();
    }

    void pledgeSigned(@Observes(during = TransactionPhase.AFTER_SUCCESS) PledgeSigned signed) {
        registry.counter(PLEDGES_SIGNED).inc();
    }

    void remindersSent(@Observes(during = TransactionPhase.AFTER_SUCCESS) RemindersSent sent) {
        registry.counter(REMINDERS_SENT).inc(sent.count());
    }

    void evidenceAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvidenceAppended appended) {
        registry.counter(EVIDENCE_APPENDED).inc();
    }
}
