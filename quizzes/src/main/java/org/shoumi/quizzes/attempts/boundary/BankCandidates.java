package org.shoumi.quizzes.attempts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.shoumi.quizzes.attempts.control.QuestionDraw;

/**
 * The active question bank as a draw sees it: each question's key, category, difficulty and exclusion group, read
 * without the texts (large objects), in key order. A start shows only the drawn questions and a new quiz is only
 * checked against the bank, so neither needs the whole bank as entities. Runs in the caller's transaction.
 */
@ApplicationScoped
class BankCandidates {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    List<QuestionDraw.Candidate> active() {
        return em.createQuery("select q.questionKey, q.category, q.difficulty, q.exclusionGroup from BankQuestion q "
                        + "where q.active = true order by q.questionKey", Object[].class).getResultList().stream()
                .map(r -> new QuestionDraw.Candidate((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                        (String) r[3]))
                .toList();
    }
}
