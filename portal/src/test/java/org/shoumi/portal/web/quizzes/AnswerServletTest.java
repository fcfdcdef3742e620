package org.shoumi.portal.web.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.attempts.control.Response;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * The answer endpoint stores what the take page's Faces form stored for the same choice, and accepts an answer only
 * with a token this session issued for this login.
 */
class AnswerServletTest {

    @Test
    void anAnswerIsStoredAsTheFormStoredIt() {
        assertEquals(new Response("B"), AnswerServlet.answer(QuestionType.SINGLE, new String[] {"B"}, 0));
        assertEquals(new Response("TRUE"), AnswerServlet.answer(QuestionType.JUDGE, new String[] {"TRUE"}, 0));
        assertEquals(new Response(""), AnswerServlet.answer(QuestionType.SINGLE, null, 0), "nothing chosen");
        assertEquals(Response.ofLetters(List.of("A", "C")),
                AnswerServlet.answer(QuestionType.MULTI, new String[] {"C", "A"}, 0));
        assertEquals(Response.ofLetters(List.of()), AnswerServlet.answer(QuestionType.MULTI, null, 0), "none ticked");
        assertEquals(Response.ofBlanks(List.of("保密", "")),
                AnswerServlet.answer(QuestionType.FILL, new String[] {" 保密 ", ""}, 2));
        assertEquals(Response.ofBlanks(List.of("保密", "")),
                AnswerServlet.answer(QuestionType.FILL, new String[] {"保密"}, 2), "a missing blank is empty");
    }

    @Test
    void valuesThatCannotBeAnAnswerAreRefusedNotDropped() {
        assertTrue(AnswerServlet.malformed(QuestionType.MULTI, new String[] {"A", "B", "C", "Z"}), "Z is no option");
        assertTrue(AnswerServlet.malformed(QuestionType.MULTI, new String[] {"AB"}), "two letters in one value");
        assertTrue(AnswerServlet.malformed(QuestionType.JUDGE, new String[] {"TRUE", "FALSE"}));
        assertTrue(AnswerServlet.malformed(QuestionType.SINGLE, new String[] {"A", "B"}));
        org.junit.jupiter.api.Assertions.assertFalse(AnswerServlet.malformed(QuestionType.MULTI,
                new String[] {"A", " c ", ""}), "letters, any case, and an empty value");
        org.junit.jupiter.api.Assertions.assertFalse(AnswerServlet.malformed(QuestionType.MULTI, null), "none ticked");
        org.junit.jupiter.api.Assertions.assertFalse(AnswerServlet.malformed(QuestionType.FILL,
                new String[] {"一", "二"}));
    }

    /**
     * Found by an outside check: the endpoint saved a 300-character blank ("已保存") though the page's field takes 200,
     * and the paper could then not be handed in. The blank is refused as the field refuses it, named by question and
     * blank.
     */
    @Test
    void aBlankLongerThanTheFieldTakesIsRefused() {
        String fits = "密".repeat(TakeRow.BLANK_LENGTH);
        assertEquals(-1, AnswerServlet.tooLongBlank(QuestionType.FILL, new String[] {fits, "", null}));
        assertEquals(1, AnswerServlet.tooLongBlank(QuestionType.FILL, new String[] {fits, fits + "密"}));
        assertEquals(-1, AnswerServlet.tooLongBlank(QuestionType.FILL, null));
        assertEquals(-1, AnswerServlet.tooLongBlank(QuestionType.SINGLE, new String[] {fits + "密"}),
                "a choice is refused as malformed, not as too long");
        assertEquals("第 3 题第 2 空", BlankAnswers.field(java.util.Locale.SIMPLIFIED_CHINESE, 3, 1));
    }

    @Test
    void aPositionThatIsNoNumberIsNone() {
        assertEquals(3, AnswerServlet.position(" 3"));
        assertEquals(0, AnswerServlet.position("3'; drop"));
        assertEquals(0, AnswerServlet.position(null));
    }

    @Test
    void onlyATokenThisSessionIssuedForThisLoginSaves() {
        HttpSession session = session("s1");
        List<QuestionType> types = List.of(QuestionType.SINGLE, QuestionType.FILL);
        AnswerTickets.Ticket ticket = AnswerTickets.issue(session, 7, "BENCH", "bench0001", "B0001", types, List.of(0, 2), List.of("CAB", ""));
        assertEquals(ticket.token(), AnswerTickets.issue(session, 7, "BENCH", "bench0001", "B0001", types, List.of(0, 2), List.of("CAB", "")).token(),
                "the page opened again (or in a second tab) keeps its token");
        assertTrue(ticket.token().length() >= 24, "unguessable");
        assertEquals(7, AnswerTickets.find(session, ticket.token(), "bench0001").orElseThrow().attempt());
        assertTrue(AnswerTickets.find(session, ticket.token(), "bench0002").isEmpty(), "another login");
        assertTrue(AnswerTickets.find(session("s2"), ticket.token(), "bench0001").isEmpty(), "another session");
        assertTrue(AnswerTickets.find(session, "forged", "bench0001").isEmpty());
        assertTrue(AnswerTickets.find(null, ticket.token(), "bench0001").isEmpty(), "no session");

        AnswerTickets.Ticket other = AnswerTickets.issue(session, 8, "BENCH", "bench0001", "B0001", types, List.of(0, 2), List.of("CAB", ""));
        assertNotEquals(ticket.token(), other.token(), "each attempt its own token");
        assertTrue(AnswerTickets.find(session, ticket.token(), "bench0001").isPresent(), "both stay valid");
        assertEquals(QuestionType.FILL, ticket.type(2).orElseThrow());
        assertTrue(ticket.type(0).isEmpty() && ticket.type(3).isEmpty(), "no such question");
    }

    /** An HTTP session that keeps its attributes in a map. */
    private static HttpSession session(String id) {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getId" -> id;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
