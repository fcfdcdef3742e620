package org.shoumi.quizzes.bank.control.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shoumi.quizzes.bank.entity.Question;

/**
 * What a Moodle file contains, item by item, before anything is imported: every item the parser read (with
 * Moodle's type name and question name, in file order), the parse errors, and for each question item either the
 * converted {@link Question} or why it cannot be imported. {@link #result(boolean)} turns the preview into an
 * all-or-nothing {@link ImportResult}.
 */
public record MoodlePreview(List<Item> items, List<ImportError> parseErrors) {

    /** What happens to an item. */
    public enum Status {
        /** Converted to a question. */
        QUESTION,
        /** A category switch ($CATEGORY: or {@code type="category"}); sets the category of the items after it. */
        CATEGORY,
        /** A Moodle type Shoumi does not support (essay, match, numerical, ordering, multianswer, …): skipped. */
        UNSUPPORTED,
        /** A supported type that cannot be converted (see {@link Item#problems()}). */
        INVALID
    }

    /**
     * One item.
     *
     * @param moodleType Moodle's qtype name (multichoice, truefalse, shortanswer, category, essay, …)
     * @param name       Moodle's question name ("" for categories)
     * @param question   the converted question (status QUESTION only), else null
     * @param problems   errors (INVALID) or notes (QUESTION: what was not carried over)
     */
    public record Item(int line, String moodleType, String name, Status status, Question question,
                       List<ImportError> problems) {
        public Item {
            problems = List.copyOf(problems);
        }

        public Optional<Question> questionIfAny() {
            return Optional.ofNullable(question);
        }
    }

    public MoodlePreview {
        items = List.copyOf(items);
        parseErrors = List.copyOf(parseErrors);
    }

    /**
     * All or nothing: the questions of every QUESTION item, or the errors. Parse errors and INVALID items always
     * fail the import; UNSUPPORTED items fail it too unless {@code skipUnsupported}, in which case each is listed
     * in the warnings (never silently dropped, never converted to another type).
     */
    public ImportResult result(boolean skipUnsupported) {
        List<ImportError> errors = new ArrayList<>(parseErrors);
        List<ImportError> warnings = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (Item item : items) {
            switch (item.status()) {
                case QUESTION -> {
                    questions.add(item.question());
                    warnings.addAll(item.problems());
                }
                case INVALID -> errors.addAll(item.problems());
                case UNSUPPORTED -> {
                    if (skipUnsupported) {
                        warnings.add(ImportError.of(item.line(), "import.note.skippedUnsupported", item.name(), item.moodleType()));
                    } else {
                        errors.add(ImportError.of(item.line(), "import.error.unsupportedType", item.name(), item.moodleType()));
                    }
                }
                default -> {
                }
            }
        }
        errors.sort(java.util.Comparator.comparingInt(ImportError::line));
        if (errors.isEmpty() && questions.isEmpty()) {
            errors.add(ImportError.of(0, "import.error.emptyFile"));
        }
        return ImportResult.of(questions, errors, warnings);
    }

    /** The items that are questions of a supported type, converted. */
    public List<Question> questions() {
        return items.stream().filter(i -> i.status() == Status.QUESTION).map(Item::question).toList();
    }
}
