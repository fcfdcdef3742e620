package org.shoumi.quizzes.bank.control.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports a question bank from CSV in the usual Chinese layout (see {@code TabularLayout}). The encoding is
 * detected: UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise the fallback charset of the
 * {@link ImportOptions} (GBK by default, as Excel writes "CSV" on Chinese Windows). Quoted fields may span lines;
 * row numbers in errors are record numbers, the header being row 1.
 */
public final class CsvQuestionImporter {

    private CsvQuestionImporter() {
    }

    public static ImportResult read(byte[] data, ImportOptions options) {
        String text = TextDecoding.decode(data, options.fallbackCharset()).text();
        List<QuestionRows.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get()
                .parse(new StringReader(text))) {
            for (CSVRecord r : parser) {
                rows.add(new QuestionRows.Row((int) r.getRecordNumber(), r.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return new ImportResult.Failure(List.of(ImportError.of(0, "import.error.unreadableFile", e.getMessage())));
        }
        if (rows.isEmpty()) {
            return new ImportResult.Failure(List.of(ImportError.of(0, "import.error.emptyFile")));
        }
        return new QuestionRows(options).read(rows.get(0), rows.subList(1, rows.size()));
    }
}
