package org.shoumi.portal.cluster.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.portal.cluster.control.LeaseRule;
import org.shoumi.portal.cluster.entity.TrackedTask;

/**
 * The database record of the long tasks pages poll (a roster import, a plan start), so that a page served by
 * another node sees how far a task got and how it ended, and a task whose node stopped (no heartbeat for
 * {@code shoumi.portal.cluster.stale-seconds}, 60 by default) is reported as {@link TrackedTask.State#LOST}. Each
 * write is a transaction of its own (REQUIRES_NEW), outside the task's own long transaction, so progress is seen
 * while that one is still open; progress is written at most once a second.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class TrackedTasks {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Cluster cluster;

    @Inject
    @ConfigProperty(name = "shoumi.portal.cluster.stale-seconds", defaultValue = "60")
    long staleSeconds;

    Clock clock = Clock.systemUTC();

    /** Records a task this node starts now, about {@code subject} (null: nothing in particular). */
    public void started(String id, String kind, String subject, String owner) {
        em.persist(new TrackedTask(id, kind, subject, owner, cluster.node(), clock.instant()));
    }

    /**
     * Whether a task of {@code kind} about {@code subject} is running on any node (one whose node stopped beating
     * is marked lost and does not count).
     */
    public boolean running(String kind, String subject) {
        return runningOne(kind, subject).isPresent();
    }

    /** The task of {@code kind} about {@code subject} running on any node, if there is one: who started it, when. */
    public Optional<TrackedTask> runningOne(String kind, String subject) {
        List<TrackedTask> running = em.createQuery("select t from TrackedTask t where t.kind = :kind "
                        + "and t.subject = :subject and t.state = :running", TrackedTask.class)
                .setParameter("kind", kind).setParameter("subject", subject)
                .setParameter("running", TrackedTask.State.RUNNING).setHint("eclipselink.refresh", "true")
                .getResultList();
        Duration staleAfter = Duration.ofSeconds(staleSeconds);
        return running.stream().map(t -> find(t.getId(), t.getOwner(), staleAfter)
                .filter(now -> now.getState() == TrackedTask.State.RUNNING)).flatMap(Optional::stream).findFirst();
    }

    /**
     * Progress (and the heartbeat) of a running task of this node; written when {@code last} (the time of the
     * previous write, null for none) is at least a second ago or {@code force}. Returns the time written, or
     * {@code last} when nothing was.
     */
    public Instant progress(String id, long done, long total, Instant last, boolean force) {
        Instant now = clock.instant();
        if (!force && last != null && now.isBefore(last.plus(PROGRESS_EVERY))) {
            return last;
        }
        em.createQuery("update TrackedTask t set t.doneCount = :done, t.totalCount = :total, t.heartbeatAt = :now "
                        + "where t.id = :id and t.state = :running")
                .setParameter("done", done).setParameter("total", total).setParameter("now", now)
                .setParameter("id", id).setParameter("running", TrackedTask.State.RUNNING).executeUpdate();
        return now;
    }

    /** The heartbeat of a running task of this node (its node is alive, whatever its progress). */
    public void beat(String id) {
        em.createQuery("update TrackedTask t set t.heartbeatAt = :now where t.id = :id and t.state = :running")
                .setParameter("now", clock.instant()).setParameter("id", id)
                .setParameter("running", TrackedTask.State.RUNNING).executeUpdate();
    }

    /** How a task of this node ended (DONE, REFUSED or FAILED). */
    public void ended(String id, TrackedTask.State state) {
        Instant now = clock.instant();
        em.createQuery("update TrackedTask t set t.state = :state, t.endedAt = :now, t.heartbeatAt = :now "
                        + "where t.id = :id and t.state = :running")
                .setParameter("state", state).setParameter("now", now).setParameter("id", id)
                .setParameter("running", TrackedTask.State.RUNNING).executeUpdate();
    }

    /**
     * The task, if it exists and was started by {@code owner}; a running one whose heartbeat is stale is marked
     * {@link TrackedTask.State#LOST} first (its node stopped: its transaction never committed).
     */
    public Optional<TrackedTask> find(String id, String owner) {
        return find(id, owner, Duration.ofSeconds(staleSeconds));
    }

    /** {@link #find(String, String)} with a heartbeat taken as stopped after {@code staleAfter}. */
    public Optional<TrackedTask> find(String id, String owner, Duration staleAfter) {
        if (id == null || owner == null) {
            return Optional.empty();
        }
        Optional<TrackedTask> task = read(id).filter(t -> t.getOwner().equals(owner));
        Instant now = clock.instant();
        if (task.isPresent() && task.get().getState() == TrackedTask.State.RUNNING
                && LeaseRule.stale(task.get().getHeartbeatAt(), now, staleAfter)) {
            em.createQuery("update TrackedTask t set t.state = :lost, t.endedAt = :now where t.id = :id "
                            + "and t.state = :running and t.heartbeatAt = :seen")
                    .setParameter("lost", TrackedTask.State.LOST).setParameter("now", now).setParameter("id", id)
                    .setParameter("running", TrackedTask.State.RUNNING)
                    .setParameter("seen", task.get().getHeartbeatAt()).executeUpdate();
            return read(id);
        }
        return task;
    }

    /** The row as the database holds it now (never from a cache another node cannot invalidate). */
    private Optional<TrackedTask> read(String id) {
        return em.createQuery("select t from TrackedTask t where t.id = :id", TrackedTask.class)
                .setParameter("id", id).setHint("eclipselink.refresh", "true").getResultStream().findFirst();
    }
}
