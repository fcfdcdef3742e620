package org.shoumi.portal.web.quizzes;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.shoumi.quizzes.attempts.boundary.TakerView;
import org.shoumi.quizzes.attempts.control.QuestionDraw;
import org.shoumi.quizzes.attempts.control.Response;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * The letters of a choice question as the take page sends them: the letters shown (A for the option shown first),
 * not the bank's. The bank's letters gave the shuffle away: an imported question's right answer is mostly written
 * first, so value "A" in the page source was mostly right (outside check). {@code order} is the bank letters in the
 * order the attempt shows them ("CADB": C is shown as A); answers are stored in the bank's letters as before.
 */
final class OptionLetters {

    private OptionLetters() {
    }

    /** The bank letters of a question in the order shown ("" for a question without options). */
    static String order(TakerView.Question q) {
        return q.options().stream().map(TakerView.Option::value).collect(Collectors.joining());
    }

    /** A stored answer (bank letters) in the letters shown; other types as they are. */
    static String shown(QuestionType type, String order, String stored) {
        if (!choice(type) || stored == null) {
            return stored;
        }
        StringBuilder shown = new StringBuilder();
        for (char letter : stored.toCharArray()) {
            int at = order.indexOf(letter);
            if (at >= 0) {
                shown.append((char) ('A' + at));
            }
        }
        return shown.toString();
    }

    /**
     * An answer given in the letters shown, in the bank's letters; empty when a letter is no option shown, or a single
     * choice gives other than one letter (nothing is then saved, and the taker is told). Other types as they are.
     */
    static Optional<Response> stored(QuestionType type, String order, Response given) {
        if (!choice(type) || given.isEmpty()) {
            return Optional.of(given);
        }
        String typed = given.stored();
        if (typed.chars().anyMatch(c -> c < 'A' || c - 'A' >= order.length())
                || type == QuestionType.SINGLE && typed.length() != 1) {
            return Optional.empty();
        }
        List<String> bank = QuestionDraw.toBank(given.letters(), order);
        return Optional.of(type == QuestionType.SINGLE ? new Response(bank.get(0)) : Response.ofLetters(bank));
    }

    private static boolean choice(QuestionType type) {
        return type == QuestionType.SINGLE || type == QuestionType.MULTI;
    }
}
