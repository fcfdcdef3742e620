package it.org.shoumi.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Function;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.quizzes.attempts.control.Response;
import org.shoumi.quizzes.bank.control.AnswerKey;
import org.shoumi.quizzes.bank.entity.BankQuestion;

/**
 * Test-only: lets an in-container test write its own rows in one transaction, for features whose
 * boundaries do not create them yet. Added to the test deployment, never part of the portal.
 */
@ApplicationScoped
@Boundary
public class TestData {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Event<Object> events;

    /**
     * Fires an event in a transaction of its own, as the feature that fires it would (its observers run inside it,
     * and an observer's refusal rolls it back).
     */
    public void fire(Object event) {
        events.fire(event);
    }

    /** The demo's annual exam of the unit's current year (ANNUAL-2026 in 2026), defined at the server's first start. */
    public static String annualExam() {
        return org.shoumi.portal.setup.control.DemoOrganisation.annualExam(
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear());
    }

    /** A short upper-case suffix of one test's own, for the codes and staff numbers of the rows it makes. */
    public static String uniqueTail() {
        String id = Long.toString(System.nanoTime(), 36).toUpperCase();
        return id.substring(Math.max(0, id.length() - 8));
    }

    /** A post of the roster (any one), for the people a test makes. */
    public Post anyPost() {
        return em.createNamedQuery(Post.ALL, Post.class).setMaxResults(1).getSingleResult();
    }

    public void persist(Object... entities) {
        for (Object entity : entities) {
            em.persist(entity);
        }
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        return work.apply(em);
    }

    /** The right answer to question {@code position} of an attempt, as someone who studied would give it. */
    public Response rightAnswer(long attemptId, int position) {
        AnswerKey key = em.createQuery("select i.question from AttemptItem i "
                        + "where i.attempt.id = :attempt and i.position = :position", BankQuestion.class)
                .setParameter("attempt", attemptId).setParameter("position", position).getSingleResult().answerKey();
        return switch (key.type()) {
            case SINGLE, MULTI -> Response.ofLetters(key.letters());
            case JUDGE -> Response.ofTruth(key.truth());
            case FILL -> Response.ofBlanks(key.blanks().stream().map(alternatives -> alternatives.get(0)).toList());
        };
    }
}
