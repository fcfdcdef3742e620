package it.org.shoumi.portal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.TestData;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.campaigns.boundary.PlanRefusedException;
import org.shoumi.portal.campaigns.boundary.PlanStartJob;
import org.shoumi.portal.campaigns.boundary.PlanStartJobs;
import org.shoumi.portal.campaigns.boundary.ReminderLog;
import org.shoumi.portal.campaigns.entity.ReminderSent;
import org.shoumi.portal.cluster.boundary.Cluster;
import org.shoumi.portal.cluster.entity.JobRun;
import org.shoumi.portal.cluster.entity.Lease;
import org.shoumi.portal.cluster.entity.TrackedTask;
import org.shoumi.portal.employees.boundary.RosterImportJob;
import org.shoumi.portal.employees.boundary.RosterImportJobs;

/**
 * The cluster's lease, daily runs and task records on a started server, with two node ids ("a" and "b") competing
 * from two threads at once as two nodes on one database would: the lease and a day's run each go to exactly one, a
 * stopped holder is replaced after the expiry, a day's run is not repeated that day, a run whose node stopped is
 * taken over, and an import whose node stopped is reported lost. Each test uses names of its own.
 */
class ClusterIT extends FromInside {

    @Inject
    Cluster cluster;

    @Inject
    TestData data;

    @Inject
    RosterImportJobs imports;

    @Inject
    PlanStartJobs planStarts;

    @Inject
    ReminderLog reminderLog;

    /** Runs both at the same moment on two managed threads; their results in order. */
    private static <T> List<T> atOnce(Callable<T> first, Callable<T> second) throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> running = new ArrayList<>();
        for (Callable<T> c : List.of(first, second)) {
            running.add(executor.submit(() -> {
                go.await();
                return c.call();
            }));
        }
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> f : running) {
            results.add(f.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void thisNodeHoldsTheSchedulerLease() {
        assertTrue(cluster.leads(), "a single node leads from its start");
        Lease lease = cluster.lease().orElseThrow();
        assertEquals(cluster.node(), lease.getHolder());
        assertTrue(lease.getExpiresAt().isAfter(Instant.now()));
    }

    @Test
    void ofTwoNodesAskingAtOnceExactlyOneGetsTheLease() throws Exception {
        for (int i = 0; i < 5; i++) {
            String name = "it-" + UUID.randomUUID();
            List<Boolean> got = atOnce(() -> cluster.claim(name, "a", Duration.ofSeconds(30)),
                    () -> cluster.claim(name, "b", Duration.ofSeconds(30)));
            assertEquals(1, got.stream().filter(g -> g).count(), "one holder: " + got);
            String holder = got.get(0) ? "a" : "b";
            String other = got.get(0) ? "b" : "a";
            assertTrue(cluster.claim(name, holder, Duration.ofSeconds(30)), "the holder renews");
            assertFalse(cluster.claim(name, other, Duration.ofSeconds(30)), "the other is refused before the expiry");
        }
        // and with the lease existing, two renew/take-over requests at once still give one holder
        String name = "it-" + UUID.randomUUID();
        assertTrue(cluster.claim(name, "a", Duration.ofMillis(300)));
        Thread.sleep(600);
        List<Boolean> got = atOnce(() -> cluster.claim(name, "b", Duration.ofSeconds(30)),
                () -> cluster.claim(name, "c", Duration.ofSeconds(30)));
        assertEquals(1, got.stream().filter(g -> g).count(), "one takes the expired lease over: " + got);
    }

    @Test
    void aStoppedHolderIsReplacedAfterTheExpiry() throws Exception {
        String name = "it-" + UUID.randomUUID();
        assertTrue(cluster.claim(name, "a", Duration.ofSeconds(2)));
        assertFalse(cluster.claim(name, "b", Duration.ofSeconds(2)), "not before the expiry");
        // "a" stops renewing
        Thread.sleep(2_300);
        assertTrue(cluster.claim(name, "b", Duration.ofSeconds(2)), "taken over after the expiry");
        assertFalse(cluster.claim(name, "a", Duration.ofSeconds(2)), "the old holder, back, is refused");
    }

    @Test
    void aDailyRunGoesToOneNodeAndIsNotRepeatedTheSameDay() throws Exception {
        String job = "it-" + UUID.randomUUID().toString().substring(0, 20);
        LocalDate today = LocalDate.now();
        List<Optional<Long>> claimed = atOnce(() -> cluster.claimRun(job, today, "a"),
                () -> cluster.claimRun(job, today, "b"));
        assertEquals(1, claimed.stream().filter(Optional::isPresent).count(), "run once: " + claimed);
        assertTrue(cluster.claimRun(job, today, "a").isEmpty(), "not again the same day");
        assertTrue(cluster.claimRun(job, today, "b").isEmpty(), "not again the same day");
        assertTrue(cluster.claimRun(job, today.plusDays(1), "b").isPresent(), "the next day is another run");
        JobRun run = cluster.run(job, today).orElseThrow();
        assertEquals(JobRun.Outcome.RUNNING, run.getOutcome());
    }

    @Test
    void aRunWhoseNodeStoppedIsTakenOverOnce() throws Exception {
        String job = "it-" + UUID.randomUUID().toString().substring(0, 20);
        LocalDate today = LocalDate.now();
        long id = cluster.claimRun(job, today, "a").orElseThrow();
        assertTrue(cluster.claimRun(job, today, "b", Duration.ofSeconds(60)).isEmpty(), "a still beats");
        Thread.sleep(1_200);
        List<Optional<Long>> taken = atOnce(() -> cluster.claimRun(job, today, "b", Duration.ofSeconds(1)),
                () -> cluster.claimRun(job, today, "c", Duration.ofSeconds(1)));
        assertEquals(1, taken.stream().filter(Optional::isPresent).count(), "taken over once: " + taken);
        JobRun run = cluster.run(job, today).orElseThrow();
        assertEquals(id, run.getId());
        assertEquals("a", run.getTakenOverFrom());
        assertTrue(List.of("b", "c").contains(run.getNode()));
    }

    @Test
    void aRemindersClaimIsRefusedASecondTimeTheSameDay() throws Exception {
        long assignment = -Math.abs(System.nanoTime() % 1_000_000_000L) - 1;
        LocalDate today = LocalDate.now();
        List<Boolean> claimed = atOnce(() -> claim(assignment, today), () -> claim(assignment, today));
        assertEquals(1, claimed.stream().filter(c -> c).count(), "one reminder per programme and day: " + claimed);
        data.inTransaction(em -> em.createQuery("delete from ReminderSent r where r.assignmentId = :a")
                .setParameter("a", assignment).executeUpdate());
    }

    private boolean claim(long assignment, LocalDate day) {
        try {
            reminderLog.claim(new ReminderSent(assignment, day, ReminderSent.Kind.BEFORE_DUE, "it@example.org",
                    Instant.now()));
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    @Test
    void anImportWhoseNodeStoppedIsReportedLostAndOneRunningElsewhereIsSeen() {
        String owner = Deployments.uniqueName("hr");
        String dead = UUID.randomUUID().toString();
        String alive = UUID.randomUUID().toString();
        data.persist(new TrackedTask(dead, "ROSTER_IMPORT", null, owner, "stopped-node",
                Instant.now().minusSeconds(120)));
        data.persist(new TrackedTask(alive, "ROSTER_IMPORT", null, owner, "other-node", Instant.now()));

        RosterImportJob lost = imports.job(dead, owner).orElseThrow();
        assertEquals(TrackedTask.State.LOST, lost.state());
        assertFalse(lost.running());
        assertEquals("stopped-node", lost.elsewhere());
        assertTrue(imports.job(dead, "someone-else").isEmpty(), "only its owner sees it");

        RosterImportJob running = imports.job(alive, owner).orElseThrow();
        assertEquals(TrackedTask.State.RUNNING, running.state());
        assertEquals("other-node", running.elsewhere());
    }

    @Test
    void aPlanBeingStartedOnAnotherNodeIsNotStartedHereAndALostStartIsReported() {
        String owner = Deployments.uniqueName("officer");
        long plan = -Math.abs(System.nanoTime() % 1_000_000_000L) - 1;
        data.persist(new TrackedTask(UUID.randomUUID().toString(), "PLAN_START", String.valueOf(plan), owner,
                "other-node", Instant.now()));
        PlanRefusedException refused = assertThrows(PlanRefusedException.class, () -> planStarts.start(plan, owner));
        assertEquals(PlanRefusedException.Reason.STARTING, refused.reason());

        String dead = UUID.randomUUID().toString();
        data.persist(new TrackedTask(dead, "PLAN_START", String.valueOf(plan - 1), owner, "stopped-node",
                Instant.now().minusSeconds(120)));
        PlanStartJob lost = planStarts.job(dead, owner).orElseThrow();
        assertEquals(TrackedTask.State.LOST, lost.state());
    }
}
