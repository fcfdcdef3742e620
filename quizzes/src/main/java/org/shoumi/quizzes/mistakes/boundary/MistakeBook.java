package org.shoumi.quizzes.mistakes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.quizzes.attempts.boundary.AttemptFinished;
import org.shoumi.quizzes.attempts.boundary.PracticePool;
import org.shoumi.quizzes.attempts.entity.Attempt;
import org.shoumi.quizzes.attempts.entity.AttemptItem;
import org.shoumi.quizzes.bank.entity.BankQuestion;
import org.shoumi.quizzes.bank.entity.QuestionType;
import org.shoumi.quizzes.daily.boundary.DailyAnswered;
import org.shoumi.quizzes.mistakes.entity.Mistake;

/**
 * A person's 错题本: the questions still open, with the right answer and its explanation to review. Kept by
 * observing finished attempts and answers to the question of the day (每日一练); the practice quiz draws from it
 * through {@link PracticePool}.
 */
@ApplicationScoped
@Boundary
public class MistakeBook implements PracticePool {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "shoumi.quizzes.mistakes.right-to-leave", defaultValue = "2")
    int rightToLeave;

    /**
     * Keeps the book after a finished attempt (in its transaction): a question answered wrongly enters it, and one
     * answered right {@code rightToLeave} times in a row leaves it.
     */
    void attemptFinished(@Observes AttemptFinished finished) {
        Attempt attempt = em.find(Attempt.class, finished.attemptId());
        if (attempt.getQuiz().getFeedback() == org.shoumi.quizzes.attempts.entity.FeedbackPolicy.SCORE_ONLY) {
            // a quiz that shows the score only keeps its answers to itself: the book shows each right answer, so a
            // contest's questions with their answers were there to study before the next attempt (outside check)
            return;
        }
        Map<Long, Mistake> book = em.createNamedQuery(Mistake.OF_PERSON, Mistake.class)
                .setParameter("person", attempt.getPersonKey()).getResultList().stream()
                // by the question as asked now: an answer to a revised question's new version counts for its mistake
                .collect(Collectors.toMap(m -> current(m.getQuestion()).map(BankQuestion::getId)
                        .orElse(m.getQuestion().getId()), m -> m, (first, second) -> first));
        for (AttemptItem item : attempt.getItems()) {
            boolean right = item.getFraction() != null && item.getFraction().compareTo(BigDecimal.ONE) == 0;
            Mistake m = book.get(item.getQuestion().getId());
            if (m == null && !right) {
                m = new Mistake(attempt.getPersonKey(), item.getQuestion());
                em.persist(m);
            }
            if (m != null) {
                m.record(right, item.getResponse(), attempt.getFinishedAt(), rightToLeave);
            }
        }
    }

    /** Keeps the book after an answer to the question of the day, as after a finished attempt. */
    void dailyAnswered(@Observes DailyAnswered answered) {
        Mistake m = em.createNamedQuery(Mistake.OF_PERSON, Mistake.class).setParameter("person", answered.personKey())
                .getResultStream().filter(x -> x.getQuestion().getId() == answered.questionId()).findFirst()
                .orElse(null);
        if (m == null && !answered.right()) {
            m = new Mistake(answered.personKey(), em.find(BankQuestion.class, answered.questionId()));
            em.persist(m);
        }
        if (m != null) {
            m.record(answered.right(), answered.response(), answered.at(), rightToLeave);
        }
    }

    @Override
    public List<BankQuestion> openMistakes(String person) {
        return em.createNamedQuery(Mistake.OPEN_OF_PERSON, Mistake.class).setParameter("person", person)
                .getResultList().stream().map(m -> current(m.getQuestion())).flatMap(java.util.Optional::stream)
                .distinct().toList();
    }

    /**
     * The question as the bank asks it now: itself while active, its newest active version once revised, nothing once
     * retired (a retired question stayed in the book and was asked again by the mistakes practice; a revised one
     * taught its old answer; found by an outside check).
     */
    private java.util.Optional<BankQuestion> current(BankQuestion q) {
        if (q.isActive()) {
            return java.util.Optional.of(q);
        }
        return em.createQuery("select b from BankQuestion b where b.lineage = :l and b.active = true order by b.id desc",
                BankQuestion.class).setParameter("l", q.getLineage()).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * One question to review; {@code options} keep the bank's letters, as the correct answer does (TRUE/FALSE for
     * judge questions).
     */
    public record Entry(String questionKey, String stem, List<String> options, String correct, String lastAnswer,
                        String explanation, String clause, int timesWrong, int rightInARow, Instant lastWrongAt,
                        QuestionType type) {
    }

    public List<Entry> open(String person) {
        java.util.Set<Long> shown = new java.util.HashSet<>();
        return em.createNamedQuery(Mistake.OPEN_OF_PERSON, Mistake.class).setParameter("person", person)
                .getResultList().stream().flatMap(m -> current(m.getQuestion()).filter(q -> shown.add(q.getId()))
                        .stream().map(q -> Map.entry(m, q))).map(e -> {
                    Mistake m = e.getKey();
                    BankQuestion q = e.getValue();
                    return new Entry(q.getQuestionKey(), q.getStem(), q.getOptions(), q.answerKey().display(),
                            m.getLastResponse(), q.getExplanation(), q.getClause() == null ? null : q.getClause().code(),
                            m.getTimesWrong(), m.getRightInARow(), m.getLastWrongAt(), q.getType());
                }).toList();
    }
}
