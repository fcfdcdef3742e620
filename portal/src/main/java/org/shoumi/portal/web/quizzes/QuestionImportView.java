package org.shoumi.portal.web.quizzes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.shoumi.portal.web.shared.LocaleSelection;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.quizzes.bank.boundary.QuestionBank;
import org.shoumi.quizzes.bank.control.importing.AikenReader;
import org.shoumi.quizzes.bank.control.importing.ImportProblem;
import org.shoumi.quizzes.bank.control.importing.ImportResult;
import org.shoumi.quizzes.bank.control.importing.SpreadsheetFiles;
import org.shoumi.quizzes.bank.control.importing.TextDecoding;

/**
 * Importing questions: upload a file, see every problem row by row, and import only a file without any;
 * exporting the bank in the same layout. Excel (.xlsx) and CSV in the Chinese layout, Aiken (.txt).
 */
@Named
@ViewScoped
public class QuestionImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.shoumi.quizzes.i18n.import_messages";

    /** One problem as the page shows it. */
    public record Problem(int row, String text) implements Serializable {
    }

    @Inject
    QuestionBank bank;

    @Inject
    Messages messages;

    @Inject
    LocaleSelection localeSelection;

    private transient UploadedFile file;
    private String fileName;
    private ImportResult checked;

    /** Reads the uploaded file and keeps what it yields; nothing is stored yet. */
    public void check() {
        checked = null;
        if (file == null || file.getSize() == 0) {
            messages.error("quiz.import.noFile");
            return;
        }
        fileName = file.getFileName() == null ? "" : file.getFileName();
        String lower = fileName.toLowerCase(Locale.ROOT);
        byte[] bytes = file.getContent();
        if (bytes.length > SpreadsheetFiles.MAX_BYTES) {
            messages.error("quiz.import.tooLarge", SpreadsheetFiles.MAX_BYTES / 1024 / 1024);
            return;
        }
        if (lower.endsWith(".xlsx")) {
            checked = SpreadsheetFiles.readXlsx(bytes);
        } else if (lower.endsWith(".csv")) {
            checked = SpreadsheetFiles.readCsv(bytes);
        } else if (lower.endsWith(".txt")) {
            checked = AikenReader.read(TextDecoding.decode(bytes));
        } else {
            messages.error("quiz.import.unknownType");
            return;
        }
        if (checked.importable()) {
            messages.info("quiz.import.ready", checked.questions().size(), fileName);
        } else {
            messages.error("quiz.import.refused", checked.problems().size());
        }
    }

    /** Imports the checked file, all or nothing. */
    public String importChecked() {
        if (checked == null || !checked.importable()) {
            messages.error("quiz.import.nothingChecked");
            return null;
        }
        QuestionBank.ImportCount count = bank.importQuestions(checked.questions(), "import:" + fileName);
        messages.info("quiz.import.done", count.added(), count.skipped());
        return "/quizzes/import.xhtml?faces-redirect=true";
    }

    public StreamedContent getExcel() {
        byte[] bytes = SpreadsheetFiles.writeXlsx(bank.exportRows());
        return DefaultStreamedContent.builder().name("shoumi-questions.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(bytes)).contentLength((long) bytes.length).build();
    }

    public StreamedContent getCsv() {
        byte[] bytes = SpreadsheetFiles.writeCsv(bank.exportRows());
        return DefaultStreamedContent.builder().name("shoumi-questions.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(bytes)).contentLength((long) bytes.length).build();
    }

    public List<Problem> getProblems() {
        if (checked == null) {
            return List.of();
        }
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, localeSelection.getLocale());
        return checked.problems().stream().map(p -> new Problem(p.row(),
                new MessageFormat(bundle.getString(p.key()), localeSelection.getLocale()).format(p.args().toArray())))
                .toList();
    }

    public int getReadyCount() {
        return checked != null && checked.importable() ? checked.questions().size() : 0;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
