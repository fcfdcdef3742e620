package org.shoumi.quizzes.attempts.control;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shoumi.quizzes.bank.entity.QuestionKey;

/**
 * The questions a person was given in earlier attempts of the same quiz, used by {@link QuestionDraw} to avoid
 * repeating the previous attempt.
 */
public record DrawHistory(List<PastDraw> draws) {

    public static final DrawHistory NONE = new DrawHistory(List.of());

    /** The questions of one earlier attempt, started at {@code at}. */
    public record PastDraw(Instant at, Set<QuestionKey> questions) {
        public PastDraw {
            questions = Set.copyOf(questions);
        }
    }

    public DrawHistory {
        draws = List.copyOf(draws);
    }

    public static DrawHistory of(PastDraw... draws) {
        return new DrawHistory(List.of(draws));
    }

    /** The most recent earlier attempt, if any. */
    public Optional<PastDraw> previous() {
        return draws.stream().max(Comparator.comparing(PastDraw::at));
    }

    /** Questions of the previous attempt (empty without history). */
    public Set<QuestionKey> previousQuestions() {
        return previous().map(PastDraw::questions).orElse(Set.of());
    }

    /** Most recent use of {@code key} in any attempt other than the previous one; {@link Instant#MIN} if none. */
    Instant lastUseBeforePrevious(QuestionKey key) {
        Optional<PastDraw> prev = previous();
        return draws.stream()
                .filter(d -> prev.isEmpty() || d != prev.get())
                .filter(d -> d.questions().contains(key))
                .map(PastDraw::at)
                .max(Comparator.naturalOrder())
                .orElse(Instant.MIN);
    }
}
