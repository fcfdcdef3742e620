package org.shoumi.portal.web.quizzes;

import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import org.shoumi.portal.web.shared.PortalServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shoumi.portal.web.shared.LocaleSelection;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.PendingMessages;
import org.shoumi.portal.web.shared.Times;
import org.shoumi.portal.shared.TransientConflicts;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;
import org.shoumi.quizzes.attempts.boundary.QuizRefusedException;
import org.shoumi.quizzes.attempts.control.Response;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * Saves one answer of the take page ({@code quizzes/take.xhtml}, {@code js/quiz.js}): the page posts the
 * question's position, its answer ({@code answer}, once per chosen option as the letter shown, or per blank) and the
 * page's token; the
 * answer is saved exactly as the page's Faces form would save it, and the reply (JSON) carries the "saved at" note.
 * No Faces view is restored, visited or stored for this: an answer costs one small request whatever the length of
 * the exam (docs/architecture.md, "How an answer is saved").
 * <ul>
 * <li>{@code 200 {"saved": "…", "note": "…", "version": "…"}}: saved; {@code version} names this save (the page
 * keeps it, so that its hand-in never writes over an answer saved later from another tab);</li>
 * <li>{@code 200 {"alive": true}}: to a post with the token and {@code alive} (no answer), sent by the page before a
 * check or the hand-in: the session still takes the page's posts (an ended one is answered by
 * {@code AccountStateFilter}'s JSON 401 {@code {"login": true}} or the login page, as an answer is);</li>
 * <li>{@code 409 {"reload": true}}: the token is unknown to this session (the session was renewed, e.g. after the
 * login cookie outlived it): the page opens again with what was saved and says the last change may need doing
 * again, as an expired Faces view does;</li>
 * <li>{@code 409 {"redirect": "…"}}: the time is up or the paper was handed in: to the result, with the message;</li>
 * <li>{@code 422 {"error": "…"}}: refused (a malformed answer, a post whose fields cannot be read such as
 * {@code answer=%ZZ}, a blank longer than the page's field takes, a question already checked), or the database was
 * busy: the message to show; nothing was saved.</li>
 * </ul>
 * Only POST (a GET is the portal's 405 with {@code Allow: POST}, {@link PortalServlet}), from the page's own script
 * ({@code X-Requested-With}, which a form of another site cannot send) with the token the page was given; the login
 * filter and the web.xml constraints apply as to every page.
 */
@WebServlet("/quizzes/answer")
public class AnswerServlet extends PortalServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AnswerServlet.class.getName());

    @Inject
    transient QuizAttempts attempts;

    /** The largest answer post read: far above the longest answers a paper allows. */
    static final long MAX_BODY_BYTES = 1024L * 1024;

    /**
     * A post with the token and this parameter saves nothing: it asks whether the session still takes the page's
     * posts ({@code 200 {"alive": true}}), before a press whose Faces request would otherwise meet the login page in
     * Chinese, without a word that nothing was done (outside check).
     */
    static final String ALIVE = "alive";

    @Inject
    transient LocaleSelection localeSelection;

    @Inject
    transient Times times;

    @Inject
    transient PaperOffers paperOffers;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (request.getContentLengthLong() < 0 || request.getContentLengthLong() > MAX_BODY_BYTES) {
            // an answer is a few kilobytes; the container would keep a body of any size whole in memory
            refused(response, "quiz.refused.MALFORMED_ANSWER");
            return;
        }
        request.setCharacterEncoding("UTF-8");
        if (!parametersReadable(request)) {
            // a malformed escape (answer=%ZZ): the system-error page with a stack trace and an incident before
            refused(response, "quiz.refused.MALFORMED_ANSWER");
            return;
        }
        HttpSession session = request.getSession(false);
        Optional<AnswerTickets.Ticket> found = AnswerTickets.find(session, request.getParameter("token"),
                request.getRemoteUser());
        if (found.isEmpty()) {
            if (session != null) {
                keep(session, FacesMessage.SEVERITY_ERROR, "common.expiredReopened");
            }
            reply(response, 409, Json.createObjectBuilder().add("reload", true));
            return;
        }
        if (request.getParameter(ALIVE) != null) {
            // the page's check before a press that leaves it (查看本题答案, 交卷): this session still takes its posts
            reply(response, 200, Json.createObjectBuilder().add("alive", true));
            return;
        }
        AnswerTickets.Ticket ticket = found.get();
        if (!paperOffers.stillOffered(ticket.login(), ticket.quizCode())) {
            // the taker left the post or the unit since the page was opened, and no open programme of theirs asks
            // for the paper: not saved, and the page leaves it for the home page, as the take page opened again does
            // (outside check ex-s38b 3: answers were saved and the paper passed after the 离职 was approved)
            keep(session, FacesMessage.SEVERITY_ERROR, "quiz.take.leftRefused");
            reply(response, 409, Json.createObjectBuilder().add("redirect", request.getContextPath() + "/index.xhtml"));
            return;
        }
        int position = position(request.getParameter("position"));
        Optional<QuestionType> type = ticket.type(position);
        if (type.isEmpty()) {
            refused(response, "quiz.refused.MALFORMED_ANSWER");
            return;
        }
        String[] given = request.getParameterValues("answer");
        if (malformed(type.get(), given)) {
            refused(response, "quiz.refused.MALFORMED_ANSWER");
            return;
        }
        // the form's limit and its words: a longer blank was saved ("已保存") and the paper then refused at the
        // hand-in (outside check)
        int tooLong = tooLongBlank(type.get(), given);
        if (tooLong >= 0) {
            reply(response, 422, Json.createObjectBuilder().add("error", text("common.tooLong.field",
                    BlankAnswers.field(localeSelection.getLocale(), position, tooLong), TakeRow.BLANK_LENGTH,
                    given[tooLong].length())));
            return;
        }
        // the page sends the letters shown; saved in the bank's, through the attempt's option order
        Optional<Response> stored = OptionLetters.stored(type.get(), ticket.orders().get(position - 1),
                answer(type.get(), given, ticket.blanks().get(position - 1)));
        if (stored.isEmpty()) {
            refused(response, "quiz.refused.MALFORMED_ANSWER");
            return;
        }
        Response answer = stored.get();
        try {
            Instant at = TransientConflicts.retry(() -> attempts.save(ticket.attempt(), ticket.personKey(), position,
                    answer));
            String saved = times.timeOfDay(at);
            reply(response, 200, Json.createObjectBuilder().add("saved", saved)
                    .add("note", text("quiz.take.savedAt", saved)).add("version", QuizTakeView.version(at)));
        } catch (QuizRefusedException refused) {
            String key = "quiz.refused." + refused.reason().name();
            if (refused.reason() == QuizRefusedException.Reason.DEADLINE_PASSED
                    || refused.reason() == QuizRefusedException.Reason.FINISHED) {
                keep(session, FacesMessage.SEVERITY_WARN, key);
                reply(response, 409, Json.createObjectBuilder().add("redirect",
                        request.getContextPath() + "/quizzes/result.xhtml?attempt=" + ticket.attempt()));
            } else {
                refused(response, key);
            }
        } catch (TransientConflicts.Busy busy) {
            LOG.log(Level.FINE, "an answer not saved: the database stayed busy", busy);
            refused(response, "quiz.busy"); // not saved: the taker gives it again
        }
    }

    /**
     * Whether the values sent cannot be an answer of this type, so nothing is saved and the taker is told: two
     * values for one choice or one truth (outside check: TRUE and FALSE were saved as TRUE), or a multiple choice
     * value that is not one option letter (outside check: "Z" was dropped and "AB" as one value saved nothing, each
     * answered 已保存).
     */
    static boolean malformed(QuestionType type, String[] given) {
        if (given == null) {
            return false;
        }
        return switch (type) {
            case SINGLE, JUDGE -> given.length > 1;
            case MULTI -> Arrays.stream(given).anyMatch(v -> v != null && !v.isBlank()
                    && !v.strip().matches("[A-Fa-f]"));
            case FILL -> false;
        };
    }

    /**
     * The first blank (from 0) longer than the page's field takes ({@link TakeRow#BLANK_LENGTH}, counted as the
     * field's check counts), or -1.
     */
    static int tooLongBlank(QuestionType type, String[] given) {
        if (type != QuestionType.FILL || given == null) {
            return -1;
        }
        for (int i = 0; i < given.length; i++) {
            if (given[i] != null && given[i].length() > TakeRow.BLANK_LENGTH) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The answer as the take page's form gives it for this type: the chosen option value or TRUE/FALSE, the
     * chosen letters, or every blank in order (missing ones empty).
     */
    static Response answer(QuestionType type, String[] given, int blanks) {
        List<String> values = given == null ? List.of() : Arrays.asList(given);
        return switch (type) {
            case SINGLE, JUDGE -> new Response(values.isEmpty() || values.get(0) == null ? "" : values.get(0));
            case MULTI -> Response.ofLetters(values.stream().filter(v -> v != null && !v.isBlank()).toList());
            case FILL -> {
                String[] all = new String[Math.max(blanks, values.size())];
                for (int i = 0; i < all.length; i++) {
                    all[i] = i < values.size() && values.get(i) != null ? values.get(i) : "";
                }
                yield Response.ofBlanks(Arrays.asList(all));
            }
        };
    }

    static int position(String given) {
        try {
            return given == null ? 0 : Integer.parseInt(given.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private void refused(HttpServletResponse response, String key) throws IOException {
        reply(response, 422, Json.createObjectBuilder().add("error", text(key)));
    }

    private String text(String key, Object... args) {
        return Messages.text(localeSelection.getLocale(), key, args);
    }

    /** A message for the page this session opens next (the result page, or the take page opened again). */
    private void keep(HttpSession session, FacesMessage.Severity severity, String key) {
        PendingMessages.keep(session, new FacesMessage(severity, text(key), null));
    }

    private static void reply(HttpServletResponse response, int status, JsonObjectBuilder body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body.build().toString());
    }
}
