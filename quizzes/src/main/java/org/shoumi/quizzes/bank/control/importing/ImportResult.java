package org.shoumi.quizzes.bank.control.importing;

import java.util.List;

/** Everything an import file yields. With any problem nothing is imported: {@link #importable()} is false. */
public record ImportResult(List<ImportedQuestion> questions, List<ImportProblem> problems) {

    public boolean importable() {
        return problems.isEmpty() && !questions.isEmpty();
    }
}
