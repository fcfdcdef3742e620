package org.shoumi.portal.web.quizzes;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * What the answer endpoint ({@link AnswerServlet}) needs to save one answer without the take page's Faces view:
 * for each attempt whose take page this session opened, a ticket with a random token (the page sends it back with
 * every answer, so that no other site can post answers for the taker), the login and person the page was opened
 * for, and the type of each question. Kept in the HTTP session (so it follows the session to another node of a
 * cluster); one ticket per attempt, and reopening the page keeps the token, so two tabs of one attempt both save.
 */
final class AnswerTickets {

    static final String SESSION_KEY = AnswerTickets.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * One opened attempt. {@code blanks} is the number of blanks of each question (0 for the other types),
     * {@code orders} the bank letters of each question in the order shown ({@link OptionLetters}; "" for no options),
     * {@code quizCode} the attempt's quiz, by which an answer asks whether a taker who left is still offered the paper
     * ({@link PaperOffers}); null in a ticket kept from before it was held.
     */
    record Ticket(String token, long attempt, String login, String personKey, List<QuestionType> types,
                  List<Integer> blanks, List<String> orders, String quizCode) implements Serializable {

        /** The type of the question at this position (from 1), empty for no such question. */
        Optional<QuestionType> type(int position) {
            return position < 1 || position > types.size() ? Optional.empty() : Optional.of(types.get(position - 1));
        }
    }

    private AnswerTickets() {
    }

    /** The ticket of this attempt in this session: the one issued before, or a new one. */
    static Ticket issue(HttpSession session, long attempt, String quizCode, String login, String personKey,
                        List<QuestionType> types, List<Integer> blanks, List<String> orders) {
        synchronized (lockOf(session)) {
            Map<String, Ticket> tickets = tickets(session);
            Ticket ticket = tickets.values().stream()
                    .filter(t -> t.attempt() == attempt && t.login().equals(login) && t.types().equals(types)
                            && orders.equals(t.orders()))
                    .findFirst().orElse(null);
            if (ticket == null) {
                byte[] bytes = new byte[18];
                RANDOM.nextBytes(bytes);
                ticket = new Ticket(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), attempt, login,
                        personKey, List.copyOf(types), List.copyOf(blanks), List.copyOf(orders), quizCode);
                HashMap<String, Ticket> next = new HashMap<>(tickets);
                next.values().removeIf(t -> t.attempt() == attempt);
                next.put(ticket.token(), ticket);
                // set again (not changed in place): a distributed session cache stores what is set
                session.setAttribute(SESSION_KEY, next);
            }
            return ticket;
        }
    }

    /** The ticket of this token in this session, if the session issued it for this login. */
    static Optional<Ticket> find(HttpSession session, String token, String login) {
        if (session == null || token == null || login == null) {
            return Optional.empty();
        }
        Ticket ticket = tickets(session).get(token);
        // a ticket of a session kept from before tickets held the option orders has none: the page opens again
        return ticket != null && ticket.login().equals(login) && ticket.orders() != null ? Optional.of(ticket)
                : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Ticket> tickets(HttpSession session) {
        Object held = session.getAttribute(SESSION_KEY);
        return held instanceof Map<?, ?> map ? (Map<String, Ticket>) map : Map.of();
    }

    private static Object lockOf(HttpSession session) {
        String id = session.getId();
        return id.intern(); // one lock per session, for the rare simultaneous opening of two take pages
    }
}
