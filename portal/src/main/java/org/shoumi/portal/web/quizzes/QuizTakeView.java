package org.shoumi.portal.web.quizzes;

import org.shoumi.portal.web.shared.Actions;
import org.shoumi.portal.web.shared.NotFound;
import jakarta.faces.context.ExternalContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.web.shared.CurrentPerson;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.Times;
import org.shoumi.portal.shared.TransientConflicts;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;
import org.shoumi.quizzes.attempts.boundary.QuizRefusedException;
import org.shoumi.quizzes.attempts.boundary.ResultView;
import org.shoumi.quizzes.attempts.boundary.TakerView;
import org.shoumi.quizzes.attempts.control.Response;

/**
 * Taking a quiz. Each answer goes to the server as soon as it is given (the page then shows when it was
 * saved); reopening the page, in another session or after a lost connection, shows the saved answers. The
 * remaining time comes from the server; when the server says the time is up, the page goes to the result.
 */
@Named
@ViewScoped
public class QuizTakeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuizAttempts attempts;

    @Inject
    CurrentPerson person;

    @Inject
    ExternalContext external;

    @Inject
    Messages messages;

    @Inject
    Times times;

    @Inject
    org.shoumi.portal.web.shared.LocaleSelection localeSelection;

    @Inject
    PaperOffers paperOffers;

    @Inject
    Programmes programmes;

    private Long attempt;
    private String personKey;
    private TakerView view;
    private final Map<Integer, String> choice = new HashMap<>();
    private final Map<Integer, List<String>> choices = new HashMap<>();
    private final Map<Integer, List<String>> blanks = new HashMap<>();
    private final Map<Integer, String> savedAt = new HashMap<>();
    /**
     * Per question, the save this page last knew of (the epoch milliseconds of its time, "" for none): the one it
     * was opened with, then each one its script or its own action had confirmed. The form carries it back (a hidden
     * field per question), so that the hand-in tells an answer saved from another tab from one saved here.
     */
    private final Map<Integer, String> known = new HashMap<>();
    private final Map<Integer, ResultView.Review> checked = new HashMap<>();
    private boolean noNewAttempt;
    private List<TakeRow> rows = List.of();
    private String answerToken;

    public void load() throws IOException {
        personKey = person.employeeNo().orElse(null);
        if (attempt == null || personKey == null) {
            NotFound.answer(external);
            return;
        }
        try {
            view = TransientConflicts.retry(() -> attempts.view(attempt, personKey));
        } catch (QuizRefusedException refused) {
            // 404 for someone else's attempt too: nobody learns by trying ids which attempts exist
            NotFound.answer(external);
            return;
        }
        if (view.finished()) {
            external.redirect(external.getRequestContextPath() + "/quizzes/result.xhtml?attempt=" + attempt);
            return;
        }
        if (!stillOffered()) {
            // a leaver's paper their closed programmes no longer ask for (or any paper, once they left the unit):
            // the home page no longer offers it, and its address does not open it either (outside check)
            messages.warn("quiz.take.noLongerAsked");
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
            return;
        }
        // a paper opened before its quiz became a campaign's (or plan item's) not given to this person runs to its end,
        // as the guide says; the page says that no new attempt can be started (the start page answers 404)
        noNewAttempt = !programmes.mayTake(personKey, view.quizCode());
        rows = view.questions().stream().map(TakeRow::new).toList();
        // each answer is saved by js/quiz.js through the answer endpoint (AnswerServlet), with this page's token
        answerToken = AnswerTickets.issue((HttpSession) external.getSession(true), attempt, view.quizCode(),
                external.getRemoteUser(),
                personKey, view.questions().stream().map(TakerView.Question::type).toList(),
                view.questions().stream().map(TakerView.Question::blanks).toList(),
                view.questions().stream().map(OptionLetters::order).toList()).token();
        for (TakerView.Question q : view.questions()) {
            // the page holds the letters shown (OptionLetters), the attempt the bank's
            Response r = new Response(OptionLetters.shown(q.type(), OptionLetters.order(q), q.response()));
            switch (q.type()) {
                case SINGLE -> choice.put(q.position(), r.isEmpty() ? null : r.stored());
                case JUDGE -> choice.put(q.position(), r.isEmpty() ? null : r.stored());
                case MULTI -> choices.put(q.position(), new ArrayList<>(r.letters()));
                case FILL -> {
                    List<String> given = new ArrayList<>(r.blanks());
                    while (given.size() < q.blanks()) {
                        given.add("");
                    }
                    blanks.put(q.position(), given);
                }
            }
            if (q.savedAt() != null) {
                savedAt.put(q.position(), times.timeOfDay(q.savedAt()));
            }
            known.put(q.position(), version(q.savedAt()));
        }
        // practice: a question checked before the page was opened again shows its feedback again, not only locked
        if (view.questions().stream().anyMatch(TakerView.Question::checked)) {
            call(() -> attempts.checked(attempt, personKey), "quiz.busy").ifPresent(checked::putAll);
        }
    }

    /**
     * Whether the quiz is no longer offered to the taker for a new attempt (it became a campaign's or plan item's quiz
     * not given to them after this paper was opened): the paper may still be finished, and the page says so.
     */
    public boolean isNoNewAttempt() {
        return noNewAttempt;
    }

    /** Whether the taker may still go on with this paper, as the home page offers it ({@code LeaverOffers}). */
    private boolean stillOffered() {
        return paperOffers.stillOffered(external.getRemoteUser(), view.quizCode());
    }

    /**
     * A paper no longer offered to its taker (they left the post or the unit since the page was opened, and no open
     * programme of theirs asks for it): the answer, check or hand-in is refused and said, nothing saved or handed in,
     * and the taker goes home, as the page opened again sends them (outside check ex-s38b 3: answers were saved and
     * the paper handed in and recorded as passed after the 离职 was approved). The answers saved before stay.
     */
    private boolean refusedAfterLeaving(String quizCode) throws IOException {
        if (paperOffers.stillOffered(external.getRemoteUser(), quizCode)) {
            return false;
        }
        messages.error("quiz.take.leftRefused");
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
        return true;
    }

    /** Saves the answer of one question (called by the page on every change). */
    public void save(int position) throws IOException {
        if (view == null || position < 1 || position > view.questions().size()) {
            messages.error("quiz.refused.MALFORMED_ANSWER");
            return;
        }
        if (refusedAfterLeaving(view.quizCode())) {
            return;
        }
        Response response = shown(view.questions().get(position - 1));
        // busy: not saved, the taker gives it again
        call(() -> attempts.save(attempt, personKey, position, response), "quiz.refused.MALFORMED_ANSWER")
                .ifPresent(at -> {
                    savedAt.put(position, times.timeOfDay(at));
                    known.put(position, version(at));
                });
    }

    /** A save as the page and its script name it: the epoch milliseconds of its time, "" for none. */
    static String version(java.time.Instant at) {
        return at == null ? "" : Long.toString(at.toEpochMilli());
    }

    /**
     * Whether the answer the server holds was saved after the save this page last knew of ({@code known}): saved from
     * another tab or window, later than anything this page confirmed. A millisecond either way is the same save (a
     * database may keep its time a little rounded).
     */
    static boolean savedElsewhere(java.time.Instant serverSaved, String known) {
        if (serverSaved == null) {
            return false;
        }
        if (known == null || known.isBlank()) {
            return true;
        }
        try {
            return serverSaved.toEpochMilli() - Long.parseLong(known.strip()) > 1;
        } catch (NumberFormatException notASave) {
            return true;
        }
    }


    /** Practice: shows whether this answer is right, with the explanation; the answer is final afterwards. */
    public void check(int position) throws IOException {
        if (view != null && refusedAfterLeaving(view.quizCode())) {
            return;
        }
        save(position);
        // busy: like saving and submitting, a message, not an error page
        Optional<ResultView.Review> review = call(() -> attempts.check(attempt, personKey, position), "quiz.busy");
        if (review.isPresent()) {
            checked.put(position, review.get());
            if (position >= 1 && position <= rows.size()) {
                rows.get(position - 1).lock();
            }
        }
    }

    /**
     * One call of the attempts' boundary, tried again while the database is busy. A refusal is said as
     * {@link #handle} says it (time up or handed in: the result page), a database still busy with {@code busyKey};
     * either gives nothing, and the action stops there.
     */
    private <T> Optional<T> call(Supplier<T> action, String busyKey) throws IOException {
        try {
            return Optional.ofNullable(TransientConflicts.retry(action));
        } catch (QuizRefusedException refused) {
            handle(refused);
        } catch (TransientConflicts.Busy busy) {
            messages.error(busyKey);
        }
        return Optional.empty();
    }

    /** The answer the page holds for a question, as the taker last gave it in the form. */
    private Response shown(TakerView.Question q) {
        int position = q.position();
        Response given = switch (q.type()) {
            case SINGLE, JUDGE -> new Response(choice.get(position) == null ? "" : choice.get(position));
            case MULTI -> Response.ofLetters(choices.getOrDefault(position, List.of()));
            case FILL -> Response.ofBlanks(blanksGiven(position, q.blanks()));
        };
        // in the bank's letters; a letter no option has is an answer the attempt refuses
        return OptionLetters.stored(q.type(), OptionLetters.order(q), given).orElse(new Response("?"));
    }

    /**
     * The blanks of a fill-in question as the form holds them. The fields sit in a {@code ui:repeat} inside the
     * questions' {@code ui:repeat}, whose binding {@code blanks[pos][b]} an outside check found empty at a hand-in
     * without the page's script (every blank "您的答案：未作答", the choices of the same form kept). So the hand-in does
     * not depend on it: the fields' values are read from the request by their client ids
     * ({@code take:questions:<row>:blanks:<b>:blank}); the bound values serve only where the request has none (a
     * field disabled once its question was checked).
     */
    private List<String> blanksGiven(int position, int count) {
        List<String> bound = blanks.getOrDefault(position, List.of());
        Map<String, String> posted = external.getRequestParameterMap();
        List<String> given = new ArrayList<>();
        boolean any = false;
        for (int b = 0; b < count; b++) {
            String value = posted.get(blankField(position, b));
            any |= value != null;
            given.add(value != null ? value : b < bound.size() ? bound.get(b) : "");
        }
        return any ? given : bound;
    }

    /** The client id of blank {@code b} (from 0) of question {@code position} (from 1) in take.xhtml. */
    static String blankField(int position, int b) {
        return "take:questions:" + (position - 1) + ":blanks:" + b + ":blank";
    }

    /**
     * Before handing in: the answers given on this page that differ from those saved are saved first.
     * Each answer is saved by the page's script as it is given, but without the script, or when a save was lost on
     * the way, the paper was marked on what had reached the server, and the answers on screen counted for nothing
     * (found by an outside check: "Your answer: none" for nine answered questions). A refusal (time is up) stops
     * here; the hand-in then says what happened.
     */
    private void saveWhatTheFormHolds(TakerView stored) throws IOException {
        if (view == null || personKey == null) {
            return; // the page's beans are gone: what the form held is not known
        }
        List<Integer> keptNewer = new ArrayList<>();
        try {
            for (TakerView.Question q : stored.questions()) {
                Response given = shown(q);
                Response saved = new Response(q.response() == null ? "" : q.response());
                // an empty field never overwrites a saved answer (outside check: a stale tab's hand-in wiped three
                // saved answers, "0 分 不合格")
                if (q.checked() || given.isEmpty() || given.stored().equals(saved.stored())) {
                    continue;
                }
                if (savedElsewhere(q.savedAt(), known.get(q.position()))) {
                    // saved from another tab after anything this page knew: the last answer the server confirmed
                    // stands, and the taker is told (outside check: a stale tab's hand-in wrote its older answer
                    // over the one saved later in another tab, without a word)
                    keptNewer.add(q.position());
                    continue;
                }
                TransientConflicts.retry(() -> attempts.save(attempt, personKey, q.position(), given));
            }
        } catch (QuizRefusedException | TransientConflicts.Busy stop) {
            // time is up, the paper is handed in, or the database is busy: the hand-in that follows answers for it
        }
        if (!keptNewer.isEmpty()) {
            messages.warn("quiz.take.keptNewer", keptNewer.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(messages.text("common.listSeparator"))));
        }
    }

    public String submit() throws IOException {
        // the person of the page, or, when its beans are gone (a page posted again after it was left), the person
        // logged in: a paper handed in already then opens its result instead of "someone else's paper"
        String me = personKey != null ? personKey : person.employeeNo().orElse(null);
        if (attempt == null || me == null) {
            NotFound.answer(external);
            return null;
        }
        // busy: nothing was submitted, the saved answers stay; refused (a re-post of a page whose attempt is gone or
        // is not this person's): said, not a 500
        Optional<TakerView> stored = call(() -> attempts.view(attempt, me), "quiz.busy");
        return stored.isEmpty() ? null : handIn(me, stored.get());
    }

    /** Hands in the paper of {@code me} as just read ({@code stored}), after saving what the form holds. */
    private String handIn(String me, TakerView stored) throws IOException {
        if (stored.finished()) {
            // found by an outside check: handing in from a second tab after the first had handed the paper in landed
            // on the result ("0 分 不合格") without a word, the answers of that tab ignored; it is said, as the
            // autosave says it (a paper whose time ran out says so)
            messages.warn(stored.status() == org.shoumi.quizzes.attempts.entity.AttemptStatus.EXPIRED
                    ? "quiz.refused.DEADLINE_PASSED" : "quiz.refused.FINISHED");
            return Actions.redirect("/quizzes/result.xhtml?attempt=" + attempt);
        }
        if (refusedAfterLeaving(stored.quizCode())) {
            return null; // nothing saved or handed in: the answers saved in post stay as they are
        }
        if (me.equals(personKey)) {
            saveWhatTheFormHolds(stored);
        }
        if (call(() -> attempts.submit(attempt, me), "quiz.busy").isEmpty()) {
            return null; // busy: nothing was submitted, the saved answers stay
        }
        return Actions.redirect("/quizzes/result.xhtml?attempt=" + attempt);
    }

    /**
     * The page's countdown reached zero (its hidden button): the paper is handed in, unless the server's deadline is
     * later than the page was told because extra time was granted while it was open (found by an outside check: the
     * quiz list said 30 minutes, the open page still handed in after 20). The page then opens again with the time
     * left and says so; what the form holds is saved first. The paper read here is the one handed in (it was read
     * twice).
     */
    public String timeUp() throws IOException {
        if (view == null || personKey == null) {
            return submit();
        }
        TakerView now;
        try {
            now = TransientConflicts.retry(() -> attempts.view(attempt, personKey));
        } catch (QuizRefusedException | TransientConflicts.Busy handInInstead) {
            return submit(); // the hand-in says what happened
        }
        if (!now.finished() && view.deadline() != null && now.deadline() != null
                && now.deadline().isAfter(view.deadline()) && now.secondsLeft() > 0) {
            saveWhatTheFormHolds(now);
            messages.info("quiz.take.extended");
            return Actions.redirect("/quizzes/take.xhtml?attempt=" + attempt);
        }
        return handIn(personKey, now);
    }

    private void handle(QuizRefusedException refused) throws IOException {
        if (refused.reason() == QuizRefusedException.Reason.DEADLINE_PASSED
                || refused.reason() == QuizRefusedException.Reason.FINISHED) {
            messages.warn("quiz.refused." + refused.reason().name());
            external.redirect(external.getRequestContextPath() + "/quizzes/result.xhtml?attempt=" + attempt);
        } else if (refused.reason() == QuizRefusedException.Reason.NOT_YOURS) {
            // someone else's attempt reads as one that does not exist, as the page's address answers 404 for both:
            // nobody learns which attempt ids exist by trying them
            messages.error("quiz.refused." + QuizRefusedException.Reason.UNKNOWN_ATTEMPT.name());
        } else {
            messages.error("quiz.refused." + refused.reason().name());
        }
    }

    /** The questions as the page shows them. */
    public List<TakeRow> getRows() {
        return rows;
    }

    /** Practice mode: each question has its "check" button. */
    public boolean isPractice() {
        return view != null && view.mode() == org.shoumi.quizzes.attempts.entity.QuizMode.PRACTICE;
    }

    /**
     * The login page for the page's script to lead to when the session ended while the paper was open (AnswerServlet
     * is then answered {@code 401 {"login":true}}): in the page's language, and back to this paper after the login.
     */
    public String getLoginAddress() {
        return external.getRequestContextPath() + org.shoumi.portal.web.shared.ReturnPath.loginPage(
                java.util.Optional.of("/quizzes/take.xhtml?attempt=" + attempt)) + "&lang=" + localeSelection.getLanguage();
    }

    /** The token the page's script sends with each answer (AnswerServlet). */
    public String getAnswerToken() {
        return answerToken;
    }

    public Long getAttempt() {
        return attempt;
    }

    public void setAttempt(Long attempt) {
        this.attempt = attempt;
    }

    public TakerView getView() {
        return view;
    }

    public Map<Integer, String> getChoice() {
        return choice;
    }

    public Map<Integer, List<String>> getChoices() {
        return choices;
    }

    public Map<Integer, List<String>> getBlanks() {
        return blanks;
    }

    public Map<Integer, String> getSavedAt() {
        return savedAt;
    }

    /** Per question, the save this page last knew of (see {@link #known}); the form's hidden field per question. */
    public Map<Integer, String> getKnown() {
        return known;
    }

    public Map<Integer, ResultView.Review> getChecked() {
        return checked;
    }
}
