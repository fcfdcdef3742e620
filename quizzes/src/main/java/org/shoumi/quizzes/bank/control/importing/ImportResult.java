package org.shoumi.quizzes.bank.control.importing;

import java.util.List;
import org.shoumi.quizzes.bank.entity.Question;

/**
 * The outcome of an import: either every question of the file, or the list of errors. Never a partial import:
 * one bad row makes the whole file fail, and all the rows' errors are reported together.
 */
public sealed interface ImportResult {

    /** Every question of the file, in file order, plus notes that did not prevent the import. */
    record Success(List<Question> questions, List<ImportError> warnings) implements ImportResult {
        public Success {
            questions = List.copyOf(questions);
            warnings = List.copyOf(warnings);
        }
    }

    /** Why the file was not imported; no question is returned. */
    record Failure(List<ImportError> errors) implements ImportResult {
        public Failure {
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a failure has at least one error");
            }
            errors = List.copyOf(errors);
        }
    }

    static ImportResult of(List<Question> questions, List<ImportError> errors, List<ImportError> warnings) {
        return errors.isEmpty() ? new Success(questions, warnings) : new Failure(errors);
    }

    default boolean isSuccess() {
        return this instanceof Success;
    }

    /** The questions, or an empty list on failure. */
    default List<Question> questions() {
        return this instanceof Success s ? s.questions() : List.of();
    }

    /** The errors, or an empty list on success. */
    default List<ImportError> errors() {
        return this instanceof Failure f ? f.errors() : List.of();
    }
}
