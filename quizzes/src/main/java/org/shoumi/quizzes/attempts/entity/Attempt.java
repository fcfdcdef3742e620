package org.shoumi.quizzes.attempts.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.shoumi.quizzes.bank.entity.QuestionKey;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * One person's attempt at a quiz, guarding its own state machine:
 * <pre>
 *   IN_PROGRESS ──submit()──────────────▶ SUBMITTED
 *        └──────expireIfDue() / late submit()──▶ EXPIRED (graded with the answers saved so far)
 * </pre>
 * <ul>
 *   <li>Answers are accepted only while IN_PROGRESS and not after {@code deadline + grace}
 *       ({@link #acceptsAnswerAt(Instant)}); otherwise {@link AnswerRefusedException}.</li>
 *   <li>Submitting is idempotent: the grader runs once and every later submit returns the same result.</li>
 *   <li>A submit that arrives after deadline + grace expires the attempt instead, at the deadline.</li>
 * </ul>
 * The deadline is fixed at start (see {@code QuizPolicy.deadline}); time is always passed in, never read
 * from a clock. Not thread-safe: the boundary serialises access per attempt (e.g. by a row lock).
 */
public final class Attempt {

    private final String id;
    private final String personId;
    private final String quizKey;
    private final Instant startedAt;
    private final Instant deadline;
    private final Duration grace;
    private final List<DrawnQuestion> questions;
    private final Map<QuestionKey, Response> responses;
    private AttemptStatus status;
    private Instant finishedAt;
    private AttemptResult result;

    private Attempt(String id, String personId, String quizKey, Instant startedAt, Instant deadline, Duration grace,
                    List<DrawnQuestion> questions, Map<QuestionKey, Response> responses, AttemptStatus status,
                    Instant finishedAt, AttemptResult result) {
        this.id = Objects.requireNonNull(id, "id");
        this.personId = Objects.requireNonNull(personId, "personId");
        this.quizKey = Objects.requireNonNull(quizKey, "quizKey");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.deadline = deadline;
        this.grace = grace == null ? Duration.ZERO : grace;
        if (this.grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative");
        }
        if (deadline != null && deadline.isBefore(startedAt)) {
            throw new IllegalArgumentException("deadline before start");
        }
        if (questions == null || questions.isEmpty()) {
            throw new IllegalArgumentException("an attempt needs at least one question");
        }
        this.questions = List.copyOf(questions);
        if (this.questions.stream().map(DrawnQuestion::key).distinct().count() != this.questions.size()) {
            throw new IllegalArgumentException("a question appears twice in the attempt");
        }
        this.responses = new LinkedHashMap<>(responses);
        this.status = Objects.requireNonNull(status, "status");
        this.finishedAt = finishedAt;
        this.result = result;
        if (status.isFinished() != (result != null)) {
            throw new IllegalArgumentException("a finished attempt has a result, an unfinished one has none");
        }
    }

    /**
     * Starts an attempt.
     *
     * @param deadline the instant after which no answer counts (null: no time limit)
     * @param grace    extra time accepted after the deadline for network latency (null: none)
     */
    public static Attempt start(String id, String personId, String quizKey, List<DrawnQuestion> questions,
                                Instant startedAt, Instant deadline, Duration grace) {
        return new Attempt(id, personId, quizKey, startedAt, deadline, grace, questions, Map.of(),
                AttemptStatus.IN_PROGRESS, null, null);
    }

    /** Rebuilds an attempt from stored state (for the persistence layer); checks the same invariants. */
    public static Attempt restore(String id, String personId, String quizKey, List<DrawnQuestion> questions,
                                  Instant startedAt, Instant deadline, Duration grace,
                                  Map<QuestionKey, Response> responses, AttemptStatus status,
                                  Instant finishedAt, AttemptResult result) {
        return new Attempt(id, personId, quizKey, startedAt, deadline, grace, questions, responses, status,
                finishedAt, result);
    }

    /** Whether an answer saved at {@code now} is accepted: in progress and not after deadline + grace. */
    public boolean acceptsAnswerAt(Instant now) {
        return status == AttemptStatus.IN_PROGRESS && !pastDeadline(now);
    }

    private boolean pastDeadline(Instant now) {
        return deadline != null && now.isAfter(deadline.plus(grace));
    }

    /**
     * Saves (or replaces) the response to one question (autosave).
     *
     * @throws AnswerRefusedException when finished, past the deadline, the question is not in the attempt,
     *                                or the response does not fit the question
     */
    public void saveAnswer(QuestionKey question, Response response, Instant now) {
        Objects.requireNonNull(response, "response");
        checkAccepts(question, now);
        DrawnQuestion drawn = drawn(question);
        String problem = misfit(drawn, response);
        if (problem != null) {
            throw new AnswerRefusedException(AnswerRefusedException.Reason.INVALID_RESPONSE, problem);
        }
        responses.put(question, response);
    }

    /** Removes the response to one question (the taker cleared it); same refusal rules as saving. */
    public void clearAnswer(QuestionKey question, Instant now) {
        checkAccepts(question, now);
        responses.remove(question);
    }

    private void checkAccepts(QuestionKey question, Instant now) {
        if (status != AttemptStatus.IN_PROGRESS) {
            throw new AnswerRefusedException(AnswerRefusedException.Reason.NOT_IN_PROGRESS,
                    "attempt " + id + " is " + status);
        }
        if (pastDeadline(now)) {
            throw new AnswerRefusedException(AnswerRefusedException.Reason.DEADLINE_PASSED,
                    "attempt " + id + " closed at " + deadline + " (+" + grace + " grace); answer at " + now);
        }
        if (questions.stream().noneMatch(q -> q.key().equals(question))) {
            throw new AnswerRefusedException(AnswerRefusedException.Reason.UNKNOWN_QUESTION,
                    "question " + question + " is not part of attempt " + id);
        }
    }

    private static String misfit(DrawnQuestion q, Response r) {
        QuestionType t = q.type();
        if (t == QuestionType.SINGLE || t == QuestionType.MULTI) {
            if (!(r instanceof Response.Choice c)) {
                return "a " + t + " question takes a choice response";
            }
            if (!q.optionOrder().containsAll(c.optionIds())) {
                return "unknown option in " + c.optionIds();
            }
            if (t == QuestionType.SINGLE && c.optionIds().size() > 1) {
                return "a SINGLE question takes one option";
            }
            return null;
        }
        if (t == QuestionType.JUDGE) {
            return r instanceof Response.Judge ? null : "a JUDGE question takes a true/false response";
        }
        return r instanceof Response.Fill ? null : "a FILL question takes a fill response";
    }

    /**
     * Submits the attempt and returns its result. Idempotent: if already finished, returns the first result
     * without grading again. If {@code now} is after deadline + grace, the attempt expires instead (graded
     * with the saved answers, finished at the deadline).
     */
    public AttemptResult submit(Instant now, AttemptGrader grader) {
        if (status.isFinished()) {
            return result;
        }
        if (pastDeadline(now)) {
            finish(AttemptStatus.EXPIRED, deadline, grader);
        } else {
            finish(AttemptStatus.SUBMITTED, now, grader);
        }
        return result;
    }

    /**
     * Expires the attempt if it is still in progress and {@code now} is after deadline + grace
     * (for a sweeper job or when the taker comes back). Returns the result if it expired now.
     */
    public Optional<AttemptResult> expireIfDue(Instant now, AttemptGrader grader) {
        if (status == AttemptStatus.IN_PROGRESS && pastDeadline(now)) {
            finish(AttemptStatus.EXPIRED, deadline, grader);
            return Optional.of(result);
        }
        return Optional.empty();
    }

    private void finish(AttemptStatus newStatus, Instant at, AttemptGrader grader) {
        AttemptResult graded = Objects.requireNonNull(grader.grade(questions, Collections.unmodifiableMap(responses)),
                "grader returned null");
        this.result = graded;
        this.status = newStatus;
        this.finishedAt = at;
    }

    private DrawnQuestion drawn(QuestionKey key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow();
    }

    public String id() { return id; }
    public String personId() { return personId; }
    public String quizKey() { return quizKey; }
    public Instant startedAt() { return startedAt; }
    public Optional<Instant> deadline() { return Optional.ofNullable(deadline); }
    public Duration grace() { return grace; }
    public List<DrawnQuestion> questions() { return questions; }
    public AttemptStatus status() { return status; }
    public Optional<Instant> finishedAt() { return Optional.ofNullable(finishedAt); }
    public Optional<AttemptResult> result() { return Optional.ofNullable(result); }

    /** The saved responses, read-only, in the order they were first saved. */
    public Map<QuestionKey, Response> responses() {
        return Collections.unmodifiableMap(responses);
    }

    public Optional<Response> response(QuestionKey key) {
        return Optional.ofNullable(responses.get(key));
    }
}
