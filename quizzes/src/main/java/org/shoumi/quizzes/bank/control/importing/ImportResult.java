package org.shoumi.quizzes.bank.control.importing;

import java.io.Serializable;

import java.util.List;

/**
 * Everything an import file yields. With any problem nothing is imported: {@link #importable()} is false.
 * {@code notices} say what a file held that is left out without blocking the import (a Moodle essay or matching
 * question, partial credit the bank cannot keep); the page lists them before the user imports.
 */
public record ImportResult(List<ImportedQuestion> questions, List<ImportProblem> problems, List<ImportProblem> notices) implements Serializable {

    public ImportResult {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }

    public ImportResult(List<ImportedQuestion> questions, List<ImportProblem> problems) {
        this(questions, problems, List.of());
    }

    public boolean importable() {
        return problems.isEmpty() && !questions.isEmpty();
    }
}
