package org.shoumi.quizzes.bank.boundary;

import java.util.List;
import org.shoumi.content.persistence.Refusal;
import org.shoumi.quizzes.bank.control.importing.ImportProblem;

/**
 * A revision the bank does not keep, and why; nothing changed. A {@link Refusal}: the transaction rolls back without
 * an FFDC incident. For {@link Reason#SHAPE} the problems say what, as the import says it (keys of
 * {@code org/shoumi/quizzes/i18n/import_messages}, row 0): the form and the import apply one rule set.
 */
public class RevisionRefusedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** no question has this key */
        UNKNOWN_QUESTION,
        /** the question is retired (by hand, or replaced by a newer version): only the latest version is revised */
        RETIRED,
        /** a revision says what it changed and why ({@code Texts.saysSomething}: "无" or "-" alone says nothing) */
        NO_NOTE,
        /** the question would not be one the import takes (see {@link #problems()}) */
        SHAPE
    }

    public RevisionRefusedException(Reason reason) {
        this(reason, List.of());
    }

    private final Reason reason;
    private final List<ImportProblem> problems;

    public RevisionRefusedException(Reason reason, List<ImportProblem> problems) {
        super(reason.name() + (problems.isEmpty() ? "" : " " + problems));
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public Reason reason() {
        return reason;
    }

    /** What is wrong with the revised question, in the order found (empty for a reason without detail). */
    public List<ImportProblem> problems() {
        return problems;
    }
}
