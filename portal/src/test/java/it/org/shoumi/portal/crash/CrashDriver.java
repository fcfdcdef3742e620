package it.org.shoumi.portal.crash;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Collections;
import java.util.List;
import org.shoumi.quizzes.attempts.boundary.QuizAttempts;
import org.shoumi.quizzes.attempts.boundary.QuizDraft;
import org.shoumi.quizzes.attempts.boundary.Quizzes;
import org.shoumi.quizzes.attempts.boundary.ResultView;
import org.shoumi.quizzes.attempts.boundary.TakerView;
import org.shoumi.quizzes.attempts.control.QuizPolicy.GradingMethod;
import org.shoumi.quizzes.attempts.control.Response;
import org.shoumi.quizzes.attempts.control.Scoring.MultiCredit;
import org.shoumi.quizzes.attempts.entity.FeedbackPolicy;
import org.shoumi.quizzes.attempts.entity.QuizMode;

/**
 * Test-only, added to the war the crash test deploys (never part of the portal): HTTP access to the same
 * boundary calls the take page makes ({@link QuizAttempts#start}, {@code save}, {@code submit}), and a read of
 * what the database holds for one quiz. A save answers 200 with {@code "saved":true} only after the boundary's
 * transaction committed. Behind the API filter, so the test sends the API token.
 */
@Path("crash-driver")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CrashDriver {

    @Inject
    QuizAttempts attempts;

    @Inject
    Quizzes quizzes;

    @PersistenceContext(unitName = "shoumi")
    EntityManager em;

    @GET
    @Path("ping")
    public JsonObject ping() {
        return Json.createObjectBuilder().add("ok", true).build();
    }

    @POST
    @Path("quiz")
    public JsonObject quiz(@QueryParam("code") String code, @QueryParam("questions") int questions) {
        quizzes.define(new QuizDraft(code, "崩溃测试 " + code, QuizMode.EXAM, questions, null, 1, 5, 60, 60, 99,
                GradingMethod.HIGHEST, FeedbackPolicy.FULL, MultiCredit.PARTIAL));
        return Json.createObjectBuilder().add("code", code).build();
    }

    /** Starts (or resumes) an attempt; gives, per position, the answer the taker will give. */
    @POST
    @Path("start")
    public JsonObject start(@QueryParam("quiz") String quiz, @QueryParam("person") String person) {
        TakerView view = attempts.start(quiz, person, "CRASH");
        JsonArrayBuilder answers = Json.createArrayBuilder();
        for (TakerView.Question q : view.questions()) {
            answers.add(Json.createObjectBuilder().add("position", q.position()).add("answer", answer(q).stored()));
        }
        return Json.createObjectBuilder().add("attemptId", view.attemptId()).add("answers", answers).build();
    }

    @POST
    @Path("save")
    public JsonObject save(@QueryParam("attempt") long attempt, @QueryParam("person") String person,
                           @QueryParam("position") int position, @QueryParam("answer") String answer) {
        attempts.save(attempt, person, position, new Response(answer));
        return Json.createObjectBuilder().add("saved", true).add("position", position).build();
    }

    @POST
    @Path("submit")
    public JsonObject submit(@QueryParam("attempt") long attempt, @QueryParam("person") String person) {
        ResultView result = attempts.submit(attempt, person);
        return Json.createObjectBuilder().add("attemptId", result.attemptId()).add("status", result.status().name())
                .add("percent", result.percent().toPlainString()).build();
    }

    /** Every attempt at {@code quiz} as the database holds it, with its saved answers. */
    @GET
    @Path("state")
    @SuppressWarnings("unchecked")
    public JsonObject state(@QueryParam("quiz") String quiz) {
        List<Object[]> rows = em.createNativeQuery("SELECT a.id, a.person_key, a.number, a.status, a.percent "
                + "FROM attempt a JOIN quiz q ON a.quiz_id = q.id WHERE q.code = ? ORDER BY a.id")
                .setParameter(1, quiz).getResultList();
        List<Object[]> items = em.createNativeQuery("SELECT i.attempt_id, i.position, i.response FROM attempt_item i "
                + "JOIN attempt a ON i.attempt_id = a.id JOIN quiz q ON a.quiz_id = q.id WHERE q.code = ?")
                .setParameter(1, quiz).getResultList();
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            JsonObjectBuilder answers = Json.createObjectBuilder();
            for (Object[] item : items) {
                if (((Number) item[0]).longValue() == id && item[2] != null) {
                    answers.add(String.valueOf(((Number) item[1]).intValue()), (String) item[2]);
                }
            }
            all.add(Json.createObjectBuilder().add("id", id).add("person", (String) row[1])
                    .add("number", ((Number) row[2]).intValue()).add("status", (String) row[3])
                    .add("percent", row[4] == null ? "" : row[4].toString()).add("answers", answers));
        }
        return Json.createObjectBuilder().add("attempts", all).build();
    }

    /** A well-formed answer that differs between positions: option by position, true/false, text in blanks. */
    private static Response answer(TakerView.Question q) {
        return switch (q.type()) {
            case SINGLE -> new Response(q.options().get(q.position() % q.options().size()).value());
            case MULTI -> new Response(q.options().get(0).value());
            case JUDGE -> Response.ofTruth(q.position() % 2 == 0);
            case FILL -> Response.ofBlanks(Collections.nCopies(q.blanks(), "保密" + q.position()));
        };
    }
}
