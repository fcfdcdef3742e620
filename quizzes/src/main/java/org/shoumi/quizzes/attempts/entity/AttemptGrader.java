package org.shoumi.quizzes.attempts.entity;

import java.util.List;
import java.util.Map;
import org.shoumi.quizzes.bank.entity.QuestionKey;

/**
 * Scores the saved responses of an attempt. Implemented by {@code attempts.control.Scoring}; the attempt
 * calls it exactly once, when it is submitted or expires.
 */
@FunctionalInterface
public interface AttemptGrader {

    AttemptResult grade(List<DrawnQuestion> questions, Map<QuestionKey, Response> responses);
}
