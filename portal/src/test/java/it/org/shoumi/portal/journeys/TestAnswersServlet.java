package it.org.shoumi.portal.journeys;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.shoumi.quizzes.bank.boundary.QuestionBank;
import org.shoumi.quizzes.bank.control.AnswerKey;
import org.shoumi.quizzes.bank.entity.BankQuestion;

/**
 * Test only, added to the browser journeys' deployment ({@link BrowserJourney}), never part of the portal: what one who
 * studied would answer to a question as the taking page shows it, looked up in the bank as it is on this server
 * (whatever other tests imported into it). {@code GET /test-answers?shown=<the stem as shown, UTF-8, Base64url>}
 * answers {@code CHOICE} followed by one line per right option's text, {@code JUDGE TRUE|FALSE}, or {@code FILL}
 * followed by one line per blank with its first accepted answer.
 */
@WebServlet("/test-answers")
public class TestAnswersServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QuestionBank bank;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the shown text comes Base64url-encoded (UTF-8), so no container decoding of the query string can garble it
        String encoded = request.getParameter("shown");
        String shown = encoded == null ? null
                : new String(java.util.Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        BankQuestion q = bank.active().stream().filter(b -> shown != null && shown.contains(b.getStem()))
                .max(Comparator.comparingInt(b -> b.getStem().length())).orElse(null);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (q == null) {
            response.sendError(404, "no question of the bank is shown as: " + shown);
            return;
        }
        AnswerKey key = q.answerKey();
        StringBuilder out = new StringBuilder();
        switch (key.type()) {
            case SINGLE, MULTI -> {
                out.append("CHOICE\n");
                List<String> options = q.getOptions();
                key.letters().forEach(l -> out.append(options.get(l.charAt(0) - 'A')).append('\n'));
            }
            case JUDGE -> out.append("JUDGE ").append(key.truth() ? "TRUE" : "FALSE").append('\n');
            case FILL -> {
                out.append("FILL\n");
                key.blanks().forEach(b -> out.append(b.get(0)).append('\n'));
            }
        }
        response.getWriter().write(out.toString());
    }
}
