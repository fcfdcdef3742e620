package org.shoumi.quizzes.attempts.boundary;

import java.io.Serializable;

import java.time.Instant;
import java.util.List;
import org.shoumi.quizzes.attempts.entity.AttemptStatus;
import org.shoumi.quizzes.attempts.entity.QuizMode;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * An attempt as its taker may see it while answering: questions, options in the shown order and the answers
 * saved so far — never the answer key, explanation or clause.
 */
public record TakerView(long attemptId, String quizCode, String quizTitle, QuizMode mode, AttemptStatus status,
                        Instant deadline, long secondsLeft, List<Question> questions) implements Serializable {

    /** An option as shown: its label in this attempt (A, B, …), its stable value (the bank letter) and text. */
    public record Option(String label, String value, String text) implements Serializable {
    }

    /** {@code checked}: practice only, the taker asked for this question's answer; it can no longer change. */
    public record Question(int position, QuestionType type, String stem, List<Option> options, int blanks,
                           String response, Instant savedAt, boolean checked) implements Serializable {
    }

    public boolean finished() {
        return status.isFinished();
    }
}
