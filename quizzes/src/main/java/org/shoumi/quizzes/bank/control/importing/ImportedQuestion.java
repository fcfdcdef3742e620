package org.shoumi.quizzes.bank.control.importing;

import java.io.Serializable;

import java.util.List;
import org.shoumi.quizzes.bank.entity.QuestionType;

/** A question read from an import file, checked and ready for the bank; {@code row} is its line or row. */
public record ImportedQuestion(int row, QuestionType type, String stem, List<String> options, String answer,
                               String explanation, String category, String clause, int difficulty, String basis) implements Serializable {
}
