package org.shoumi.portal.notifications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.notifications.entity.Notification;

/** Tells logins things in the portal (the bell) and lets them read what they were told. */
@ApplicationScoped
@Boundary
public class Notifications {

    /** How many notifications the page lists at a time, newest first. */
    public static final int SHOWN = 100;

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Tells {@code username}: the text is the bundle key with its arguments; {@code link} a portal page or null. */
    public void tell(String username, String messageKey, List<String> arguments, String link) {
        em.persist(new Notification(username, messageKey, arguments, link, clock.instant()));
    }

    /**
     * Tells {@code username} unless the same message with the same arguments was told them before (a daily run made
     * again on the same day after a node stopped tells nobody twice).
     */
    public void tellOnce(String username, String messageKey, List<String> arguments, String link) {
        long told = em.createQuery("select count(n) from Notification n where n.recipient = :r and n.messageKey = :k "
                        + "and n.arguments = :a", Long.class).setParameter("r", username).setParameter("k", messageKey)
                .setParameter("a", Notification.stored(arguments)).getSingleResult();
        if (told == 0) {
            tell(username, messageKey, arguments, link);
        }
    }

    /**
     * The logins told one of these messages with this link, in login order: whom to tell a follow-up (a vetting
     * asked for and then no longer needed).
     */
    public List<String> toldOf(String link, List<String> messageKeys) {
        return em.createQuery("select distinct n.recipient from Notification n where n.link = :l "
                        + "and n.messageKey in :k order by n.recipient", String.class).setParameter("l", link)
                .setParameter("k", messageKeys).getResultList();
    }

    /** The number of unread notifications of this login (the bell's badge). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread(String username) {
        return username == null ? 0 : em.createNamedQuery(Notification.UNREAD, Long.class).setParameter("r", username)
                .getSingleResult();
    }

    /** The newest {@link #SHOWN} notifications of this login (the list's first page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> of(String username) {
        return of(username, 0);
    }

    /**
     * A page of this login's notifications, newest first: {@link #SHOWN} of them from the {@code first} (0 the
     * newest).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> of(String username, int first) {
        return em.createNamedQuery(Notification.OF, Notification.class).setParameter("r", username)
                .setFirstResult(Math.max(0, first)).setMaxResults(SHOWN).getResultList();
    }

    /** How many notifications this login has, read or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String username) {
        return em.createQuery("select count(n) from Notification n where n.recipient = :r", Long.class)
                .setParameter("r", username).getSingleResult();
    }

    /**
     * Marks read those of {@code ids} that are this login's and unread: the ones the page showed them. Opening the
     * list marked every notification read but showed the newest 100, so after an import that told an officer 308
     * things the bell said none were unread and 208 had never been shown (outside check). Returns how many.
     */
    public int read(String username, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Notification> unread = em.createQuery("select n from Notification n where n.recipient = :r "
                        + "and n.readAt is null and n.id in :ids", Notification.class).setParameter("r", username)
                .setParameter("ids", ids).getResultList();
        unread.forEach(n -> n.read(clock.instant()));
        return unread.size();
    }
}
