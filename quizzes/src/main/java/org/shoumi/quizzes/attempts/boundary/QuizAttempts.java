package org.shoumi.quizzes.attempts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.persistence.Boundary;
import org.shoumi.content.persistence.KeyedLocks;
import org.shoumi.content.persistence.Refusal;
import org.shoumi.quizzes.attempts.boundary.QuizRefusedException.Reason;
import org.shoumi.quizzes.attempts.control.PassRule;
import org.shoumi.quizzes.attempts.control.QuestionDraw;
import org.shoumi.quizzes.attempts.control.QuizPolicy;
import org.shoumi.quizzes.attempts.control.Response;
import org.shoumi.quizzes.attempts.control.Scoring;
import org.shoumi.quizzes.attempts.entity.Accommodation;
import org.shoumi.quizzes.attempts.entity.Attempt;
import org.shoumi.quizzes.attempts.entity.AttemptItem;
import org.shoumi.quizzes.attempts.entity.AttemptStatus;
import org.shoumi.quizzes.attempts.entity.DrawRuleSpec;
import org.shoumi.quizzes.attempts.entity.FeedbackPolicy;
import org.shoumi.quizzes.attempts.entity.Quiz;
import org.shoumi.quizzes.attempts.entity.QuizMode;
import org.shoumi.quizzes.bank.boundary.QuestionBank;
import org.shoumi.quizzes.bank.entity.BankQuestion;
import org.shoumi.quizzes.certificates.boundary.Certificates;
import org.shoumi.quizzes.certificates.control.Certificate;

/**
 * Taking quizzes. Every answer is saved as it is given; the server's clock decides the deadline, and an
 * attempt found past it is submitted with the answers saved until then. Saving and submitting lock the attempt
 * row, so an answer either lands before the submit or is refused, and a second submit returns the first result.
 */
@ApplicationScoped
@Boundary
public class QuizAttempts {

    /** EclipseLink's query hint (QueryHints.REFRESH) by name: read the rows afresh, not as a cache may hold them. */
    private static final String REFRESH = "eclipselink.refresh";

    /** The built-in practice quiz that draws from a person's own mistake book. */
    public static final String MISTAKES_QUIZ = "MISTAKES";

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    /** This bean through its proxy, so that {@link #startOnce} gets a transaction of its own. */
    @Inject
    QuizAttempts self;

    @Inject
    QuestionBank bank;

    @Inject
    Event<AttemptFinished> finishedEvents;

    @Inject
    Event<AttemptStarted> startedEvents;

    @Inject
    Certificates certificates;

    @Inject
    PracticePool practicePool;

    @Inject
    BankCandidates candidates;

    @Inject
    Event<AccommodationGranted> accommodationEvents;

    @Inject
    @ConfigProperty(name = "shoumi.quizzes.attempts.grace-seconds", defaultValue = "2")
    long graceSeconds;


    Clock clock = Clock.systemUTC();

    /** One start of a person's attempt at a quiz at a time in this server (a double click sends two). */
    private static final KeyedLocks STARTS = new KeyedLocks(256, 30_000);

    /** The active quizzes with this person's standing in each (the mistake-book practice is not listed). */
    public List<QuizSummary> quizzesFor(String person) {
        List<QuizSummary> list = new ArrayList<>();
        // the person's accommodations in every quiz, read once for the whole list
        Map<Long, List<Accommodation>> granted = em.createNamedQuery(Accommodation.OF_PERSON, Accommodation.class)
                .setParameter("person", person).getResultStream()
                .collect(Collectors.groupingBy(a -> a.getQuiz().getId()));
        java.util.Set<Long> revoked = revokedAttempts(person);
        for (Quiz quiz : em.createNamedQuery(Quiz.ALL, Quiz.class).getResultList()) {
            if (!quiz.isActive() || quiz.getCode().equals(MISTAKES_QUIZ)) {
                continue;
            }
            List<Attempt> attempts = attemptsOf(quiz, person);
            expireIfOverdue(attempts);
            List<Attempt> finished = attempts.stream().filter(a -> a.getStatus().isFinished()).toList();
            // an attempt whose certificate was revoked is void: it used an attempt but gives no grade
            Optional<BigDecimal> grade = QuizPolicy.grade(finished.stream().filter(a -> !revoked.contains(a.getId()))
                    .map(a -> new QuizPolicy.Graded(a.getNumber(), a.getPercent())).toList(), quiz.getGradingMethod());
            Long open = attempts.stream().filter(a -> !a.getStatus().isFinished()).map(Attempt::getId).findFirst().orElse(null);
            Allowance allowance = allowance(quiz, granted.getOrDefault(quiz.getId(), List.of()));
            list.add(new QuizSummary(quiz.getCode(), quiz.getTitle(), quiz.getMode(), quiz.questionCount(),
                    allowance.minutes(), quiz.getPassPercent(), allowance.attempts(), finished.size(),
                    grade.orElse(null), grade.map(g -> QuizPolicy.passed(g, quiz.getPassPercent())).orElse(null),
                    open, open != null || QuizPolicy.mayStartAnother(finished.size(), allowance.attempts()),
                    quiz.getGradingMethod()));
        }
        return list;
    }

    /**
     * Of these people, those who have used every attempt at the quiz (its allowance with their accommodations) and
     * have none open: they cannot take it again unless the office grants more. Empty for a quiz without a limit or
     * one that does not exist. Read with two queries, whatever the number of people.
     */
    public java.util.Set<String> attemptsUsedUp(String quizCode, java.util.Collection<String> people) {
        Optional<Quiz> found = em.createNamedQuery(Quiz.BY_CODE, Quiz.class).setParameter("code", quizCode)
                .getResultList().stream().findFirst();
        if (found.isEmpty() || found.get().getAttemptsAllowed() <= 0 || people.isEmpty()) {
            return java.util.Set.of();
        }
        Quiz quiz = found.get();
        java.util.Set<String> wanted = new java.util.HashSet<>(people);
        Map<String, Integer> extra = new java.util.HashMap<>();
        accommodations(quizCode).forEach(a -> extra.merge(a.getPersonKey(), a.getExtraAttempts(), Integer::sum));
        Map<String, long[]> used = new java.util.HashMap<>();
        em.createQuery("select a.personKey, a.finishedAt from Attempt a where a.quiz = :quiz", Object[].class)
                .setParameter("quiz", quiz).getResultStream().filter(r -> wanted.contains((String) r[0]))
                .forEach(r -> used.computeIfAbsent((String) r[0], k -> new long[2])[r[1] == null ? 1 : 0]++);
        return used.entrySet().stream()
                .filter(e -> e.getValue()[1] == 0 && !QuizPolicy.mayStartAnother((int) e.getValue()[0],
                        quiz.getAttemptsAllowed() + extra.getOrDefault(e.getKey(), 0)))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    /** A paper the person started and has not handed in, whose time has not run out: where to go on answering. */
    public record OpenPaper(long attemptId, String quizCode, String quizTitle, Instant deadline) implements java.io.Serializable {
    }

    /**
     * The person's open papers, the mistakes practice left out: the home page leads back to them (after a session
     * that ended mid-exam, a login led to the home page, which said nothing of the exam whose clock was running).
     */
    public List<OpenPaper> openPapers(String person) {
        Instant now = clock.instant();
        return em.createQuery("select a from Attempt a join fetch a.quiz where a.personKey = :person "
                        + "and a.status = :open order by a.startedAt", Attempt.class)
                .setParameter("person", person).setParameter("open", AttemptStatus.IN_PROGRESS).getResultStream()
                .filter(a -> !a.getQuiz().getCode().equals(MISTAKES_QUIZ))
                .filter(a -> a.getDeadline() == null || a.getDeadline().isAfter(now))
                .map(a -> new OpenPaper(a.getId(), a.getQuiz().getCode(), a.getQuiz().getTitle(), a.getDeadline())).toList();
    }

    /**
     * Every finished attempt of the person, newest first, also of quizzes that are closed since: results and
     * certificates stay findable. The mistake-book practice is left out.
     */
    public List<FinishedAttempt> finishedBy(String person) {
        java.util.Set<Long> revoked = revokedAttempts(person);
        return em.createQuery("select a from Attempt a where a.personKey = :person and a.status <> :open "
                        + "and a.quiz.code <> :mistakes order by a.finishedAt desc, a.id desc", Attempt.class)
                .setParameter("person", person).setParameter("open", AttemptStatus.IN_PROGRESS)
                .setParameter("mistakes", MISTAKES_QUIZ).getResultList().stream()
                .map(a -> {
                    boolean superseded = superseded(a, revoked).isPresent();
                    return new FinishedAttempt(a.getId(), a.getQuiz().getCode(), a.getQuiz().getTitle(),
                            a.getQuiz().getMode(), a.getNumber(), a.getFinishedAt(), a.getStatus(), a.getPercent(),
                            Boolean.TRUE.equals(a.getPassed()) && !revoked.contains(a.getId()),
                            a.getQuiz().getMode() == QuizMode.EXAM && Boolean.TRUE.equals(a.getPassed())
                                    && !revoked.contains(a.getId()) && !superseded,
                            revoked.contains(a.getId()), superseded);
                })
                .toList();
    }

    /** A later failed attempt that superseded a pass: which one and when it was handed in. */
    public record Superseding(int number, Instant finishedAt) implements java.io.Serializable {
    }

    /**
     * The failed attempt that supersedes this passed attempt now ({@link PassRule}: a quiz graded by the last
     * attempt, failed afterwards); empty while the pass stands, for a failed or void attempt, and for an unknown one.
     * The certificate check says so.
     */
    public Optional<Superseding> supersededBy(long attemptId) {
        Attempt a = em.find(Attempt.class, attemptId);
        return a == null ? Optional.empty() : superseded(a, revokedAttempts(a.getPersonKey()));
    }

    private Optional<Superseding> superseded(Attempt a, java.util.Set<Long> revoked) {
        if (!Boolean.TRUE.equals(a.getPassed()) || revoked.contains(a.getId())
                || a.getQuiz().getGradingMethod() != QuizPolicy.GradingMethod.LAST) {
            return Optional.empty();
        }
        List<PassRule.Taken> taken = attemptsOf(a.getQuiz(), a.getPersonKey()).stream()
                .filter(t -> t.getStatus().isFinished() && !revoked.contains(t.getId())).map(QuizAttempts::taken)
                .toList();
        return PassRule.supersededBy(taken(a), taken, a.getQuiz().getGradingMethod(), clock.instant())
                .map(t -> new Superseding(t.number(), t.finishedAt()));
    }

    private static PassRule.Taken taken(Attempt a) {
        return new PassRule.Taken(a.getNumber(), a.getFinishedAt(), Boolean.TRUE.equals(a.getPassed()));
    }

    /** The person's attempts whose certificate was revoked (the exam void). */
    private java.util.Set<Long> revokedAttempts(String person) {
        return new java.util.HashSet<>(em.createQuery("select c.attemptId from IssuedCertificate c "
                + "where c.personKey = :person and c.revokedAt is not null", Long.class)
                .setParameter("person", person).getResultList());
    }

    /**
     * When the person first passed the quiz at or after {@code since} with a pass that stands now
     * ({@link PassRule}); empty when they have not, or the quiz does not exist.
     */
    public Optional<Instant> passedSince(String quizCode, String person, Instant since) {
        return passedSince(quizCode, person, since, clock.instant());
    }

    /**
     * When the person first passed the quiz at or after {@code since} (programmes count only passes made for them)
     * with a pass no attempt handed in before {@code asOf} superseded ({@link PassRule}: a quiz graded by the last
     * attempt, failed afterwards); a programme asks as of when it was given, so that a retake after that does not
     * undo its step. Void attempts (certificate revoked) count neither way. Empty when there is no such pass, or
     * the quiz does not exist. Finished attempts only.
     */
    public Optional<Instant> passedSince(String quizCode, String person, Instant since, Instant asOf) {
        List<Attempt> finished = em.createQuery("select a from Attempt a where a.quiz.code = :code "
                        + "and a.personKey = :person and a.status <> :open and " + Certificates.notRevoked("a"),
                        Attempt.class)
                .setParameter("code", quizCode).setParameter("person", person)
                .setParameter("open", AttemptStatus.IN_PROGRESS).getResultList();
        if (finished.isEmpty()) {
            return Optional.empty();
        }
        return PassRule.firstStandingPass(finished.stream().map(QuizAttempts::taken).toList(),
                finished.get(0).getQuiz().getGradingMethod(), since, asOf).map(PassRule.Taken::finishedAt);
    }

    /** The parameter {@link #standing} needs, set to {@link QuizPolicy.GradingMethod#LAST}. */
    public static final String LAST_GRADED = "lastGraded";

    /**
     * JPQL condition for "the pass {@code alias} stands now", {@link PassRule} in a query (the 学时 count many people's
     * passes at once): no later attempt of the same person and quiz, graded by the last attempt, failed and was not
     * void. The query sets {@link #LAST_GRADED} to {@link QuizPolicy.GradingMethod#LAST}.
     */
    public static String standing(String alias) {
        return "not exists (select s.id from Attempt s where s.quiz = " + alias + ".quiz and s.personKey = " + alias
                + ".personKey and s.number > " + alias + ".number and s.passed = false and s.quiz.gradingMethod = :"
                + LAST_GRADED + " and " + Certificates.notRevoked("s") + ")";
    }

    /**
     * Starts an attempt, or returns the one in progress (resuming after a lost session or network). The draw
     * avoids the questions of the person's previous attempt where the bank allows. Starts of one person at one
     * quiz are serialised: simultaneous starts (four tabs, a double click, a script) wait in this server for the
     * first to commit and then find its attempt open and return it ({@link KeyedLocks}); between servers the
     * attempt number, which is unique, lets one insert and the others look again. Runs in its own transaction,
     * committed before this returns.
     */
    @Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = Refusal.class)
    public TakerView start(String quizCode, String person, String departmentCode) {
        return start(quizCode, person, departmentCode, null);
    }

    /**
     * {@link #start(String, String, String)} for a taker whose own post's duty questions are in category
     * {@code ownPostCategory} ("duties.driver"; null when the person has no post): a quiz's own-post rule draws
     * from it, and what it lacks comes from the whole bank.
     */
    @Transactional(value = Transactional.TxType.NOT_SUPPORTED, dontRollbackOn = Refusal.class)
    public TakerView start(String quizCode, String person, String departmentCode, String ownPostCategory) {
        return STARTS.run(quizCode + '\n' + person, () -> {
            for (int tries = 1; ; tries++) {
                try {
                    return self.startOnce(quizCode, person, departmentCode, ownPostCategory);
                } catch (PersistenceException taken) {
                    // another server's start of this person got the attempt number first; look again
                    if (tries == 3) {
                        throw taken;
                    }
                }
            }
        });
    }

    /** One try of {@link #start}, in a transaction of its own. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = Refusal.class)
    public TakerView startOnce(String quizCode, String person, String departmentCode, String ownPostCategory) {
        Quiz quiz = quiz(quizCode);
        List<Attempt> attempts = attemptsOf(quiz, person);
        expireIfOverdue(attempts);
        Optional<Attempt> open = attempts.stream().filter(a -> !a.getStatus().isFinished()).findFirst();
        if (open.isPresent()) {
            return takerView(open.get());
        }
        long finished = attempts.stream().filter(a -> a.getStatus().isFinished()).count();
        Allowance allowance = allowance(quiz, person);
        if (!QuizPolicy.mayStartAnother((int) finished, allowance.attempts())) {
            throw new QuizRefusedException(Reason.NO_MORE_ATTEMPTS);
        }
        Set<String> previous = attempts.isEmpty() ? Set.of() : attempts.get(attempts.size() - 1).getItems().stream()
                .map(i -> i.getQuestion().getQuestionKey()).collect(Collectors.toSet());
        List<QuestionDraw.Candidate> pool = pool(quiz, person);
        List<QuestionDraw.Rule> rules = quiz.getCode().equals(MISTAKES_QUIZ)
                ? List.of(new QuestionDraw.Rule(Math.min(pool.size(), 20), null, 1, 5))
                : quiz.getDrawRules().stream().map(DrawRuleSpec::rule).toList();
        SplittableRandom random = new SplittableRandom();
        QuestionDraw.Result drawn;
        try {
            // the mistakes quiz draws from the taker's own mistakes, of whatever post they held then
            drawn = QuestionDraw.draw(pool, rules, previous, ownPostCategory, !quiz.getCode().equals(MISTAKES_QUIZ),
                    quiz.isShuffleQuestions(), random);
        } catch (QuestionDraw.NotEnoughQuestions e) {
            throw new QuizRefusedException(Reason.NOT_ENOUGH_QUESTIONS);
        }
        Map<String, BankQuestion> questions = bank.byKeys(drawn.keys());
        Instant now = clock.instant();
        Attempt attempt = new Attempt(quiz, person, departmentCode, attempts.size() + 1, now,
                QuizPolicy.deadline(now, allowance.minutes()).orElse(null), drawn.repeated());
        for (String key : drawn.keys()) {
            BankQuestion q = questions.get(key);
            if (q == null) {
                throw new QuizRefusedException(Reason.NOT_ENOUGH_QUESTIONS); // retired since the draw read the bank
            }
            attempt.addItem(q, q.getType().hasOptions()
                    ? QuestionDraw.optionOrder(q.getOptions().size(), quiz.isShuffleOptions(), random) : "");
        }
        em.persist(attempt);
        em.flush();
        startedEvents.fire(new AttemptStarted(attempt.getId(), person, quiz.getCode()));
        return takerView(attempt);
    }

    /** A person's time limit and attempts in a quiz, accommodations included; 0 means none / unlimited. */
    record Allowance(int minutes, int attempts) {
    }

    private Allowance allowance(Quiz quiz, String person) {
        return allowance(quiz, em.createNamedQuery(Accommodation.OF_PERSON_AND_QUIZ, Accommodation.class)
                .setParameter("quiz", quiz).setParameter("person", person).getResultList());
    }

    /** The allowance with the person's accommodations in this quiz already read. */
    private static Allowance allowance(Quiz quiz, List<Accommodation> granted) {
        int minutes = granted.stream().mapToInt(Accommodation::getExtraMinutes).sum();
        int extra = granted.stream().mapToInt(Accommodation::getExtraAttempts).sum();
        return new Allowance(quiz.getTimeLimitMinutes() <= 0 ? 0 : quiz.getTimeLimitMinutes() + minutes,
                quiz.getAttemptsAllowed() <= 0 ? 0 : quiz.getAttemptsAllowed() + extra);
    }

    /**
     * Grants one person extra minutes on each attempt and/or extra attempts in a quiz, with the reason; logged
     * as evidence. Extra minutes also move the deadline of the person's attempt open now, unless it is past its
     * deadline already (it is then handed in as expired): the attempt keeps the minutes added, and the grant names
     * the attempt it extended. Refused with
     * {@link IllegalArgumentException} (nothing granted, no reason, more than the limits) or
     * {@link QuizRefusedException} for an unknown quiz, a repeated grant, or one that would bring the person's
     * grants in the quiz above {@link Accommodation#MAX_EXTRA_MINUTES} minutes or
     * {@link Accommodation#MAX_EXTRA_ATTEMPTS} attempts together ({@code OVER_TOTAL}), or a grant to the granting
     * login's own person ({@code OWN_GRANT}): {@code byPerson} is that person's key, null for a login without one.
     */
    public long grant(String quizCode, String person, int extraMinutes, int extraAttempts, String reason, String by,
            String byPerson) {
        // an extra attempt or time "for 无" or "-" is what an inspection asks the reason of (outside check ex-s37d 2)
        if (!org.shoumi.content.text.Texts.saysSomething(reason)) {
            throw new QuizRefusedException(Reason.NO_REASON);
        }
        Quiz quiz = quiz(quizCode);
        // found by an outside check: an officer granted themselves extra attempts and time on the annual exam;
        // another officer grants it, as nobody approves their own travel or handles their own matter report
        if (byPerson != null && byPerson.equals(person)) {
            throw new QuizRefusedException(Reason.OWN_GRANT);
        }
        // grants add up, so the same grant sent again (another tab, another officer, a space added to the reason) would
        // give twice what was meant: the quiz's row serialises grants, and one equal to a grant of the last ten
        // minutes is refused (found by an outside check: three identical grants, three extra attempts)
        // extra time for a quiz without a time limit, or attempts for one without a limit, would stand in the record
        // as granted and change nothing (outside check)
        if (extraMinutes > 0 && quiz.getTimeLimitMinutes() <= 0) {
            throw new QuizRefusedException(Reason.NO_TIME_LIMIT);
        }
        if (extraAttempts > 0 && quiz.getAttemptsAllowed() <= 0) {
            throw new QuizRefusedException(Reason.UNLIMITED_ATTEMPTS);
        }
        em.lock(quiz, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Instant recently = clock.instant().minus(java.time.Duration.ofMinutes(10));
        String stripped = reason == null ? null : reason.strip();
        boolean repeated = accommodations(quizCode).stream().anyMatch(g -> g.getPersonKey().equals(person)
                && g.getExtraMinutes() == extraMinutes && g.getExtraAttempts() == extraAttempts
                && g.getReason().equals(stripped) && g.getGrantedAt().isAfter(recently));
        if (repeated) {
            throw new QuizRefusedException(Reason.ALREADY_GRANTED);
        }
        Accommodation a = new Accommodation(quiz, person, extraMinutes, extraAttempts, reason, by, clock.instant());
        // found by an outside check: two grants of a day and ten attempts each were both accepted (限时 2,920 分钟,
        // 24 attempts); one person's grants in one quiz together stay within what one grant may give
        Granted so = granted(quizCode, person);
        if (so.minutes() + extraMinutes > Accommodation.MAX_EXTRA_MINUTES
                || so.attempts() + extraAttempts > Accommodation.MAX_EXTRA_ATTEMPTS) {
            throw new QuizRefusedException(Reason.OVER_TOTAL);
        }
        // found by an outside check: the quiz list said 30 minutes while the open paper still ran out after 20
        if (extraMinutes > 0) {
            extendOpenAttempt(quiz, person, a);
        }
        em.persist(a);
        em.flush();
        accommodationEvents.fire(new AccommodationGranted(a.getId(), person));
        return a.getId();
    }

    /** Adds a grant's minutes to the deadline of the person's open attempt, if one is open and still in time. */
    private void extendOpenAttempt(Quiz quiz, String person, Accommodation grant) {
        Optional<Attempt> open = attemptsOf(quiz, person).stream().filter(t -> !t.getStatus().isFinished()).findFirst();
        if (open.isEmpty()) {
            return;
        }
        Attempt attempt = locked(open.get().getId(), person);
        expireIfOverdue(List.of(attempt));
        if (!attempt.getStatus().isFinished() && attempt.getDeadline() != null) {
            attempt.extend(grant.getExtraMinutes());
            grant.extended(attempt);
        }
    }

    /** What one person's accommodations in a quiz add together: extra minutes per attempt, extra attempts. */
    public record Granted(int minutes, int attempts) {
    }

    /** The extra minutes and attempts all of one person's accommodations in a quiz add up to. */
    public Granted granted(String quizCode, String person) {
        List<Accommodation> theirs = accommodations(quizCode).stream().filter(a -> a.getPersonKey().equals(person))
                .toList();
        return new Granted(theirs.stream().mapToInt(Accommodation::getExtraMinutes).sum(),
                theirs.stream().mapToInt(Accommodation::getExtraAttempts).sum());
    }

    /** The accommodations granted in a quiz, newest first. */
    public List<Accommodation> accommodations(String quizCode) {
        return em.createNamedQuery(Accommodation.OF_QUIZ, Accommodation.class).setParameter("code", quizCode)
                .getResultList();
    }

    /** The attempt for its taker; one found past its deadline is submitted first and comes back finished. */
    public TakerView view(long attemptId, String person) {
        Attempt attempt = locked(attemptId, person);
        expireIfOverdue(List.of(attempt));
        return takerView(attempt);
    }

    /** Saves one answer and returns the server time it was saved at. */
    public Instant save(long attemptId, String person, int position, Response response) {
        Attempt attempt = locked(attemptId, person);
        if (attempt.getStatus().isFinished()) {
            throw new QuizRefusedException(Reason.FINISHED);
        }
        Instant now = clock.instant();
        if (!QuizPolicy.accepts(attempt.getDeadline(), now, Duration.ofSeconds(graceSeconds))) {
            finish(attempt, AttemptStatus.EXPIRED);
            throw new QuizRefusedException(Reason.DEADLINE_PASSED);
        }
        // only this question is read: an answer costs the same in a 20- and a 100-question exam (issue 17)
        AttemptItem item = em.createNamedQuery(AttemptItem.AT_POSITION, AttemptItem.class)
                .setParameter("attempt", attempt).setParameter("position", position)
                .setHint(REFRESH, "true") // as read now, not as a cache may hold it
                .getResultStream().findFirst().orElseThrow(() -> new QuizRefusedException(Reason.MALFORMED_ANSWER));
        BankQuestion q = item.getQuestion();
        if (item.isRevealed()) {
            // practice: the answer was checked and the key shown, so it stays as checked; said so, not as an answer
            // to give again ("该答案未能保存，请重新选择或填写" asked for a choice that is locked: outside check)
            throw new QuizRefusedException(Reason.ANSWER_CHECKED);
        }
        if (!response.fits(q.getType(), q.getOptions().size(), q.blankCount())) {
            throw new QuizRefusedException(Reason.MALFORMED_ANSWER);
        }
        return attempt.answer(item, response.stored(), now).getSavedAt();
    }

    /**
     * Practice mode: the feedback for one answered question before the attempt is submitted. The question's
     * answer is final from then on. Refused outside practice, so exam keys never leave the server early.
     */
    public ResultView.Review check(long attemptId, String person, int position) {
        Attempt attempt = locked(attemptId, person);
        if (attempt.getQuiz().getMode() != QuizMode.PRACTICE || attempt.getStatus().isFinished()) {
            throw new QuizRefusedException(Reason.FINISHED);
        }
        if (position < 1 || position > attempt.getItems().size()) {
            throw new QuizRefusedException(Reason.MALFORMED_ANSWER);
        }
        return feedback(attempt, attempt.reveal(position));
    }

    /**
     * Practice mode: the feedback of each question already checked, by position, as {@link #check} gave it: the page
     * opened again shows it (it showed the questions only locked, the right answer and explanation gone: outside
     * check). Empty for an exam, or a paper handed in.
     */
    public java.util.Map<Integer, ResultView.Review> checked(long attemptId, String person) {
        Attempt attempt = locked(attemptId, person);
        java.util.Map<Integer, ResultView.Review> shown = new java.util.TreeMap<>();
        if (attempt.getQuiz().getMode() == QuizMode.PRACTICE && !attempt.getStatus().isFinished()) {
            attempt.getItems().stream().filter(AttemptItem::isRevealed)
                    .forEach(item -> shown.put(item.getPosition(), feedback(attempt, item)));
        }
        return shown;
    }

    private static ResultView.Review feedback(Attempt attempt, AttemptItem item) {
        return review(item, Scoring.score(item.getQuestion().answerKey(),
                new Response(item.getResponse() == null ? "" : item.getResponse()), attempt.getQuiz().getMultiCredit(),
                item.getQuestion().getStem()), attempt.getItems().size());
    }

    /**
     * Submits and scores the attempt. Submitting a finished attempt again changes nothing and returns its
     * result; a submit arriving after the deadline finishes it as expired with the answers saved in time.
     */
    public ResultView submit(long attemptId, String person) {
        Attempt attempt = locked(attemptId, person);
        if (!attempt.getStatus().isFinished()) {
            boolean inTime = QuizPolicy.accepts(attempt.getDeadline(), clock.instant(), Duration.ofSeconds(graceSeconds));
            finish(attempt, inTime ? AttemptStatus.SUBMITTED : AttemptStatus.EXPIRED);
        }
        return resultView(attempt);
    }

    public ResultView result(long attemptId, String person) {
        Attempt attempt = locked(attemptId, person);
        expireIfOverdue(List.of(attempt));
        if (!attempt.getStatus().isFinished()) {
            throw new QuizRefusedException(Reason.UNKNOWN_ATTEMPT);
        }
        return resultView(attempt);
    }

    /**
     * The certificate of a passed exam attempt, for its taker. Practice and contests, open attempts and failed
     * ones have none; a revoked one is refused, and so is a pass a later failed attempt superseded (SUPERSEDED).
     */
    public Certificate certificate(long attemptId, String person, String personName, String unit, ZoneId zone) {
        Attempt a = standingPass(attemptId, person);
        LocalDate passedOn = a.getFinishedAt().atZone(zone).toLocalDate();
        String code = certificates.issue(a.getId(), person, personName, a.getQuiz().getTitle(), passedOn);
        return new Certificate(unit, personName, person, a.getQuiz().getTitle(), a.getPercent(), passedOn, a.getId(),
                code, null);
    }

    /**
     * Voids a passed exam attempt on the secrecy office's side (an exam found void, say cheated), whether or not its
     * taker ever downloaded the certificate: the attempt's certificate record is made if there is none yet (the code
     * the taker would have got) and revoked at once by {@link Certificates#revoke}, the one revocation there is. So
     * the pass counts for no programme step or 学时 from then on, the taker can download no certificate for it, the
     * results, the secrecy file and the workbook say it is void, and the revocation is in the evidence chain
     * ({@code CERTIFICATE_REVOKED}). The attempt itself is not changed. Refused with {@link QuizRefusedException}:
     * {@code UNKNOWN_ATTEMPT} for an attempt that is not a finished, passed exam of this person,
     * {@code CERTIFICATE_REVOKED} when it is void already; {@link IllegalArgumentException} without a reason.
     */
    public Certificates.Verification voidPass(long attemptId, String person, String personName, ZoneId zone,
                                              String reason, String by) {
        // a reason that says nothing ("-", "无", "同意") is no reason (outside check ex-s36h 2)
        if (!org.shoumi.content.text.Texts.saysSomething(reason)) {
            throw new IllegalArgumentException("voiding an exam needs a reason");
        }
        Attempt a = passedExam(attemptId, person);
        String code = certificates.issue(a.getId(), person, personName, a.getQuiz().getTitle(),
                a.getFinishedAt().atZone(zone).toLocalDate());
        try {
            return certificates.revoke(code, reason, by);
        } catch (IllegalStateException revokedMeanwhile) {
            throw new QuizRefusedException(Reason.CERTIFICATE_REVOKED);
        }
    }

    /** The person's finished, passed exam attempt whose certificate stands, its row locked; refused otherwise. */
    private Attempt passedExam(long attemptId, String person) {
        Attempt a = locked(attemptId, person);
        if (a.getQuiz().getMode() != QuizMode.EXAM || !a.getStatus().isFinished() || !Boolean.TRUE.equals(a.getPassed())) {
            throw new QuizRefusedException(Reason.UNKNOWN_ATTEMPT);
        }
        if (certificates.revocationOf(a.getId()).isPresent()) {
            // revoked: the public check says so, and no new copy of it is made
            throw new QuizRefusedException(Reason.CERTIFICATE_REVOKED);
        }
        return a;
    }

    /** {@link #passedExam}, and the pass still stands: a later failure of a quiz graded by the last attempt did not supersede it. */
    private Attempt standingPass(long attemptId, String person) {
        Attempt a = passedExam(attemptId, person);
        if (superseded(a, revokedAttempts(person)).isPresent()) {
            throw new QuizRefusedException(Reason.SUPERSEDED);
        }
        return a;
    }

    /** Submits every attempt whose deadline has passed; returns how many. */
    public int expireOverdue() {
        Instant cutoff = clock.instant().minusSeconds(graceSeconds);
        List<Long> ids = em.createNamedQuery(Attempt.OVERDUE, Long.class)
                .setParameter("open", AttemptStatus.IN_PROGRESS).setParameter("now", cutoff).getResultList();
        int expired = 0;
        for (Long id : ids) {
            Attempt a = em.find(Attempt.class, id, LockModeType.PESSIMISTIC_WRITE);
            // read again under the lock: extra time granted since the list was read moved the deadline
            if (a != null && !a.getStatus().isFinished()
                    && !QuizPolicy.accepts(a.getDeadline(), clock.instant(), Duration.ofSeconds(graceSeconds))) {
                finish(a, AttemptStatus.EXPIRED);
                expired++;
            }
        }
        return expired;
    }

    private void expireIfOverdue(List<Attempt> attempts) {
        Instant now = clock.instant();
        for (Attempt a : attempts) {
            if (!a.getStatus().isFinished()
                    && !QuizPolicy.accepts(a.getDeadline(), now, Duration.ofSeconds(graceSeconds))) {
                finish(a, AttemptStatus.EXPIRED);
            }
        }
    }

    private void finish(Attempt attempt, AttemptStatus how) {
        Quiz quiz = attempt.getQuiz();
        Map<Long, BigDecimal> fractions = new HashMap<>();
        for (AttemptItem item : attempt.getItems()) {
            fractions.put(item.getId(), Scoring.score(item.getQuestion().answerKey(),
                    new Response(item.getResponse() == null ? "" : item.getResponse()), quiz.getMultiCredit(),
                    item.getQuestion().getStem()));
        }
        BigDecimal percent = Scoring.percent(new ArrayList<>(fractions.values()));
        Instant now = clock.instant();
        // a paper whose time ran out was in at its deadline, however late the sweep or the next opening found it
        Instant at = how == AttemptStatus.EXPIRED ? QuizPolicy.expiredAt(attempt.getDeadline(), now) : now;
        attempt.finish(how, at, i -> fractions.get(i.getId()), percent, QuizPolicy.passed(percent, quiz.getPassPercent()));
        // synchronous: observers (the mistake book, the portal's evidence log) run in this transaction
        finishedEvents.fire(new AttemptFinished(attempt.getId(), attempt.getPersonKey(),
                how == AttemptStatus.SUBMITTED));
    }

    /** What the draw chooses from: the person's open mistakes for the mistakes quiz, else the whole active bank. */
    private List<QuestionDraw.Candidate> pool(Quiz quiz, String person) {
        if (quiz.getCode().equals(MISTAKES_QUIZ)) {
            List<QuestionDraw.Candidate> mistakes = practicePool.openMistakes(person).stream()
                    .map(q -> new QuestionDraw.Candidate(q.getQuestionKey(), q.getCategory(), q.getDifficulty(),
                            q.getExclusionGroup())).toList();
            if (mistakes.isEmpty()) {
                throw new QuizRefusedException(Reason.NO_MISTAKES);
            }
            return mistakes;
        }
        return candidates.active();
    }

    private Quiz quiz(String code) {
        Optional<Quiz> quiz = em.createNamedQuery(Quiz.BY_CODE, Quiz.class).setParameter("code", code)
                .getResultList().stream().findFirst();
        if (quiz.isEmpty() && MISTAKES_QUIZ.equals(code)) {
            Quiz practice = new Quiz(MISTAKES_QUIZ, "错题练习", QuizMode.PRACTICE, List.of(new DrawRuleSpec(20, null, 1, 5)),
                    0, 0, 0, QuizPolicy.GradingMethod.LAST, FeedbackPolicy.FULL, Scoring.MultiCredit.PARTIAL)
                    .holdingNoTitle();
            em.persist(practice);
            return practice;
        }
        return quiz.filter(Quiz::isActive).orElseThrow(() -> new QuizRefusedException(Reason.UNKNOWN_QUIZ));
    }

    private List<Attempt> attemptsOf(Quiz quiz, String person) {
        return em.createNamedQuery(Attempt.OF_PERSON_AND_QUIZ, Attempt.class)
                .setParameter("person", person).setParameter("quiz", quiz).getResultList();
    }

    /**
     * The attempt, its row locked until the transaction ends. EclipseLink reads a locked row afresh, and since the
     * cached attempt has its questions loaded, it loads them again too (ForeignReferenceMapping.buildCloneFromRow);
     * a refresh-cascade hint does not change that. Locking without building the entity would (docs/benchmarks.md).
     */
    private Attempt locked(long attemptId, String person) {
        Attempt attempt = em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null) {
            throw new QuizRefusedException(Reason.UNKNOWN_ATTEMPT);
        }
        if (!attempt.getPersonKey().equals(person)) {
            throw new QuizRefusedException(Reason.NOT_YOURS);
        }
        return attempt;
    }

    private TakerView takerView(Attempt a) {
        long left = a.getDeadline() == null ? -1
                : Math.max(0, Duration.between(clock.instant(), a.getDeadline()).getSeconds());
        List<TakerView.Question> questions = a.getItems().stream().map(i -> new TakerView.Question(i.getPosition(),
                i.getQuestion().getType(), i.getQuestion().getStem(), shown(i), i.getQuestion().blankCount(),
                i.getResponse() == null ? "" : i.getResponse(), i.getSavedAt(), i.isRevealed())).toList();
        return new TakerView(a.getId(), a.getQuiz().getCode(), a.getQuiz().getTitle(), a.getQuiz().getMode(),
                a.getStatus(), a.getDeadline(), left, questions);
    }

    private static List<TakerView.Option> shown(AttemptItem item) {
        List<String> texts = item.getQuestion().getOptions();
        List<TakerView.Option> options = new ArrayList<>();
        String order = item.getOptionOrder();
        for (int i = 0; i < order.length(); i++) {
            int original = order.charAt(i) - 'A';
            options.add(new TakerView.Option(String.valueOf((char) ('A' + i)), String.valueOf(order.charAt(i)),
                    texts.get(original)));
        }
        return options;
    }

    private ResultView resultView(Attempt a) {
        Quiz quiz = a.getQuiz();
        List<ResultView.Review> review = new ArrayList<>();
        if (quiz.getFeedback() == FeedbackPolicy.FULL) {
            int questions = a.getItems().size();
            a.getItems().forEach(i -> review.add(review(i, i.getFraction(), questions)));
        }
        return new ResultView(a.getId(), quiz.getCode(), quiz.getTitle(), quiz.getMode(), a.getStatus(), a.getPercent(),
                Boolean.TRUE.equals(a.getPassed()), quiz.getPassPercent(), quiz.getFeedback(), review, a.getStartedAt());
    }

    private static ResultView.Review review(AttemptItem i, BigDecimal fraction, int questions) {
        BankQuestion q = i.getQuestion();
        List<TakerView.Option> options = shown(i);
        return new ResultView.Review(i.getPosition(), q.getStem(), options,
                display(q, options, i.getResponse() == null ? "" : i.getResponse()),
                display(q, options, q.answerKey().display()), fraction, q.getExplanation(),
                q.getClause() == null ? null : q.getClause().code(), q.getBasis(), q.getType(),
                Scoring.points(fraction, questions));
    }

    /** An answer in the taker's terms: the labels the options had in this attempt; TRUE/FALSE; blank texts. */
    private static String display(BankQuestion q, List<TakerView.Option> options, String stored) {
        return switch (q.getType()) {
            case SINGLE, MULTI -> options.stream().filter(o -> stored.contains(o.value()))
                    .map(TakerView.Option::label).collect(Collectors.joining());
            case JUDGE, FILL -> stored;
        };
    }
}
