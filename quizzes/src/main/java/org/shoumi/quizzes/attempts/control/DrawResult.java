package org.shoumi.quizzes.attempts.control;

import java.util.List;
import org.shoumi.quizzes.attempts.entity.DrawnQuestion;
import org.shoumi.quizzes.bank.entity.QuestionKey;

/**
 * The questions drawn for a new attempt, in presentation order, and a notice for each rule that had to repeat
 * questions of the previous attempt because the bank holds too few others.
 */
public record DrawResult(List<DrawnQuestion> questions, List<Repeat> repeats) {

    /** Rule {@code ruleIndex} (0-based) reused these questions of the previous attempt (least recently used first). */
    public record Repeat(int ruleIndex, List<QuestionKey> repeated) {
        public Repeat {
            repeated = List.copyOf(repeated);
        }
    }

    public DrawResult {
        questions = List.copyOf(questions);
        repeats = List.copyOf(repeats);
    }

    /** Whether any question of the previous attempt was drawn again. */
    public boolean repeatsPreviousAttempt() {
        return !repeats.isEmpty();
    }

    public List<QuestionKey> keys() {
        return questions.stream().map(DrawnQuestion::key).toList();
    }
}
