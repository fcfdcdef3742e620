package org.shoumi.quizzes.bank.control.importing;

import java.io.Serializable;

import java.util.List;

/**
 * Why a row (or line) of an import file cannot be imported, as a message key of
 * {@code org/shoumi/quizzes/i18n/import_messages} with its arguments, so the page can say it in Chinese or English.
 */
public record ImportProblem(int row, String key, List<String> args) implements Serializable {

    public static ImportProblem of(int row, String key, Object... args) {
        return new ImportProblem(row, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
