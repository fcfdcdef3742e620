package org.shoumi.quizzes.bank.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shoumi.content.pack.control.PackQuestion;
import org.shoumi.quizzes.bank.entity.BankQuestion;
import org.shoumi.quizzes.bank.entity.QuestionType;
import org.shoumi.quizzes.bank.entity.RuleCode;

/** The question bank: imported from the content pack, read by quizzes and statistics. */
@ApplicationScoped
@Transactional
public class QuestionBank {

    public static final String PACK_SOURCE = "content-pack";

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    public long count() {
        return em.createNamedQuery(BankQuestion.COUNT, Long.class).getSingleResult();
    }

    /** Adds the pack's questions the bank does not have yet (by question id); returns how many were added. */
    public int importPack(List<PackQuestion> questions) {
        int added = 0;
        for (PackQuestion q : questions) {
            if (byKey(q.id()).isPresent()) {
                continue;
            }
            em.persist(new BankQuestion(q.id(), QuestionType.valueOf(q.type()), q.stem(),
                    new ArrayList<>(q.options().values()), q.answer(), q.explanation(), q.category(),
                    new RuleCode(q.clause()), q.difficulty(), q.basis(), PACK_SOURCE));
            added++;
        }
        return added;
    }

    public List<BankQuestion> active() {
        return em.createNamedQuery(BankQuestion.ACTIVE, BankQuestion.class).getResultList();
    }

    public Optional<BankQuestion> byKey(String key) {
        return em.createNamedQuery(BankQuestion.BY_KEY, BankQuestion.class).setParameter("key", key)
                .getResultList().stream().findFirst();
    }

    /** The categories questions can be drawn from, alphabetically. */
    public List<String> categories() {
        return em.createQuery("select distinct q.category from BankQuestion q where q.active = true "
                + "and q.category is not null order by q.category", String.class).getResultList();
    }
}
