package org.shoumi.portal.cluster.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.shoumi.portal.cluster.entity.JobRun;
import org.shoumi.portal.cluster.entity.Lease;
import org.shoumi.portal.cluster.entity.TrackedTask;

/**
 * The rows of leases and daily runs, each change in a short transaction of its own and each a single conditional
 * statement, so that two nodes changing the same row at once are ordered by the database: one update matches, the
 * other finds the condition no longer true (PostgreSQL and Derby both re-check the condition after waiting for
 * the other's row lock). An insert that loses to a concurrent one fails on the primary or unique key.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LeaseStore {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    /** Renews the lease if {@code node} holds it; true when it did. */
    public boolean renew(String name, String node, Instant until) {
        return em.createQuery("update Lease l set l.expiresAt = :until where l.name = :name and l.holder = :node")
                .setParameter("until", until).setParameter("name", name).setParameter("node", node)
                .executeUpdate() == 1;
    }

    /** Takes the lease over for {@code node} if it expired before {@code now}; true when it did. */
    public boolean takeOver(String name, String node, Instant now, Instant until) {
        return em.createQuery("update Lease l set l.holder = :node, l.since = :now, l.expiresAt = :until "
                        + "where l.name = :name and l.expiresAt < :now")
                .setParameter("node", node).setParameter("now", now).setParameter("until", until)
                .setParameter("name", name).executeUpdate() == 1;
    }

    /** Creates the lease for {@code node}; fails (rolled back) when another node created it first. */
    public void create(String name, String node, Instant now, Instant until) {
        em.persist(new Lease(name, node, now, until));
        em.flush();
    }

    /** Gives the lease up if {@code node} holds it (on shutdown), so another node need not wait for the expiry. */
    public void release(String name, String node, Instant now) {
        em.createQuery("update Lease l set l.expiresAt = :now where l.name = :name and l.holder = :node")
                .setParameter("now", now).setParameter("name", name).setParameter("node", node).executeUpdate();
    }

    /** The lease as the database holds it now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Lease> find(String name) {
        return em.createQuery("select l from Lease l where l.name = :name", Lease.class).setParameter("name", name)
                .setHint("jakarta.persistence.cache.retrieveMode", jakarta.persistence.CacheRetrieveMode.BYPASS)
                .setHint("eclipselink.refresh", "true").getResultStream().findFirst();
    }

    /** Claims the day's run of a daily job for {@code node}; fails (rolled back) when a run of that day exists. */
    public long claim(String job, LocalDate day, String node, Instant now) {
        JobRun run = new JobRun(job, day, node, now);
        em.persist(run);
        em.flush();
        return run.getId();
    }

    /** The day's run of a job, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<JobRun> run(String job, LocalDate day) {
        return em.createQuery("select r from JobRun r where r.job = :job and r.runOn = :day", JobRun.class)
                .setParameter("job", job).setParameter("day", day)
                .setHint("eclipselink.refresh", "true").getResultStream().findFirst();
    }

    /**
     * Takes over a run whose node stopped beating (heartbeat still the stale {@code seen}); true when it did, false
     * when it beat in between or another node took it first.
     */
    public boolean takeOverRun(long runId, String fromNode, Instant seen, String node, Instant now) {
        return em.createQuery("update JobRun r set r.node = :node, r.takenOverFrom = :from, r.heartbeatAt = :now "
                        + "where r.id = :id and r.node = :from and r.heartbeatAt = :seen and r.endedAt is null")
                .setParameter("node", node).setParameter("from", fromNode).setParameter("now", now)
                .setParameter("id", runId).setParameter("seen", seen).executeUpdate() == 1;
    }

    /** The running node's heartbeat for its run. */
    public void beat(long runId, String node, Instant now) {
        em.createQuery("update JobRun r set r.heartbeatAt = :now where r.id = :id and r.node = :node "
                        + "and r.endedAt is null")
                .setParameter("now", now).setParameter("id", runId).setParameter("node", node).executeUpdate();
    }

    /** How the run ended. */
    public void ended(long runId, String node, JobRun.Outcome outcome, Instant now) {
        em.createQuery("update JobRun r set r.outcome = :outcome, r.endedAt = :now, r.heartbeatAt = :now "
                        + "where r.id = :id and r.node = :node and r.endedAt is null")
                .setParameter("outcome", outcome).setParameter("now", now).setParameter("id", runId)
                .setParameter("node", node).executeUpdate();
    }

    /** The heartbeat of every task this node is running (written on each tick of {@link Cluster}). */
    public void beatTasks(String node, Instant now) {
        em.createQuery("update TrackedTask t set t.heartbeatAt = :now where t.node = :node and t.state = :running")
                .setParameter("now", now).setParameter("node", node)
                .setParameter("running", TrackedTask.State.RUNNING).executeUpdate();
    }

    /**
     * At start-up: the tasks recorded as running on this node id cannot be (the node just started), so they are
     * lost. Returns how many.
     */
    public int loseTasksOf(String node, Instant now) {
        return em.createQuery("update TrackedTask t set t.state = :lost, t.endedAt = :now where t.node = :node "
                        + "and t.state = :running")
                .setParameter("lost", TrackedTask.State.LOST).setParameter("now", now).setParameter("node", node)
                .setParameter("running", TrackedTask.State.RUNNING).executeUpdate();
    }
}
