package org.shoumi.portal.setup.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.cluster.boundary.Cluster;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;

/**
 * Submits quiz attempts whose time ran out while nobody had them open, so that abandoned attempts are scored
 * with their saved answers without waiting for their taker to come back. Every node schedules it; only the node
 * holding the cluster's scheduler lease sweeps ({@link Cluster#leads()}).
 */
@ApplicationScoped
public class AttemptSweeper {

    private static final Logger LOG = Logger.getLogger(AttemptSweeper.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    QuizAttempts attempts;

    @Inject
    Cluster cluster;

    @Inject
    @ConfigProperty(name = "shoumi.quizzes.attempts.sweep-seconds", defaultValue = "60")
    long everySeconds;

    private ScheduledFuture<?> task;

    void start(@Observes Startup startup) {
        task = scheduler.scheduleWithFixedDelay(this::sweep, everySeconds, everySeconds, TimeUnit.SECONDS);
    }

    void sweep() {
        if (!cluster.leads()) {
            return;
        }
        try {
            int expired = attempts.expireOverdue();
            if (expired > 0) {
                LOG.info(() -> "Submitted " + expired + " quiz attempt(s) whose time had run out");
            }
        } catch (RuntimeException e) {
            // the next run tries again; one failure must not stop the schedule
            LOG.log(Level.WARNING, "Sweeping overdue attempts failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
