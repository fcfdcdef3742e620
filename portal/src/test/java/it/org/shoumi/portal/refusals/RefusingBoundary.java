package it.org.shoumi.portal.refusals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.content.persistence.Refusal;
import org.shoumi.portal.notifications.entity.Notification;

/**
 * A boundary of the test deployment that writes a notification and then refuses, fails or keeps its work, with
 * exception classes no other code throws: Liberty reports an exception class once per server life, so only classes
 * of this test's own show whether it is reported.
 */
@ApplicationScoped
@Boundary
public class RefusingBoundary {

    /** Refused: nothing of the call may be kept, and it is no fault of the server. */
    public static final class NotNowForTest extends RuntimeException implements Refusal {
        private static final long serialVersionUID = 1L;

        NotNowForTest() {
            super("not now (a test's refusal)");
        }
    }

    /** Refused, but the method keeps what it wrote before (as a wrong password still counts towards lockout). */
    public static final class KeptForTest extends RuntimeException implements Refusal {
        private static final long serialVersionUID = 1L;

        KeptForTest() {
            super("refused, work kept (a test's refusal)");
        }
    }

    /** A fault of the server: reported, and rolled back. */
    public static final class FaultForTest extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        FaultForTest() {
            super("a test's fault");
        }
    }

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    public void tellThenRefuse(String username) {
        tell(username);
        throw new NotNowForTest();
    }

    public void tellThenFail(String username) {
        tell(username);
        throw new FaultForTest();
    }

    @Transactional(dontRollbackOn = {Refusal.class, KeptForTest.class})
    public void tellThenRefuseKeepingIt(String username) {
        tell(username);
        throw new KeptForTest();
    }

    public long told(String username) {
        return em.createQuery("select count(n) from Notification n where n.recipient = :r", Long.class)
                .setParameter("r", username).getSingleResult();
    }

    private void tell(String username) {
        em.persist(new Notification(username, "notifications.test", List.of(), null, Instant.now()));
        em.flush();
    }
}
