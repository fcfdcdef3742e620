package org.shoumi.quizzes.mistakes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.shoumi.quizzes.bank.entity.BankQuestion;
import org.shoumi.quizzes.bank.entity.QuestionType;
import org.shoumi.quizzes.mistakes.entity.Mistake;

/** A person's 错题本: the questions still open, with the right answer and its explanation to review. */
@ApplicationScoped
@Transactional
public class MistakeBook {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    /**
     * One question to review; {@code options} keep the bank's letters, as the correct answer does (TRUE/FALSE for
     * judge questions).
     */
    public record Entry(String questionKey, String stem, List<String> options, String correct, String lastAnswer,
                        String explanation, String clause, int timesWrong, int rightInARow, Instant lastWrongAt,
                        QuestionType type) {
    }

    public List<Entry> open(String person) {
        return em.createNamedQuery(Mistake.OPEN_OF_PERSON, Mistake.class).setParameter("person", person)
                .getResultList().stream().map(m -> {
                    BankQuestion q = m.getQuestion();
                    return new Entry(q.getQuestionKey(), q.getStem(), q.getOptions(), q.answerKey().display(),
                            m.getLastResponse(), q.getExplanation(), q.getClause() == null ? null : q.getClause().code(),
                            m.getTimesWrong(), m.getRightInARow(), m.getLastWrongAt(), q.getType());
                }).toList();
    }
}
