package org.shoumi.quizzes.attempts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.quizzes.attempts.boundary.QuizRefusedException.Reason;
import org.shoumi.quizzes.attempts.control.ContestRanking;
import org.shoumi.quizzes.attempts.control.QuestionDraw;
import org.shoumi.quizzes.attempts.control.QuizPolicy.GradingMethod;
import org.shoumi.quizzes.attempts.control.QuizTitles;
import org.shoumi.quizzes.certificates.boundary.Certificates;
import org.shoumi.quizzes.attempts.entity.Attempt;
import org.shoumi.quizzes.attempts.entity.AttemptItem;
import org.shoumi.quizzes.attempts.entity.AttemptStatus;
import org.shoumi.quizzes.attempts.entity.DrawRuleSpec;
import org.shoumi.quizzes.attempts.entity.Quiz;
import org.shoumi.quizzes.attempts.entity.QuizMode;
import org.shoumi.quizzes.bank.entity.BankQuestion;
import org.shoumi.quizzes.stats.control.ItemStatistics;

/** Quiz definitions by secrecy officers, item statistics over finished attempts, contest rankings. */
@ApplicationScoped
@Boundary
public class Quizzes {

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @Inject
    BankCandidates candidates;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry registry;

    /** One transaction defining quizzes at a time in this server ({@link #holdTitles}). */
    private static final java.util.concurrent.Semaphore TITLES = new java.util.concurrent.Semaphore(1);
    private static final String HOLDS_TITLES = Quizzes.class.getName() + ".titles";
    static final java.time.Duration TITLES_WAIT = java.time.Duration.ofSeconds(30);

    java.time.Clock clock = java.time.Clock.systemUTC();

    /** How long after defining a quiz a second one of the same code by the same login is taken for a repeat. */
    static final java.time.Duration JUST_NOW = java.time.Duration.ofMinutes(10);

    /** Whether something made by {@code madeBy} at {@code at} was made by {@code by} a moment ago. */
    boolean justNow(String madeBy, java.time.Instant at, String by) {
        return by != null && by.equals(madeBy) && at != null && !clock.instant().isAfter(at.plus(JUST_NOW));
    }

    /**
     * Item analysis of one quiz, with the question texts. {@code attempts}: the finished attempts counted;
     * {@code voided}: those left out because their certificate was revoked (void, as the year report, the 学时 and
     * the programmes count them).
     */
    public record Statistics(List<ItemStatistics.Item> items, Map<String, String> stems,
                             List<ItemStatistics.Topic> topics, int attempts, long voided) {
    }

    /** A department in a contest: how many took part and the mean of each person's best score. */
    public record DepartmentRank(String departmentCode, int participants, BigDecimal average) {
    }

    public List<Quiz> all() {
        return em.createNamedQuery(Quiz.ALL, Quiz.class).getResultList().stream()
                .filter(q -> !q.getCode().equals(QuizAttempts.MISTAKES_QUIZ)).toList();
    }

    /** An active quiz the bank can no longer draw: a rule needs {@code needed} questions and has {@code available}. */
    public record Shortfall(String code, String title, int needed, int available) implements java.io.Serializable {
    }

    /**
     * The active quizzes the bank can no longer draw, as defining them checks it (retiring a question left a
     * category with 2 questions where a quiz draws 3, and takers were refused without the office knowing: outside
     * check).
     */
    public List<Shortfall> undrawable() {
        List<QuestionDraw.Candidate> bank = candidates.active();
        List<Shortfall> shortfalls = new ArrayList<>();
        for (Quiz quiz : all()) {
            shortfall(quiz, bank).ifPresent(shortfalls::add);
        }
        return shortfalls;
    }

    /**
     * Whether the bank can no longer draw this quiz, as {@link #undrawable()} checks it: what a campaign or a plan
     * item on it would leave its people owing an exam they cannot start (outside check). Empty for a quiz the bank
     * can draw, and for an unknown one.
     */
    public java.util.Optional<Shortfall> shortfallOf(String code) {
        return em.createNamedQuery(Quiz.BY_CODE, Quiz.class).setParameter("code", code).getResultStream().findFirst()
                .flatMap(quiz -> shortfall(quiz, candidates.active()));
    }

    private static java.util.Optional<Shortfall> shortfall(Quiz quiz, List<QuestionDraw.Candidate> bank) {
        if (!quiz.isActive() || quiz.getDrawRules().isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            QuestionDraw.draw(bank, quiz.getDrawRules().stream().map(DrawRuleSpec::rule).toList(),
                    java.util.Set.of(), null, false, new java.util.SplittableRandom(0));
            return java.util.Optional.empty();
        } catch (QuestionDraw.NotEnoughQuestions e) {
            return java.util.Optional.of(new Shortfall(quiz.getCode(), quiz.getTitle(), e.rule().count(),
                    e.available()));
        }
    }

    public long count() {
        return em.createQuery("select count(q) from Quiz q", Long.class).getSingleResult();
    }

    /**
     * Defines a quiz. Refused when the code is taken or reserved (the mistakes practice's), a contest is to count
     * anything but each person's best score ({@link Reason#CONTEST_GRADING}), the title is another
     * quiz's ({@link QuizTitles#sameTitle}: spaces, full-width forms and case aside), or the bank cannot supply
     * the questions asked for
     * (so no one ever starts a quiz that cannot be drawn).
     */
    public Quiz define(QuizDraft d) {
        return define(d, null);
    }

    /**
     * As {@link #define(QuizDraft)}, recording who defined the quiz ({@code by}, a login; null for none) and when: the
     * quiz list showed no creator or date, while campaigns, plans and rounds show who and when (outside check).
     */
    public Quiz define(QuizDraft d, String by) {
        if (QuizAttempts.MISTAKES_QUIZ.equalsIgnoreCase(d.code().strip())) {
            // the mistakes practice's own quiz: defined as an exam it made the 错题本 a timed, certified exam that
            // earned 学时 (outside check)
            throw new QuizRefusedException(Reason.CODE_RESERVED);
        }
        refuseTaken(d, by);
        if (d.mode() == QuizMode.CONTEST && d.gradingMethod() != GradingMethod.HIGHEST) {
            // a contest ranks each person's best score: 取最后一次 was saved as 取最高分 without a word (outside check
            // ex-s37d 6); the officer is told, and chooses
            throw new QuizRefusedException(Reason.CONTEST_GRADING);
        }
        if (d.mode() == QuizMode.EXAM && d.passPercent() < 1) {
            // an exam passed with nothing answered would give a certificate for nothing
            throw new QuizRefusedException(Reason.PASS_MARK_REQUIRED);
        }
        List<DrawRuleSpec> rules = rulesOf(d);
        try {
            // a taker without post questions gets general ones instead, so the whole bank must be able to serve
            QuestionDraw.draw(candidates.active(), rules.stream().map(DrawRuleSpec::rule).toList(),
                    java.util.Set.of(), null, false, new java.util.SplittableRandom(0));
        } catch (QuestionDraw.NotEnoughQuestions e) {
            // how many the bank has is said (the form said only "数量不足", and the officer guessed: outside check)
            throw new QuizRefusedException(Reason.NOT_ENOUGH_QUESTIONS, e.rule().count(), e.available());
        }
        Quiz quiz = new Quiz(d.code(), d.title(), d.mode(), rules, d.timeLimitMinutes(), d.passPercent(),
                d.attemptsAllowed(), d.gradingMethod(), d.feedback(), d.multiCredit());
        quiz.created(by, clock.instant());
        em.persist(quiz);
        return quiz;
    }

    /** The draw rules of a draft: its own-post questions, then the rest from its category. */
    private static List<DrawRuleSpec> rulesOf(QuizDraft d) {
        List<DrawRuleSpec> rules = new ArrayList<>();
        if (d.ownPostCount() > 0) {
            rules.add(DrawRuleSpec.ownPost(d.ownPostCount(), d.minDifficulty(), d.maxDifficulty()));
        }
        if (d.questionCount() > d.ownPostCount()) {
            rules.add(new DrawRuleSpec(d.questionCount() - d.ownPostCount(), d.category(), d.minDifficulty(),
                    d.maxDifficulty()));
        }
        return rules;
    }

    /** The quiz a draft defines, not stored; empty for a draft no quiz could be made of. */
    private static java.util.Optional<Quiz> asQuiz(QuizDraft d) {
        try {
            return java.util.Optional.of(new Quiz(d.code(), d.title(), d.mode(), rulesOf(d), d.timeLimitMinutes(),
                    d.passPercent(), d.attemptsAllowed(), d.gradingMethod(), d.feedback(), d.multiCredit()));
        } catch (IllegalArgumentException | NullPointerException none) {
            return java.util.Optional.empty();
        }
    }

    private void refuseTaken(QuizDraft d, String by) {
        holdTitles();
        List<Quiz> taken = em.createNamedQuery(Quiz.BY_CODE, Quiz.class).setParameter("code", d.code()).getResultList();
        if (!taken.isEmpty()) {
            // the user's input: a refusal, not an error; the form sent twice (a second click) is told it was made
            // just now, by them, not that "another quiz" has the code (outside check); only the same definition is
            // the form sent twice: another exam under the code was told it had been created (outside check ex-s37d 5)
            Quiz held = taken.get(0);
            throw new QuizRefusedException(justNow(held.getCreatedBy(), held.getCreatedAt(), by)
                    && asQuiz(d).map(held::sameDefinition).orElse(false) ? Reason.CODE_JUST_DEFINED : Reason.CODE_TAKEN);
        }
        // results, certificates, the certificate check and the secrecy file name a quiz by its title: a second
        // quiz titled as the annual exam gave passes nobody could tell apart (outside check)
        java.util.Optional<Quiz> sameTitle = QuizTitles.holder(d.title(),
                em.createNamedQuery(Quiz.ALL, Quiz.class).getResultList(), Quiz::getTitle);
        if (sameTitle.isPresent()) {
            throw new QuizRefusedException(Reason.TITLE_TAKEN, sameTitle.get().getCode());
        }
    }

    /**
     * Waits until no other transaction of this server is defining a quiz, and keeps the others waiting until this
     * one has ended (committed or rolled back), so that a quiz defined meanwhile is in the list the title is checked
     * against: four defines of one title sent at once made three quizzes (outside check). Once per transaction
     * (the plan copy defines several exams). A call that waits longer than {@link #TITLES_WAIT} goes ahead
     * unserialised rather than hanging the request; there, and between the nodes of a cluster, the unique key on
     * the compared title ({@code quiz.title_key}) keeps a second quiz of the title from being saved.
     */
    private void holdTitles() {
        if (registry.getResource(HOLDS_TITLES) != null) {
            return;
        }
        boolean held = false;
        try {
            held = TITLES.tryAcquire(TITLES_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!held) {
            return;
        }
        try {
            registry.putResource(HOLDS_TITLES, Boolean.TRUE);
            registry.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    TITLES.release();
                }
            });
        } catch (RuntimeException e) {
            TITLES.release();
            throw e;
        }
    }

    /** Next year's exam copied from last year's ({@link #copyForYear}); {@code titleHolder}: see there. */
    public record Copied(Quiz quiz, String wantedTitle, String titleHolder) {
    }

    /**
     * Defines {@code last}'s copy as {@code code} for a new plan year ({@link Quiz#copyAs}), by {@code by}, titled
     * {@code title} unless another quiz has that title ({@link QuizTitles#sameTitle}): then under a title of its own
     * ({@link QuizTitles#free}: the code in brackets), and {@code titleHolder} is the code of that quiz (else null).
     * The copy of last year's plan made ANNUAL-2027 under the title of the EXAM27 the officer had defined, and the
     * plan's exam menu listed both as "2027年度保密知识考试" (outside check).
     */
    public Copied copyForYear(Quiz last, String code, String title, String by) {
        holdTitles();
        List<Quiz> all = em.createNamedQuery(Quiz.ALL, Quiz.class).getResultList();
        java.util.Optional<Quiz> holder = QuizTitles.holder(title, all, Quiz::getTitle);
        String own = QuizTitles.free(title, code, t -> QuizTitles.holder(t, all, Quiz::getTitle).isPresent());
        Quiz copy = last.copyAs(code, own);
        copy.created(by, clock.instant());
        em.persist(copy);
        return new Copied(copy, title, holder.map(Quiz::getCode).orElse(null));
    }

    public Statistics statistics(String code, ItemStatistics.Thresholds thresholds) {
        List<Attempt> finished = finished(code);
        List<ItemStatistics.Answer> answers = new ArrayList<>();
        Map<String, String> stems = new HashMap<>();
        for (Attempt a : finished) {
            for (AttemptItem i : a.getItems()) {
                BankQuestion q = i.getQuestion();
                stems.putIfAbsent(q.getQuestionKey(), q.getStem());
                String response = i.getResponse() == null ? "" : i.getResponse();
                java.util.Set<String> picked = new java.util.TreeSet<>();
                if (q.getType().hasOptions()) {
                    response.chars().forEach(c -> picked.add(String.valueOf((char) c)));
                } else if (!response.isBlank()) {
                    picked.add(response.length() > 20 ? response.substring(0, 20) : response);
                }
                answers.add(new ItemStatistics.Answer(a.getId(), q.getQuestionKey(),
                        q.getClause() == null ? "-" : q.getClause().documentKey(),
                        i.getFraction() == null ? 0 : i.getFraction().doubleValue(), picked));
            }
        }
        long voided = em.createQuery("select count(a) from Attempt a where a.quiz.code = :code and a.status <> :open "
                        + "and exists (select c.id from IssuedCertificate c where c.attemptId = a.id "
                        + "and c.revokedAt is not null)", Long.class).setParameter("code", code)
                .setParameter("open", AttemptStatus.IN_PROGRESS).getSingleResult();
        return new Statistics(ItemStatistics.items(answers, thresholds), stems, ItemStatistics.weakestTopics(answers),
                finished.size(), voided);
    }

    /**
     * Departments by the mean of their people's best scores, best first: each person once, in the department
     * {@code departmentOf} gives for the moment their best attempt finished (where the personnel history puts them at
     * that year's end, as the year report counts exams; null: the department the attempt was started from), see
     * {@link ContestRanking}. Grouped by each attempt's department, a person who moved between attempts counted in
     * both departments (outside check ex-s37d 4).
     */
    public List<DepartmentRank> ranking(String code,
                                        java.util.function.BiFunction<String, java.time.Instant, String> departmentOf) {
        return ContestRanking.rank(finished(code).stream().map(a -> new ContestRanking.Entry(a.getPersonKey(),
                        a.getDepartmentCode(), a.getPercent(), a.getFinishedAt())).toList(), departmentOf).stream()
                .map(r -> new DepartmentRank(r.departmentCode(), r.participants(), r.average())).toList();
    }

    /**
     * The finished attempts of a quiz, without the void ones (certificate revoked): the statistics counted a voided
     * attempt ("已完成 1 份答卷") that the year report leaves out (outside check).
     */
    private List<Attempt> finished(String code) {
        Quiz quiz = em.createNamedQuery(Quiz.BY_CODE, Quiz.class).setParameter("code", code).getResultList().stream()
                .findFirst().orElseThrow(() -> new QuizRefusedException(Reason.UNKNOWN_QUIZ));
        return em.createQuery("select a from Attempt a where a.quiz = :quiz and a.status <> :open and "
                        + Certificates.notRevoked("a"), Attempt.class).setParameter("quiz", quiz)
                .setParameter("open", AttemptStatus.IN_PROGRESS).getResultList();
    }

    public boolean isContest(String code) {
        return all().stream().anyMatch(q -> q.getCode().equals(code) && q.getMode() == QuizMode.CONTEST);
    }
}
