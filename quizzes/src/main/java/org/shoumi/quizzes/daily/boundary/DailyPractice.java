package org.shoumi.quizzes.daily.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.content.persistence.KeyedLocks;
import org.shoumi.content.persistence.Refusal;
import org.shoumi.quizzes.attempts.control.Response;
import org.shoumi.quizzes.attempts.control.Scoring;
import org.shoumi.quizzes.bank.entity.BankQuestion;
import org.shoumi.quizzes.bank.entity.QuestionType;
import org.shoumi.quizzes.daily.boundary.DailyRefusedException.Reason;
import org.shoumi.quizzes.attempts.control.QuestionDraw;
import org.shoumi.quizzes.daily.control.DailyPick;
import org.shoumi.quizzes.daily.entity.DailyAnswer;

/**
 * 每日一练: the question of the day for a person (by staff number), answering it once, and the streak. The day is
 * the unit's ({@code shoumi.unit.zone}). A wrong answer reaches the 错题本 through {@link DailyAnswered}.
 */
@ApplicationScoped
@Boundary
public class DailyPractice {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    Event<DailyAnswered> answered;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    /** How long a question answered stays out of the person's picks while the bank has others. */
    @Inject
    @ConfigProperty(name = "shoumi.quizzes.daily.fresh-days", defaultValue = "90")
    int freshDays;

    /** This bean through its proxy, so that {@link #answerOnce} gets a transaction of its own. */
    @Inject
    DailyPractice self;

    /** One answer of a person at a time in this server (a double click sends two). */
    private static final KeyedLocks ANSWERS = new KeyedLocks(256, 30_000);

    Clock clock = Clock.systemUTC();

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(zone)));
    }

    /**
     * Today's question for the person, their answer if given, and their streak; empty when the bank is empty.
     * {@code ownPostCategory} ("duties.driver", see {@link QuestionDraw#ownPostCategory}; null for a person without a
     * post): as in an exam, the question is never one of another post's duties (the whole bank was drawn from, and a
     * new 机关工作人员 was asked the 机要收发 duties).
     */
    public Optional<Today> today(String personKey, String ownPostCategory) {
        LocalDate day = today();
        Optional<DailyAnswer> given = answerOn(personKey, day);
        Optional<BankQuestion> question = given.map(DailyAnswer::getQuestion)
                .or(() -> pick(personKey, ownPostCategory, day));
        return question.map(q -> view(personKey, day, q, given.orElse(null)));
    }

    /** Whether the person answered today's question already (the home page's hint). */
    public boolean answeredToday(String personKey) {
        return em.createQuery("select count(a) from DailyAnswer a where a.personKey = :p and a.day = :d", Long.class)
                .setParameter("p", personKey).setParameter("d", today()).getSingleResult() > 0;
    }

    /**
     * Records the person's answer to today's question {@code questionKey} (the one shown) and returns the day with
     * the right answer and its explanation. Two answers of one person sent at once are taken one after the other,
     * each in a transaction of its own, so the second finds the first on record and is refused as already given.
     */
    @Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = Refusal.class)
    public Today answer(String personKey, String ownPostCategory, String questionKey, Response response) {
        return ANSWERS.run(personKey, () -> self.answerOnce(personKey, ownPostCategory, questionKey, response));
    }

    /** {@link #answer}'s work, in a transaction committed before the person's next answer is taken. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = Refusal.class)
    public Today answerOnce(String personKey, String ownPostCategory, String questionKey, Response response) {
        LocalDate day = today();
        if (answerOn(personKey, day).isPresent()) {
            throw new DailyRefusedException(Reason.ALREADY_ANSWERED);
        }
        BankQuestion question = pick(personKey, ownPostCategory, day).orElseThrow(() -> new DailyRefusedException(Reason.NO_QUESTION));
        if (!question.getQuestionKey().equals(questionKey) && !sameQuestionShown(question, questionKey)) {
            throw new DailyRefusedException(Reason.CHANGED);
        }
        if (response == null || response.isEmpty()) {
            throw new DailyRefusedException(Reason.EMPTY);
        }
        if (!response.fits(question.getType(), question.getOptions().size(), question.blankCount())) {
            throw new DailyRefusedException(Reason.MALFORMED);
        }
        if (question.getType().hasOptions()) {
            // the letters the person chose are those shown: the bank's letters through the day's order
            response = Response.ofLetters(QuestionDraw.toBank(response.letters(), order(personKey, day, question)));
        }
        BigDecimal fraction = Scoring.score(question.answerKey(), response, Scoring.MultiCredit.ALL_OR_NOTHING,
                question.getStem());
        DailyAnswer answer = new DailyAnswer(personKey, day, question, response.stored(), fraction, clock.instant());
        em.persist(answer);
        em.flush();
        answered.fire(new DailyAnswered(personKey, question.getId(), answer.isRight(), response.stored(),
                answer.getAnsweredAt()));
        return view(personKey, day, question, answer);
    }

    /**
     * The question of the day, as a page shows it (a choice question's options in the day's order, lettered A, B …
     * as shown), and the person's answer once given (in the letters shown).
     */
    public record Today(LocalDate day, String questionKey, QuestionType type, String stem, List<String> options,
                        int blanks, Answered answered, int streak, long thisMonth) implements Serializable {
    }

    /** What the person answered, whether it was right, the right answer and why. */
    public record Answered(String given, boolean right, String correct, String explanation, String clause)
            implements Serializable {
    }

    private Today view(String personKey, LocalDate day, BankQuestion q, DailyAnswer answer) {
        Set<LocalDate> days = new HashSet<>(em.createQuery("select a.day from DailyAnswer a where a.personKey = :p "
                + "and a.day > :from", LocalDate.class).setParameter("p", personKey)
                .setParameter("from", day.minusDays(400)).getResultList());
        long thisMonth = days.stream().filter(d -> d.getYear() == day.getYear() && d.getMonth() == day.getMonth())
                .count();
        String order = q.getType().hasOptions() ? order(personKey, day, q) : "";
        List<String> options = order.chars().mapToObj(c -> q.getOptions().get(c - 'A')).toList();
        Answered given = answer == null ? null : new Answered(
                order.isEmpty() ? answer.getResponse() : QuestionDraw.toShown(answer.getResponse(), order),
                answer.isRight(), order.isEmpty() ? q.answerKey().display()
                        : QuestionDraw.toShown(q.answerKey().display(), order),
                q.getExplanation(), q.getClause() == null ? null : q.getClause().code());
        return new Today(day, q.getQuestionKey(), q.getType(), q.getStem(), options, q.blankCount(), given,
                DailyPick.streak(days, day), thisMonth);
    }

    /**
     * The options' order of the day, fixed by the question's lineage (its first version's key): a revision during
     * the day keeps the order shown.
     */
    private static String order(String personKey, LocalDate day, BankQuestion q) {
        return DailyPick.optionOrder(personKey, day, q.getLineage(), q.getOptions().size());
    }

    /**
     * Whether the page showed an earlier version of {@code current} whose choices a revision left as they were (an
     * explanation or a note revised): the person answered the same question, in the same letters.
     */
    private boolean sameQuestionShown(BankQuestion current, String shownKey) {
        return em.createQuery("select q from BankQuestion q where q.questionKey = :k", BankQuestion.class)
                .setParameter("k", shownKey).getResultStream().findFirst()
                .filter(shown -> shown.getLineage().equals(current.getLineage())
                        && shown.getType() == current.getType() && shown.getOptions().equals(current.getOptions())
                        && shown.blankCount() == current.blankCount())
                .isPresent();
    }

    /**
     * The question of the day: picked among the lineages of the active questions (a question keeps its lineage
     * through its revisions), so that revising today's question shows its new version rather than another question
     * (an outside check saw the question swapped, and the answer of a page opened before refused, after an officer
     * revised only its explanation).
     */
    private Optional<BankQuestion> pick(String personKey, String ownPostCategory, LocalDate day) {
        List<DailyPick.Active> active = em.createQuery("select q.questionKey, q.lineage, q.category "
                + "from BankQuestion q where q.active = true", Object[].class).getResultStream()
                .map(row -> new DailyPick.Active((String) row[0], (String) row[1], (String) row[2])).toList();
        Set<String> recent = new HashSet<>();
        for (Object[] row : em.createQuery("select a.question.questionKey, a.question.lineage from DailyAnswer a "
                + "where a.personKey = :p and a.day > :from", Object[].class).setParameter("p", personKey)
                .setParameter("from", day.minusDays(freshDays)).getResultList()) {
            recent.add(row[1] == null ? (String) row[0] : (String) row[1]);
        }
        return DailyPick.pickFor(personKey, day, active, ownPostCategory, recent).flatMap(key -> em.createQuery(
                "select q from BankQuestion q where q.questionKey = :k and q.active = true", BankQuestion.class)
                .setParameter("k", key).getResultStream().findFirst());
    }

    private Optional<DailyAnswer> answerOn(String personKey, LocalDate day) {
        return em.createQuery("select a from DailyAnswer a join fetch a.question where a.personKey = :p "
                        + "and a.day = :d", DailyAnswer.class).setParameter("p", personKey).setParameter("d", day)
                .getResultStream().findFirst();
    }
}
